// Deadlines on the time-skipping server: reminders, breach actions (tally, expire, escalate),
// extension and scheduling, driven by `env.sleep` (the server skips time only when told to:
// it never skips while a test awaits an Update, and our harness client never unlocks it).
import { extendDeadlineUpdate, ExtendDeadlineRequest, resubmitUpdate, scheduleVotingUpdate } from '#ktf/contracts';
import { Gate } from './support/in-memory-store';
import {
  admin,
  appraiser,
  createTestEnv,
  eventually,
  expectGapFreeChain,
  expectRefusedWithoutTrace,
  Nomination,
  officerA,
  secretary,
  settled,
  withWorker,
  WorkflowTestEnv,
} from './support/harness';

jest.setTimeout(60_000);

let t: WorkflowTestEnv;
beforeAll(async () => {
  t = await createTestEnv();
});
afterAll(async () => {
  await t?.env.teardown();
});

const HOUR = 3_600_000;
/** Skips the server clock to just after `iso` (plus `extraMs`). */
async function sleepPast(iso: string | null, extraMs = 60_000) {
  if (!iso) throw new Error('no deadline to sleep past');
  const now = await t.env.currentTimeMs();
  await t.env.sleep(Math.max(1, Date.parse(iso) - now + extraMs));
}
const untilAction = (n: Nomination, action: string) => eventually(() => n.actions.includes(action), `${action} in the trail`);
const systemEvents = (n: Nomination) => n.events.filter((e) => e.actorRole === 'system').map((e) => [e.action, e.payload]);

describe('stage deadlines', () => {
  it('reminds the pending voters, then tallies the votes cast when council review runs out', async () => {
    await withWorker(t, async ({ start, store }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      const { dueAt } = await n.submit();
      await n.votes(['agree', 'agree', 'agree', 'agree']); // m5 never votes
      await sleepPast(dueAt);
      await untilAction(n, 'stage_opened'); // appraisal opened by the breach
      await eventually(async () => (await n.snapshot()).stage === 'appraisal', 'appraisal');
      expect(systemEvents(n)).toEqual([
        ['reminder_sent', { offset: 2, dueAt }],
        ['reminder_sent', { offset: 0, dueAt }],
        ['deadline_breached', { dueAt, action: 'tally' }],
        ['vote_passed', { tally: expect.objectContaining({ present: 4, agree: 4, quorumMet: true, passed: true }) }],
        ['stage_opened', { epoch: 2, dueAt: expect.any(String) }],
      ]);
      expect(n.events.find((e) => e.action === 'deadline_breached')).toMatchObject({ actorId: null, stageBefore: 'council_review' });
      await settled(n);
      const reminders = [...store.notices.values()].filter((x) => x.event === 'reminder');
      expect(reminders.map((x) => [x.offset, x.recipients])).toEqual([[2, ['m5']], [0, ['m5']]]); // only who must still act
      expectGapFreeChain(n);
    });
  });

  it('expires a nomination whose unit does not resubmit before the supplement deadline', async () => {
    await withWorker(t, async ({ start, store }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      await n.votes(['agree', 'agree', 'agree', 'agree', 'agree']);
      const { dueAt } = await n.appraise('supplement', 'thiếu xác nhận sáng kiến');
      await sleepPast(dueAt);
      expect(await n.handle.result()).toMatchObject({ status: 'expired', stage: null, dueAt: null });
      expect(n.events.slice(-2)).toMatchObject([
        { action: 'deadline_breached', stageBefore: 'supplement', payload: { action: 'expire' } },
        { action: 'expired', stageBefore: 'supplement', stageAfter: null, reason: 'the unit did not resubmit before the deadline' },
      ]);
      const result = [...store.notices.values()].find((x) => x.event === 'result');
      expect(result).toMatchObject({ stage: 'supplement', recipients: ['officer-a'], seenStatus: 'expired' });
      expectGapFreeChain(n);
    });
  });

  it('escalates an overdue appraisal and keeps waiting; the appraiser can still decide', async () => {
    await withWorker(t, async ({ start, store }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      const [, , , , { dueAt }] = await n.votes(['agree', 'agree', 'agree', 'agree', 'agree']);
      await sleepPast(dueAt);
      await untilAction(n, 'deadline_breached');
      await settled(n);
      expect(await n.snapshot()).toMatchObject({ status: 'in_progress', stage: 'appraisal', dueAt });
      expect(n.projection).toMatchObject({ stage: 'appraisal', dueAt, breachedAt: expect.any(String) });
      expect(n.actions.slice(-3)).toEqual(['reminder_sent', 'reminder_sent', 'deadline_breached']);
      await eventually(() => [...store.notices.values()].some((x) => x.event === 'breach'), 'breach notice');
      expect([...store.notices.values()].find((x) => x.event === 'breach')).toMatchObject({ stage: 'appraisal', escalateTo: 'admin', recipients: ['admin'] });

      const signing = await n.appraise('approve');
      expect(signing).toMatchObject({ stage: 'signing', dueAt: expect.any(String) });
      expect(Date.parse(signing.dueAt as string)).toBeGreaterThan(await t.env.currentTimeMs());
      expect(n.projection).toMatchObject({ stage: 'signing', breachedAt: null });
    });
  });

  it('lets an admin extend a deadline: the timer follows it', async () => {
    await withWorker(t, async ({ start }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      const [, , , , { dueAt }] = await n.votes(['agree', 'agree', 'agree', 'agree', 'agree']);
      const extend = (req: Partial<ExtendDeadlineRequest>) =>
        n.handle.executeUpdate(extendDeadlineUpdate, { args: [{ actor: admin, reason: 'chờ ý kiến hiệp y', ...req }] });
      await expectRefusedWithoutTrace(n, () => extend({ actor: appraiser, extendByWorkingDays: 5 }), 'forbidden');
      await expectRefusedWithoutTrace(n, () => extend({ reason: ' ', extendByWorkingDays: 5 }), 'invalid_input');
      await expectRefusedWithoutTrace(n, () => extend({ extendByWorkingDays: 5, dueAt: '2099-01-01T00:00:00Z' }), 'invalid_input');
      await expectRefusedWithoutTrace(n, () => extend({ dueAt: '2000-01-01T00:00:00Z' }), 'invalid_input');
      const extended = await extend({ extendByWorkingDays: 5 });
      const newDue = extended.dueAt as string;
      expect(Date.parse(newDue) - Date.parse(dueAt as string)).toBeGreaterThanOrEqual(7 * 24 * HOUR - HOUR); // 5 working days ≥ a week
      expect(n.events.at(-1)).toMatchObject({ action: 'deadline_extended', actorRole: 'admin', reason: 'chờ ý kiến hiệp y', payload: { from: dueAt, to: newDue } });

      console.log('A', new Date(await t.env.currentTimeMs()).toISOString(), dueAt, newDue);
      await sleepPast(dueAt); // the old due date passes: no breach
      console.log('B', new Date(await t.env.currentTimeMs()).toISOString());
      await settled(n);
      expect(n.actions).not.toContain('deadline_breached');
      console.log('C', n.actions);
      await sleepPast(newDue);
      console.log('D', new Date(await t.env.currentTimeMs()).toISOString(), n.actions);
      await untilAction(n, 'deadline_breached');
      expect(n.events.find((e) => e.action === 'deadline_breached')?.payload).toEqual({ dueAt: newDue, action: 'escalate' });
    });
  });

  it('closes voting at the council session deadline the secretary scheduled', async () => {
    await withWorker(t, async ({ start }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      await n.votes(['agree', 'agree', 'disagree']);
      const now = await t.env.currentTimeMs();
      const schedule = (votingDeadline: string, actor = secretary) =>
        n.handle.executeUpdate(scheduleVotingUpdate, { args: [{ actor, sessionId: 'session-1', votingDeadline }] });
      await expectRefusedWithoutTrace(n, () => schedule(new Date(now - HOUR).toISOString()), 'invalid_input');
      await expectRefusedWithoutTrace(n, () => schedule(new Date(now + HOUR).toISOString(), officerA), 'forbidden');
      const votingDeadline = new Date(now + 2 * HOUR).toISOString();
      expect(await schedule(votingDeadline)).toMatchObject({ stage: 'council_review', dueAt: votingDeadline });
      await sleepPast(votingDeadline);
      await untilAction(n, 'rejected');
      expect(n.actions.slice(-4)).toEqual(['council_session_scheduled', 'deadline_breached', 'vote_failed', 'rejected']);
      expect(n.events.at(-2)?.payload).toEqual({ tally: expect.objectContaining({ present: 3, agree: 2, quorumMet: false, passed: false }) });
    });
  });

  it('does not expire a resubmission that is opening appraisal when the supplement deadline passes', async () => {
    await withWorker(t, async ({ start, store }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      await n.votes(['agree', 'agree', 'agree', 'agree', 'agree']);
      const { dueAt } = await n.appraise('supplement', 'thiếu biên bản');
      store.planDeadlineGate = new Gate(); // the resubmission waits in planStageDeadline…
      const resubmit = n.handle.executeUpdate(resubmitUpdate, { args: [{ actor: officerA, reason: 'đã bổ sung' }] });
      await eventually(() => store.activityLog.filter((x) => x.startsWith('planStageDeadline')).length === 4, 'resubmit to plan');
      await sleepPast(dueAt); // …while the supplement deadline passes
      store.planDeadlineGate.release();
      expect(await resubmit).toMatchObject({ status: 'in_progress', stage: 'appraisal' });
      await settled(n);
      expect(n.actions.slice(-2)).toEqual(['resubmitted', 'stage_opened']);
      expect(n.actions).not.toContain('expired');
      expect(await n.snapshot()).toMatchObject({ status: 'in_progress', stage: 'appraisal' });
      expectGapFreeChain(n);
    });
  });
});
