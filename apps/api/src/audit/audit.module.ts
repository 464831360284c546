import { availableParallelism } from 'node:os';
import { Module } from '@nestjs/common';
import { AppConfig } from '#ktf/config';
import { AuditChainReader, DataSource } from '#ktf/persistence';
import { AuditController } from './audit.controller';
import { AuditEventsService } from './audit-events.service';
import { AuditExportService } from './audit-export.service';
import { AuditVerifyService } from './audit-verify.service';
import { VerifyWorkerPool } from './verify-pool';

/** The audit trail for auditors: events, verification and evidence export (DESIGN §6). */
@Module({
  controllers: [AuditController],
  providers: [
    AuditEventsService,
    AuditVerifyService,
    AuditExportService,
    { provide: AuditChainReader, inject: [DataSource], useFactory: (ds: DataSource) => new AuditChainReader(ds) },
    {
      provide: VerifyWorkerPool,
      inject: [AppConfig],
      useFactory: (c: AppConfig) => new VerifyWorkerPool({ size: c.AUDIT_VERIFY_WORKERS ?? Math.min(4, availableParallelism()), databaseUrl: c.DATABASE_URL }),
    },
  ],
})
export class AuditModule {}
