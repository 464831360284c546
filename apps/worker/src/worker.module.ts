import { Module } from '@nestjs/common';
import { AppConfig, loadConfig, signingKeysOf } from '#ktf/config';
import { Pkcs12Directory } from '#ktf/documents';
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
      useFactory: (ds: DataSource, config: AppConfig): WorkerActivities => {
        // Keys that do not open stop the start, not the first decision.
        const signingKeys = signingKeysOf(config);
        Pkcs12Directory.validate(signingKeys);
        return createWorkerActivities(ds, { smtpUrl: config.SMTP_URL, mailFrom: config.MAIL_FROM, signingKeys });
      },
    },
  ],
})
export class WorkerModule {}
