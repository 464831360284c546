import { Module } from '@nestjs/common';
import { AuditChainReader, DataSource } from '#ktf/persistence';
import { AuditController } from './audit.controller';
import { AuditEventsService } from './audit-events.service';
import { AuditExportService } from './audit-export.service';
import { AuditVerifyService } from './audit-verify.service';

/** The audit trail for auditors: events, verification and evidence export (DESIGN §6). */
@Module({
  controllers: [AuditController],
  providers: [
    AuditEventsService,
    AuditVerifyService,
    AuditExportService,
    { provide: AuditChainReader, inject: [DataSource], useFactory: (ds: DataSource) => new AuditChainReader(ds) },
  ],
})
export class AuditModule {}
