import { Module } from '@nestjs/common';
import { AppConfig, loadConfig } from '#ktf/config';
import { connectDatabase, DataSource } from '#ktf/persistence';
import { createWorkerActivities, WorkerActivities } from './worker.activities';

export const ACTIVITIES = Symbol('ACTIVITIES');

@Module({
  providers: [
    { provide: AppConfig, useFactory: () => loadConfig() },
    {
      provide: DataSource,
      inject: [AppConfig],
      useFactory: (c: AppConfig) => connectDatabase({ url: c.DATABASE_URL, poolSize: c.DB_POOL_SIZE, applicationName: 'ktf-worker' }),
    },
    {
      provide: ACTIVITIES,
      inject: [DataSource, AppConfig],
      useFactory: (ds: DataSource, config: AppConfig): WorkerActivities => createWorkerActivities(ds, { smtpUrl: config.SMTP_URL, mailFrom: config.MAIL_FROM }),
    },
  ],
})
export class WorkerModule {}
