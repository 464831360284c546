import type { PayloadCodec } from '@temporalio/common';
import { Pkcs12Directory, Pkcs12DirectoryOptions } from '#ktf/documents';
import type { CampaignActivities, CouncilSessionActivities, DecisionActivities, NominationActivities } from '#ktf/contracts';
import {
  AuditRepository,
  CampaignRepository,
  CouncilSessionRepository,
  DataSource,
  DecisionDocumentRepository,
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
import { DecisionDocumentSigning } from './documents/decision-document-signing';
import { decisionDrawing } from './documents/decision-drawing';
import { withDecisionFaults, withFaultInjection } from './fault-injection';
import { createNominationActivities } from './nomination.activities';
import { createSubmissionActivities } from './submission.activities';
import { commandSealer } from './command-sealer';
import { createNoticeWriter } from './notice-writer';

export interface WorkerActivityOptions {
  /** Unset: notifications are only stored, never emailed. */
  smtpUrl?: string;
  mailFrom: string;
  /** Where signers' keys are; unset: decisions are sealed without a signed PDF (workflow tests). */
  signingKeys?: Pkcs12DirectoryOptions;
  /** Seals the transition commands kept for orphans (the worker's payload codec); unset: stored as is. */
  codec?: PayloadCodec;
}

export type WorkerActivities = NominationActivities & CampaignActivities & DecisionActivities & CouncilSessionActivities;

/**
 * Every activity the worker registers, over one database. Plain functions, no Nest: the worker
 * module wires them, and the workflow tests run the very same ones against their Postgres.
 */
export function createWorkerActivities(ds: DataSource, options: WorkerActivityOptions): WorkerActivities {
  const references = new ReferenceRepository(ds);
  const nominations = new NominationRepository(ds);
  const holidays = new HolidayRepository(ds);
  const recipients = new RecipientRepository(ds);
  const notifications = new NotificationRepository(ds);
  const email = new EmailDelivery(notifications, createMailer(options.smtpUrl, options.mailFrom));
  const audit = new AuditRepository(ds);
  const deadlines = createDeadlineActivities(holidays);
  const nomination = createNominationActivities({
    references,
    nominations,
    recorder: new TransitionRecorder(ds),
    notices: createNoticeWriter({ emailEnabled: email.enabled }),
    email,
    commands: commandSealer(options.codec),
    planDeadline: deadlines.planStageDeadline,
  });
  // Decision faults wrap recordTransition too: a decision of one nomination is numbered and sealed in its transitions.
  return {
    ...withDecisionFaults({
      ...withFaultInjection(nomination),
      ...createDecisionActivities(new DecisionRepository(ds), undefined, decisionDocuments(ds, options.signingKeys)),
    }),
    ...deadlines,
    ...createSubmissionActivities({ ...nomination, ...deadlines }),
    ...createCampaignActivities({ campaigns: new CampaignRepository(ds), holidays, recipients, notifications, email, audit }),
    ...createCouncilSessionActivities(new CouncilSessionRepository(ds)),
  };
}

const decisionDocuments = (ds: DataSource, keys: Pkcs12DirectoryOptions | undefined) =>
  keys ? new DecisionDocumentSigning(new DecisionDocumentRepository(ds), new Pkcs12Directory(keys), decisionDrawing()) : undefined;
