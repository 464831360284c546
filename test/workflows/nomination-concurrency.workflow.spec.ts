// Concurrency and failure on the real workflow: Updates racing the workflow's first activity,
// competing Updates, Updates and deadline timers arriving while a stage opens, and a projection
// activity that "crashes" after its write committed (retried by Temporal, idempotent here).
// Everything here runs in real time, on the CLI dev server: a deadline that fires while a local
// activity holds the workflow task open is exactly what the time-skipping server mishandles.
import { WorkflowUpdateFailedError, WorkflowUpdateStage } from '@temporalio/client';
import { extendDeadlineUpdate, scheduleVotingUpdate, submitUpdate, withdrawUpdate } from '#ktf/contracts';
import { Gate, InMemoryNominationStore } from './support/in-memory-store';
import {
  admin,
  useTestEnv,
  eventually,
  expectGapFreeChain,
  expectRefused,
  expectRefusedWithoutTrace,
  members,
  Nomination,
  officerA,
  secretary,
  settled,
  storeOptions,
  withWorker,
} from './support/harness';

jest.setTimeout(60_000);

const t = useTestEnv({ server: 'dev', workflowTaskTimeout: '2 seconds' });

const accepted = { waitForStage: WorkflowUpdateStage.ACCEPTED } as const;
const HOUR = 3_600_000;
const untilAction = (n: Nomination, action: string) => eventually(() => n.actions.includes(action), `${action} in the trail`);

describe('create-and-submit', () => {
  it('accepts a submit sent right after the start, while the first activity is still running', async () => {
    await withWorker(t, async ({ start, store }) => {
      store.loadContextGate = new Gate();
      const n = await start('BANG_KHEN_CT_UBND');
      // Accepted means the validator ran in the workflow: the handler was registered before the
      // first await, since loadNominationContext has not completed (its gate is still closed).
      const update = await n.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], ...accepted });
      expect(store.activityLog).toEqual([`loadNominationContext:${n.id}`]);
      expect(n.events).toEqual([]);
      store.loadContextGate.release();
      // One transition records creation and submission (one write), and the context is read once.
      expect(await update.result()).toMatchObject({ status: 'in_progress', stage: 'council_review', transition: 1 });
      expect(n.actions).toEqual(['created', 'submitted', 'stage_opened', 'council_pinned']);
      expect(store.projectionLog.map((p) => [p.transition, p.status, p.stage])).toEqual([[1, 'in_progress', 'council_review']]);
      expect(store.stats.recordAttempts).toBe(1);
      expect(store.activityLog.filter((a) => a.startsWith('loadNominationContext'))).toHaveLength(1);
      expectGapFreeChain(n);
    });
  });

  it('lets exactly one of two concurrent submits through', async () => {
    await withWorker(t, async ({ start, store }) => {
      store.loadContextGate = new Gate();
      const n = await start('BANG_KHEN_CT_UBND');
      const submits = [n.submit(), n.submit()];
      setTimeout(() => store.loadContextGate?.release(), 300);
      const results = await Promise.allSettled(submits);
      const ok = results.filter((r) => r.status === 'fulfilled');
      expect(ok).toHaveLength(1);
      await expectRefused(Promise.reject((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason), 'stage_conflict');
      expect(n.actions).toEqual(['created', 'submitted', 'stage_opened', 'council_pinned']);
      // One transition or two, as the submits arrived before or after the start was recorded.
      const snapshot = await n.snapshot();
      expect(snapshot).toMatchObject({ stage: 'council_review', status: 'in_progress' });
      expect(store.projectionLog.map((p) => p.transition)).toEqual(snapshot.transition === 1 ? [1] : [1, 2]);
      expectGapFreeChain(n);
    });
  });

  it('refuses a withdraw that arrives while the submit waits for the council to be pinned', async () => {
    await withWorker(t, async ({ start, store }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      store.pinCouncilGate = new Gate();
      const submit = await n.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], ...accepted });
      await expectRefused(n.handle.executeUpdate(withdrawUpdate, { args: [{ actor: officerA, reason: 'rút' }] }), 'stage_conflict');
      store.pinCouncilGate.release();
      expect(await submit.result()).toMatchObject({ status: 'in_progress', stage: 'council_review' });
      expect(n.actions).toEqual(['created', 'submitted', 'stage_opened', 'council_pinned']);
      // Still alive and consistent: the council can vote.
      expect(await n.vote(members[0], 'agree')).toMatchObject({ stage: 'council_review', transition: 3 });
    });
  });

  it('refuses a withdraw that arrives with the start, before the nomination is even recorded', async () => {
    await withWorker(t, async ({ start, store }) => {
      store.loadContextGate = new Gate();
      const n = await start('BANG_KHEN_CT_UBND');
      const submit = await n.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], ...accepted });
      await expectRefused(n.handle.executeUpdate(withdrawUpdate, { args: [{ actor: officerA, reason: 'rút' }] }), 'stage_conflict');
      store.loadContextGate.release();
      expect(await submit.result()).toMatchObject({ status: 'in_progress', stage: 'council_review' });
      expect(n.actions).toEqual(['created', 'submitted', 'stage_opened', 'council_pinned']);
      expectGapFreeChain(n);
    });
  });

  it('leaves a draft (and no sequence gap) when the council cannot be pinned; the submit can be retried', async () => {
    const options = storeOptions();
    const province = options.councils.province;
    delete options.councils.province; // misconfiguration: pinCouncil fails with a non-retryable error
    await withWorker(
      t,
      async ({ start, store }) => {
        const n = await start('BANG_KHEN_CT_UBND');
        const error = await n.submit().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
        // pinCouncil is a local activity: its failure reaches the caller as itself, not wrapped in an ActivityFailure.
        expect((error as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'configuration', nonRetryable: true });
        expect(await n.snapshot()).toMatchObject({ status: 'draft', stage: 'unit_proposal', transition: 1 });
        store.options.councils.province = province; // the admin fixes the council
        expect(await n.submit()).toMatchObject({ status: 'in_progress', stage: 'council_review', transition: 2 });
        expect(n.actions).toEqual(['created', 'submitted', 'stage_opened', 'council_pinned']);
        expectGapFreeChain(n);
      },
      new InMemoryNominationStore(options),
    );
  });

  it('still records the draft when a submit sent with the start fails', async () => {
    const options = storeOptions();
    delete options.councils.province;
    await withWorker(
      t,
      async ({ start, store }) => {
        store.loadContextGate = new Gate();
        const n = await start('BANG_KHEN_CT_UBND');
        const submit = await n.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], ...accepted });
        store.loadContextGate.release();
        await expect(submit.result()).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
        // `created` was to ride with the submission; it is recorded on its own before the refusal returns.
        expect(n.actions).toEqual(['created']);
        expect(await n.snapshot()).toMatchObject({ status: 'draft', stage: 'unit_proposal', transition: 1 });
        expectGapFreeChain(n);
      },
      new InMemoryNominationStore(options),
    );
  });
});

describe('stage changes racing a deadline change', () => {
  it('refuses the closing vote while an extension is being planned, then accepts it', async () => {
    await withWorker(t, async ({ start, store }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      const { dueAt } = await n.submit();
      await n.votes(['agree', 'agree', 'agree', 'agree']);
      store.extendDeadlineGate = new Gate();
      const extension = await n.handle.startUpdate(extendDeadlineUpdate, {
        args: [{ actor: admin, reason: 'họp Hội đồng dời lịch', extendByWorkingDays: 3 }],
        ...accepted,
      });
      // Had the vote gone through, appraisal would have opened and then received the council's extended deadline.
      await expectRefused(n.vote(members[4], 'agree'), 'stage_conflict');
      store.extendDeadlineGate.release();
      const extended = await extension.result();
      expect(extended).toMatchObject({ stage: 'council_review' });
      expect(Date.parse(extended.dueAt as string)).toBeGreaterThan(Date.parse(dueAt as string));
      const closing = await n.vote(members[4], 'agree');
      expect(closing).toMatchObject({ stage: 'appraisal' });
      expect(closing.dueAt).not.toBe(extended.dueAt);
      expect(n.actions.slice(-5)).toEqual(['vote_cast', 'deadline_extended', 'vote_cast', 'vote_passed', 'stage_opened']);
      expectGapFreeChain(n);
    });
  });
});

describe('deadlines (more in deadlines.workflow.spec.ts)', () => {
  it('closes voting at the council session deadline the secretary scheduled', async () => {
    await withWorker(t, async ({ start }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      await n.votes(['agree', 'agree', 'disagree']);
      const now = await t.env.currentTimeMs();
      const schedule = (votingDeadline: string, actor = secretary) =>
        n.handle.executeUpdate(scheduleVotingUpdate, { args: [{ actor, sessionId: 'session-1', votingDeadline }] });
      await expectRefusedWithoutTrace(n, () => schedule(new Date(now - HOUR).toISOString()), 'rule_failed'); // well-formed, but past
      await expectRefusedWithoutTrace(n, () => schedule(new Date(now + HOUR).toISOString(), officerA), 'forbidden');
      // A deadline 2 s ahead, passing in real time.
      const votingDeadline = new Date(now + 2_000).toISOString();
      expect(await schedule(votingDeadline)).toMatchObject({ stage: 'council_review', dueAt: votingDeadline });
      await untilAction(n, 'rejected');
      expect(n.actions.slice(-4)).toEqual(['council_session_scheduled', 'deadline_breached', 'vote_failed', 'rejected']);
      expect(n.events.at(-2)?.payload).toEqual({ tally: expect.objectContaining({ present: 3, agree: 2, quorumMet: false, passed: false }) });
    });
  });

  it('holds a deadline that falls due while a stage is opening: no second tally', async () => {
    // The voting deadline is set a few real seconds ahead and passes while planStageDeadline is held.
    await withWorker(t, async ({ start, store }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      await n.votes(['agree', 'agree', 'agree', 'agree']);
      const votingDeadline = new Date((await t.env.currentTimeMs()) + 2_000).toISOString();
      await n.handle.executeUpdate(scheduleVotingUpdate, { args: [{ actor: secretary, sessionId: 's-2', votingDeadline }] });
      store.planDeadlineGate = new Gate();
      const closing = n.vote(members[4], 'agree'); // closes the vote and opens appraisal…
      await eventually(() => store.activityLog.filter((x) => x.startsWith('planStageDeadline')).length === 2, 'appraisal to be planned');
      await eventually(async () => (await t.env.currentTimeMs()) > Date.parse(votingDeadline) + 500, 'the voting deadline to pass');
      store.planDeadlineGate.release(); // …while the deadline passed
      expect(await closing).toMatchObject({ stage: 'appraisal', tally: expect.objectContaining({ present: 5, agree: 5 }) });
      await settled(n);
      await new Promise((r) => setTimeout(r, 300)); // room for a (wrong) breach transition to show up
      expect(n.actions.slice(-4)).toEqual(['council_session_scheduled', 'vote_cast', 'vote_passed', 'stage_opened']);
      expect(await n.snapshot()).toMatchObject({ stage: 'appraisal', transition: 8 });
      expectGapFreeChain(n);
    });
  });
});

describe('activity retries', () => {
  it('neither duplicates nor skips audit events when recordTransition fails after its write', async () => {
    await withWorker(t, async ({ start, store }) => {
      // Transitions 2 (submit, 3 events), 7 (closing vote), 10 (sign + award) crash once after committing.
      const crashing = new Set([2, 7, 10]);
      store.crashAfterWrite = (input, attempt) => attempt === 1 && crashing.has(input.projection.transition);
      const n = await start('BANG_KHEN_CT_UBND');
      await n.toSigning();
      await n.reserve('decision-r');
      expect(await n.sign('decision-r', '20/QĐ-UBND')).toMatchObject({ status: 'awarded', transition: 10 });
      expect(await n.handle.result()).toMatchObject({ status: 'awarded' });

      expectGapFreeChain(n);
      expect(n.actions).toEqual([
        'created', 'submitted', 'stage_opened', 'council_pinned', 'vote_cast', 'vote_cast', 'vote_cast', 'vote_cast', 'vote_cast',
        'vote_passed', 'stage_opened', 'appraisal_approve', 'stage_opened', 'reserved_for_decision', 'signed', 'awarded',
      ]);
      expect(store.stats.recordAttempts).toBe(10 + 3);
      expect(store.stats.auditAlreadyThere).toBe(3 + 3 + 2); // the retried events, found and left alone
      expect(store.stats.auditInserted).toBe(16);
      expect(store.projectionLog.map((p) => p.transition)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(store.stats).toMatchObject({ awardWrites: 2, awardAlreadyThere: 1 });
      expect(store.awards.size).toBe(1);
    });
  });
});
