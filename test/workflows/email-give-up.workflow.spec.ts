// A mail server that refuses for good (a non-retryable failure of deliverEmails) must not be
// swallowed: the workflow logs that the transition's emails were lost, keeps the notices stored
// and readable in the app, and the nomination goes on. The real recorder writes the notices
// with email enabled, as a worker configured with SMTP does.
import { ApplicationFailure } from '@temporalio/common';
import { DefaultLogger, type LogEntry } from '@temporalio/worker';
import { HolidayRepository, NominationRepository, NotificationRepository, ReferenceRepository, TransitionRecorder, type DataSource } from '#ktf/persistence';
import { createDeadlineActivities } from '../../apps/worker/src/deadline.activities';
import { EmailDelivery } from '../../apps/worker/src/email/email-delivery';
import { createNominationActivities } from '../../apps/worker/src/nomination.activities';
import { createNoticeWriter } from '../../apps/worker/src/notice-writer';
import { eventually, members, useTestEnv, withWorker } from './support/harness';

jest.setTimeout(60_000);

const logged: LogEntry[] = [];
const refusals: string[][] = [];

function withRefusingMailServer(ds: DataSource) {
  const notifications = new NotificationRepository(ds);
  const acts = createNominationActivities({
    references: new ReferenceRepository(ds),
    nominations: new NominationRepository(ds),
    recorder: new TransitionRecorder(ds),
    notices: createNoticeWriter({ emailEnabled: true }),
    email: new EmailDelivery(notifications, { send: () => Promise.reject(new Error('never called')) }),
    planDeadline: createDeadlineActivities(new HolidayRepository(ds)).planStageDeadline,
  });
  return {
    recordTransition: acts.recordTransition,
    async deliverEmails(ids: string[]) {
      refusals.push(ids);
      throw ApplicationFailure.nonRetryable('550 5.1.1 mailbox unavailable', 'smtp_refused');
    },
  };
}

const t = useTestEnv({ otherActivities: withRefusingMailServer, logger: new DefaultLogger('WARN', (entry) => logged.push(entry)) });

const EMAILS_LOST = 'emails of a transition were not delivered';

it('logs the emails a transition could not deliver, keeps its notices, and goes on', async () => {
  await withWorker(t, async ({ start, db }) => {
    const n = await start('BANG_KHEN_CT_UBND');
    await n.submit(); // notifies the five council members
    await eventually(() => logged.some((e) => e.message === EMAILS_LOST), 'the lost emails to be logged');

    const lost = logged.filter((e) => e.message === EMAILS_LOST);
    expect(lost).toHaveLength(1);
    expect(lost[0].level).toBe('ERROR');
    expect(lost[0].meta).toMatchObject({ error: '550 5.1.1 mailbox unavailable', workflowId: n.handle.workflowId });
    expect(refusals).toHaveLength(1); // non-retryable: tried once
    const stored = (await db.ds.query(
      `SELECT recipient_id, email_state FROM notifications WHERE nomination_id=$1 ORDER BY recipient_id`,
      [n.id],
    )) as { recipient_id: string; email_state: string }[];
    expect(stored.map((r) => r.recipient_id)).toEqual(members.map((m) => m.id).sort());
    expect(refusals[0].length).toBe(stored.length);
    // The mail was never sent: it stays pending (an operator can see what was lost); the app still shows the notices.
    expect(stored.map((r) => r.email_state)).toEqual(Array(5).fill('pending'));

    // The nomination is not stuck behind its lost mail.
    const after = await n.vote(members[0], 'agree');
    expect(after).toMatchObject({ stage: 'council_review', transition: 3 });
  });
});
