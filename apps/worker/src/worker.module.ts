import { Module } from '@nestjs/common';
import { AppConfig, loadConfig } from '#ktf/config';
import { connectDatabase, DataSource, NominationRepository, ReferenceRepository, TransitionRecorder } from '#ktf/persistence';
import { createNominationActivities } from './nomination.activities';

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
      inject: [DataSource],
      useFactory: (ds: DataSource) =>
        createNominationActivities({
          references: new ReferenceRepository(ds),
          nominations: new NominationRepository(ds),
          recorder: new TransitionRecorder(ds),
        }),
    },
  ],
})
export class WorkerModule {}
