import { Module } from '@nestjs/common';
import { AppConfig, loadConfig } from '#ktf/config';
import type { CampaignActivities, CouncilSessionActivities, DecisionActivities, NominationActivities } from '#ktf/contracts';
import {
  AuditRepository,
  CampaignRepository,
  connectDatabase,
  CouncilSessionRepository,
  DataSource,
  DecisionRepository,
  HolidayRepository,
  NominationRepository,
  NotificationRepository,
  RecipientRepository,
  ReferenceRepository,
  TransitionRecorder,
} from '#ktf/persistence';
import { createCampaignActivities } from './campaign.activities';
import { createDeadlineActivities } from './deadline.activities';
import { EmailDelivery } from './email/email-delivery';
import { createMailer } from './email/mailer';
import { createCouncilSessionActivities } from './council-session.activities';
import { createDecisionActivities } from './decision.activities';
import { withDecisionFaults, withFaultInjection } from './fault-injection';
import { createNominationActivities } from './nomination.activities';
import { createNoticeWriter } from './notice-writer';

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
      useFactory: (ds: DataSource, config: AppConfig): NominationActivities & CampaignActivities & DecisionActivities & CouncilSessionActivities => {
        const references = new ReferenceRepository(ds);
        const nominations = new NominationRepository(ds);
        const holidays = new HolidayRepository(ds);
        const recipients = new RecipientRepository(ds);
        const notifications = new NotificationRepository(ds);
        const email = new EmailDelivery(notifications, createMailer(config.SMTP_URL, config.MAIL_FROM));
        const audit = new AuditRepository(ds);
        return {
          ...withFaultInjection(
            createNominationActivities({
              references,
              nominations,
              recorder: new TransitionRecorder(ds),
              notices: createNoticeWriter({ emailEnabled: email.enabled }),
              email,
            }),
          ),
          ...createDeadlineActivities(holidays),
          ...createCampaignActivities({ campaigns: new CampaignRepository(ds), holidays, recipients, notifications, email, audit }),
          ...withDecisionFaults(createDecisionActivities(new DecisionRepository(ds))),
          ...createCouncilSessionActivities(new CouncilSessionRepository(ds)),
        };
      },
    },
  ],
})
export class WorkerModule {}
