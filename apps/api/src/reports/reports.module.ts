import { Module } from '@nestjs/common';
import { DataSource, ReportRepository } from '#ktf/persistence';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Statistics exports (XLSX) for the office and auditors. */
@Module({
  controllers: [ReportsController],
  providers: [ReportsService, { provide: ReportRepository, inject: [DataSource], useFactory: (ds: DataSource) => new ReportRepository(ds) }],
})
export class ReportsModule {}
