import { Module } from '@nestjs/common';
import { AppConfig, loadConfig } from '#ktf/config';
import type { NominationActivities } from '#ktf/contracts';
import {
  connectDatabase,
  DataSource,
  HolidayRepository,
  NominationRepository,
  NotificationRepository,
  RecipientRepository,
  ReferenceRepository,
  TransitionRecorder,
} from '#ktf/persistence';
import { createDeadlineActivities } from './deadline.activities';
import { createMailer } from './email/mailer';
import { createNominationActivities } from './nomination.activities';
import { createNotificationActivities } from './notification.activities';

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
      useFactory: (ds: DataSource, config: AppConfig): NominationActivities => {
        const references = new ReferenceRepository(ds);
        const nominations = new NominationRepository(ds);
        return {
          ...createNominationActivities({ references, nominations, recorder: new TransitionRecorder(ds) }),
          ...createDeadlineActivities(new HolidayRepository(ds)),
          ...createNotificationActivities({
            nominations,
            references,
            recipients: new RecipientRepository(ds),
            notifications: new NotificationRepository(ds),
            mailer: createMailer(config.SMTP_URL, config.MAIL_FROM),
          }),
        };
      },
    },
  ],
})
export class WorkerModule {}
