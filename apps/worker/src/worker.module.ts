import { Module } from '@nestjs/common';
import { AppConfig, loadConfig, payloadCodecFor, signingKeysOf } from '#ktf/config';
import { connectDatabase, DataSource } from '#ktf/persistence';
import { prepareSigningKeys } from './documents/prepare-signing-keys';
import { createWorkerActivities, WorkerActivities } from './worker.activities';

export const ACTIVITIES = Symbol('ACTIVITIES');

@Module({
  providers: [
    { provide: AppConfig, useFactory: () => loadConfig() },
    {
      provide: DataSource,
      inject: [AppConfig],
      useFactory: (c: AppConfig) => connectDatabase({ url: c.DATABASE_URL, poolSize: c.DB_POOL_SIZE, idleSeconds: c.DB_POOL_IDLE_SECONDS, applicationName: 'ktf-worker' }),
    },
    {
      provide: ACTIVITIES,
      inject: [DataSource, AppConfig],
      useFactory: async (ds: DataSource, config: AppConfig): Promise<WorkerActivities> => {
        // Keys that do not open stop the start; dev keys are made now, not at the first decision.
        const signingKeys = signingKeysOf(config);
        await prepareSigningKeys(ds, signingKeys);
        return createWorkerActivities(ds, { smtpUrl: config.SMTP_URL, mailFrom: config.MAIL_FROM, signingKeys, codec: payloadCodecFor(config) });
      },
    },
  ],
})
export class WorkerModule {}
