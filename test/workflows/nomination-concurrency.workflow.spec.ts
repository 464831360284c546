// Concurrency and failure on the real workflow with the worker's activities on Postgres: Updates
// racing the workflow's first activity, competing Updates, Updates and deadline timers arriving
// while a stage opens, and a recordTransition that "crashes" after its transaction committed
// (retried by Temporal: the real recorder must neither duplicate nor skip anything). Every
// assertion about what was written reads the database.
// Everything here runs in real time, on the CLI dev server: a deadline that fires while a local
// activity holds the workflow task open is exactly what the time-skipping server mishandles.
import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError, WorkflowUpdateStage } from '@temporalio/client';
import { extendDeadlineUpdate, NominationWorkflowInput, nominationWorkflowId, scheduleVotingUpdate, SubmissionContext, submitUpdate, withdrawUpdate, WORKFLOW_TYPES } from '#ktf/contracts';
import { formatDateVi, stageDeadlineRule } from '#ktf/domain';
import { Gate, workerActivities } from './support/real-activities';
import type { TestDatabase } from './support/test-database';
import {
  admin,
  appraiser,
  eventually,
  expectGapFreeChain,
  expectRefused,
  expectRefusedWithoutTrace,
  idle,
  idsOf,
  members,
  Nomination,
  officerA,
  secretary,
  signer,
  UNIT_A,
  untilAction,
  useTestEnv,
  withWorker,
} from './support/harness';

jest.setTimeout(60_000);

const t = useTestEnv({ server: 'dev', workflowTaskTimeout: '2 seconds' });

const accepted = { waitForStage: WorkflowUpdateStage.ACCEPTED } as const;
const HOUR = 3_600_000;
const VOTING = ['created', 'submitted', 'stage_opened', 'council_pinned'];

/**
 * A unit-level award (Lao động tiên tiến) is reviewed by the nominating unit's own council, and
 * the seed configures none for Văn phòng UBND tỉnh: pinning it fails until an admin adds one.
 */
const UNIT_LEVEL_AWARD = 'LDTT';
/**
 * Takes UNIT_A's seeded unit council out of service (no active member), as if no one had seated
 * it yet. Returns its members and the admin's fix, which seats them again.
 */
async function suspendUnitCouncil(db: TestDatabase): Promise<{ memberIds: string[]; seat: () => Promise<void> }> {
  const rows = (await db.ds.query(
    `UPDATE council_members SET active=false WHERE active AND council_id IN (SELECT id FROM councils WHERE level='unit' AND unit_id=$1) RETURNING council_id AS "councilId", user_id AS "userId"`,
    [UNIT_A],
  )) as [{ councilId: string; userId: string }[], number];
  const seated = rows[0];
  if (!seated.length) throw new Error('the seed gives UNIT_A no unit council to suspend');
  const seat = async () => {
    for (const r of seated) await db.ds.query(`UPDATE council_members SET active=true WHERE council_id=$1 AND user_id=$2`, [r.councilId, r.userId]);
  };
  return { memberIds: seated.map((r) => r.userId).sort(), seat };
}

describe('create-and-submit', () => {
  it('accepts a submit sent right after the start, while the first activity is still running', async () => {
    await withWorker(t, async ({ start, hooks }) => {
      hooks.loadContextGate = new Gate();
      const n = await start('BANG_KHEN_CT_UBND');
      // Accepted means the validator ran in the workflow: the handler was registered before the
      // first await, since loadNominationContext has not completed (its gate is still closed).
      const update = await n.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], ...accepted });
      expect(hooks.activityLog).toEqual([`loadNominationContext:${n.id}`]);
      expect(await n.events()).toEqual([]);
      expect(await n.projection()).toMatchObject({ status: 'draft', transition: 0 });
      hooks.loadContextGate.release();
      // One transition records creation and submission (one write), and the context is read once.
      expect(await update.result()).toMatchObject({ status: 'in_progress', stage: 'council_review', transition: 1 });
      expect(await n.actions()).toEqual(VOTING);
      expect(await n.projection()).toMatchObject({ transition: 1, status: 'in_progress', stage: 'council_review' });
      expect(hooks.recordAttempts).toBe(1);
      expect(hooks.activityLog.filter((a) => a.startsWith('loadNominationContext'))).toHaveLength(1);
      await expectGapFreeChain(n);
    });
  });

  it('lets exactly one of two concurrent submits through', async () => {
    await withWorker(t, async ({ start, hooks }) => {
      hooks.loadContextGate = new Gate();
      const n = await start('BANG_KHEN_CT_UBND');
      const submit = () => n.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], ...accepted });
      // Both reach the workflow (accepted, or refused by its validator) before the context is loaded.
      const arrived = await Promise.allSettled([submit(), submit()]);
      hooks.loadContextGate.release();
      const results = await Promise.allSettled(arrived.map((a) => (a.status === 'fulfilled' ? a.value.result() : Promise.reject(a.reason))));
      const ok = results.filter((r) => r.status === 'fulfilled');
      expect(ok).toHaveLength(1);
      await expectRefused(Promise.reject((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason), 'stage_conflict');
      expect(await n.actions()).toEqual(VOTING);
      // The submit rode with the start: one transition, written once.
      expect(await n.snapshot()).toMatchObject({ stage: 'council_review', status: 'in_progress', transition: 1 });
      expect(await n.projection()).toMatchObject({ stage: 'council_review', status: 'in_progress', transition: 1 });
      expect(hooks.recordAttempts).toBe(1);
      await expectGapFreeChain(n);
    });
  });

  it('refuses a withdraw that arrives while the submit waits for the council to be pinned', async () => {
    await withWorker(t, async ({ start, hooks }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      hooks.pinCouncilGate = new Gate();
      const submit = await n.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], ...accepted });
      await expectRefused(n.handle.executeUpdate(withdrawUpdate, { args: [{ actor: officerA, reason: 'rút' }] }), 'stage_conflict');
      hooks.pinCouncilGate.release();
      expect(await submit.result()).toMatchObject({ status: 'in_progress', stage: 'council_review' });
      expect(await n.actions()).toEqual(VOTING);
      // Still alive and consistent: the council can vote.
      expect(await n.vote(members[0], 'agree')).toMatchObject({ stage: 'council_review', transition: 3 });
      expect(await n.projection()).toMatchObject({ status: 'in_progress', transition: 3, votedMemberIds: [members[0].id] });
    });
  });

  it('a draft submitted later: pins the council, and the recording that opens the stage plans its deadline (issue 18: no round of its own)', async () => {
    await withWorker(t, async ({ start, hooks, db }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await idle(n); // the draft recorded
      const recorded = hooks.recordAttempts;
      hooks.recordGate = new Gate();
      const submit = await n.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], ...accepted });
      await eventually(() => hooks.recordAttempts === recorded + 1, 'the opening held in its recording');
      // The stage is held until the recording answers: a vote taken now would be recorded after
      // it with the stage's deadline still unknown, and blank the row's due date.
      await expectRefused(n.vote(members[0], 'agree'), 'stage_conflict');
      hooks.recordGate.release();
      const answer = await submit.result();
      expect(answer).toMatchObject({ status: 'in_progress', stage: 'council_review', dueAt: expect.any(String) });
      // No planStageDeadline of its own: the pin, then the recording.
      expect(hooks.activityLog.filter((x) => !x.startsWith('loadNominationContext'))).toEqual([`pinCouncil:${n.id}`]);
      const row = (await n.projection())!;
      expect(row).toMatchObject({ stage: 'council_review', councilMemberIds: idsOf(...members), dueAt: answer.dueAt });
      // The due date the stage's opening time gives, in the row, the answer, the trail and the notice.
      const acts = workerActivities(db.ds);
      const rule = stageDeadlineRule((await acts.loadNominationContext(n.id)).pipeline, 'council_review');
      const plan = await acts.planStageDeadline({ openedAt: row.stageOpenedAt!, slaWorkingDays: rule.slaWorkingDays, reminderOffsets: rule.reminderOffsets });
      expect(row.dueAt).toBe(plan.dueAt);
      expect(answer.written?.projection.dueAt).toBe(plan.dueAt);
      expect((await n.events()).find((e) => e.action === 'stage_opened')?.payload).toEqual({ dueAt: plan.dueAt, epoch: 1 });
      expect(hooks.noticeCalls.filter((x) => x.event === 'stage_opened').map((x) => x.dueAt)).toEqual([null]); // as handed in: filled by the recording
      const [notice] = (await n.db.notices(n.id)).filter((x) => x.event === 'stage_opened');
      expect(notice.body).toContain(`Hạn xử lý: ${formatDateVi(plan.dueAt!)}`);
      expect(await n.actions()).toEqual(VOTING);
      expect(await n.vote(members[0], 'agree')).toMatchObject({ stage: 'council_review', dueAt: plan.dueAt });
      expect(await n.projection()).toMatchObject({ votedMemberIds: [members[0].id], dueAt: plan.dueAt });
      await expectGapFreeChain(n);
    });
  });

  it('refuses a withdraw that arrives with the start, before the nomination is even recorded', async () => {
    await withWorker(t, async ({ start, hooks }) => {
      hooks.loadContextGate = new Gate();
      const n = await start('BANG_KHEN_CT_UBND');
      const submit = await n.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], ...accepted });
      await expectRefused(n.handle.executeUpdate(withdrawUpdate, { args: [{ actor: officerA, reason: 'rút' }] }), 'stage_conflict');
      hooks.loadContextGate.release();
      expect(await submit.result()).toMatchObject({ status: 'in_progress', stage: 'council_review' });
      expect(await n.actions()).toEqual(VOTING);
      await expectGapFreeChain(n);
    });
  });

  it('leaves a draft (and no sequence gap) when the council cannot be pinned; the submit can be retried', async () => {
    await withWorker(t, async ({ start, db }) => {
      const council = await suspendUnitCouncil(db);
      let seated = false;
      try {
        const n = await start(UNIT_LEVEL_AWARD);
        const error = await n.submit().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
        // pinCouncil is a local activity: its failure reaches the caller as itself, not wrapped in an ActivityFailure.
        expect((error as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'configuration', nonRetryable: true });
        expect(await n.snapshot()).toMatchObject({ status: 'draft', stage: 'unit_proposal', transition: 1 });
        expect(await n.projection()).toMatchObject({ status: 'draft', stage: 'unit_proposal', transition: 1 });
        await council.seat(); // the admin seats the unit's council
        seated = true;
        expect(await n.submit()).toMatchObject({ status: 'in_progress', stage: 'council_review', transition: 2 });
        expect(await n.actions()).toEqual(VOTING);
        expect([...((await n.projection())?.councilMemberIds ?? [])].sort()).toEqual(council.memberIds);
        await expectGapFreeChain(n);
        await idle(n);
      } finally {
        if (!seated) await council.seat();
      }
    });
  });

  it('still records the draft when a submit sent with the start fails', async () => {
    await withWorker(t, async ({ start, hooks, db }) => {
      const council = await suspendUnitCouncil(db);
      try {
        hooks.loadContextGate = new Gate();
        const n = await start(UNIT_LEVEL_AWARD);
        const submit = await n.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], ...accepted });
        hooks.loadContextGate.release();
        await expect(submit.result()).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
        // `created` was to ride with the submission; it is recorded on its own before the refusal returns.
        expect(await n.actions()).toEqual(['created']);
        expect(await n.snapshot()).toMatchObject({ status: 'draft', stage: 'unit_proposal', transition: 1 });
        expect(await n.projection()).toMatchObject({ status: 'draft', stage: 'unit_proposal', transition: 1 });
        await expectGapFreeChain(n);
      } finally {
        await council.seat();
      }
    });
  });

  it('started with its submission, reads the rules, the council and the deadline in one local activity (issue 18)', async () => {
    await withWorker(t, async ({ start, hooks, db }) => {
      hooks.loadContextGate = new Gate();
      const n = await start('BANG_KHEN_CT_UBND', UNIT_A, { submitting: true });
      const update = await n.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], ...accepted });
      hooks.loadContextGate.release();
      expect(await update.result()).toMatchObject({ status: 'in_progress', stage: 'council_review', transition: 1, dueAt: expect.any(String) });
      // The stage opened without a read of its own: the one at the start carried the pin and the plan.
      expect(hooks.activityLog).toEqual([`loadSubmission:${n.id}`]);
      const row = (await n.projection())!;
      expect(row).toMatchObject({ status: 'in_progress', stage: 'council_review', councilMemberIds: idsOf(...members), transition: 1 });
      // The deadline is the one the stage's own opening time gives.
      const acts = workerActivities(db.ds);
      const rule = stageDeadlineRule((await acts.loadNominationContext(n.id)).pipeline, 'council_review');
      expect(rule.slaWorkingDays).toBeGreaterThan(0);
      const plan = await acts.planStageDeadline({ openedAt: row.stageOpenedAt!, slaWorkingDays: rule.slaWorkingDays, reminderOffsets: rule.reminderOffsets });
      expect(row.dueAt).toBe(plan.dueAt);
      expect(await n.actions()).toEqual(VOTING);
      await expectGapFreeChain(n);
    });
  });

  it('started with its submission and what the API read to accept it: reads nothing, one local activity (the recording, which plans the deadline)', async () => {
    await withWorker(t, async ({ hooks, db }) => {
      const id = randomUUID();
      await db.insertDraft(id, UNIT_A, 'BANG_KHEN_CT_UBND', officerA.id);
      // What the API hands over: the rules and the council's pin, as the worker would read them.
      const read = await workerActivities(db.ds).loadSubmission({ nominationId: id, at: new Date().toISOString() });
      const submission: SubmissionContext = { ctx: read.ctx, opening: read.opening && { stage: read.opening.stage, pin: read.opening.pin } };
      const workflowId = nominationWorkflowId(id);
      t.hooks.set(workflowId, hooks);
      const input: NominationWorkflowInput = { nominationId: id, unitId: UNIT_A, createdBy: officerA, submitting: true, submission };
      const answer = await t.client.workflow.executeUpdateWithStart(submitUpdate, {
        args: [{ actor: officerA }],
        updateId: `create-submit-${id}`,
        startWorkflowOperation: new WithStartWorkflowOperation(WORKFLOW_TYPES.nomination, { taskQueue: t.taskQueue, workflowId, args: [input], workflowTaskTimeout: t.workflowTaskTimeout, workflowIdConflictPolicy: 'USE_EXISTING' }),
      });
      const n = new Nomination(id, t.client.workflow.getHandle(workflowId), db);
      try {
        // Created and submitted in one transition, recorded once, and nothing read before it.
        expect(answer).toMatchObject({ status: 'in_progress', stage: 'council_review', transition: 1, dueAt: expect.any(String) });
        expect(hooks.activityLog).toEqual([]);
        expect(hooks.recordAttempts).toBe(1);
        const history = (await n.handle.fetchHistory()).events ?? [];
        expect(history.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity')).toHaveLength(1);
        const row = (await n.projection())!;
        expect(row).toMatchObject({ status: 'in_progress', stage: 'council_review', councilMemberIds: idsOf(...members), transition: 1, dueAt: answer.dueAt });
        // The due date the stage's own opening time gives (the recording planned it).
        const rule = stageDeadlineRule(read.ctx.pipeline, 'council_review');
        const plan = await workerActivities(db.ds).planStageDeadline({ openedAt: row.stageOpenedAt!, slaWorkingDays: rule.slaWorkingDays, reminderOffsets: rule.reminderOffsets });
        expect(row.dueAt).toBe(plan.dueAt);
        expect(await n.actions()).toEqual(VOTING);
        expect(await n.vote(members[0], 'agree')).toMatchObject({ stage: 'council_review', transition: 2 });
        await expectGapFreeChain(n);
        // Its patches taken as one (nomination-patches.ts): one patch marker and one search-attribute
        // upsert in the history, not one of each per patch the creation and the vote went through.
        const after = (await n.handle.fetchHistory()).events ?? [];
        const patchMarkers = after.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_patch');
        expect(patchMarkers).toHaveLength(1);
        expect(after.filter((e) => e.upsertWorkflowSearchAttributesEventAttributes)).toHaveLength(1);
        expect((await n.handle.describe()).searchAttributes.TemporalChangeVersion).toEqual(['nomination-patches-2026-11']);
      } finally {
        await n.handle.terminate();
      }
    });
  });

  it('started with its submission for a unit with no council: the submission reads again and is refused, the draft stays', async () => {
    await withWorker(t, async ({ start, hooks, db }) => {
      const council = await suspendUnitCouncil(db);
      try {
        hooks.loadContextGate = new Gate();
        const n = await start(UNIT_LEVEL_AWARD, UNIT_A, { submitting: true });
        const submit = await n.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], ...accepted });
        hooks.loadContextGate.release();
        const error = await submit.result().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
        expect((error as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'configuration', nonRetryable: true });
        // The pin asked again and refused, before anything is planned (the recording would plan).
        expect(hooks.activityLog).toEqual([`loadSubmission:${n.id}`, `pinCouncil:${n.id}`]);
        expect(await n.actions()).toEqual(['created']);
        expect(await n.projection()).toMatchObject({ status: 'draft', stage: 'unit_proposal', transition: 1 });
        await expectGapFreeChain(n);
      } finally {
        await council.seat();
      }
    });
  });
});

describe('stage changes racing a deadline change', () => {
  it('refuses the closing vote while an extension is being planned, then accepts it', async () => {
    await withWorker(t, async ({ start, hooks }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      const { dueAt } = await n.submit();
      await n.votes(['agree', 'agree', 'agree', 'agree']);
      hooks.extendDeadlineGate = new Gate();
      const extension = await n.handle.startUpdate(extendDeadlineUpdate, {
        args: [{ actor: admin, reason: 'họp Hội đồng dời lịch', extendByWorkingDays: 3 }],
        ...accepted,
      });
      // Had the vote gone through, appraisal would have opened and then received the council's extended deadline.
      await expectRefused(n.vote(members[4], 'agree'), 'stage_conflict');
      hooks.extendDeadlineGate.release();
      const extended = await extension.result();
      expect(extended).toMatchObject({ stage: 'council_review' });
      expect(Date.parse(extended.dueAt as string)).toBeGreaterThan(Date.parse(dueAt as string));
      const closing = await n.vote(members[4], 'agree');
      expect(closing).toMatchObject({ stage: 'appraisal' });
      expect(closing.dueAt).not.toBe(extended.dueAt);
      expect((await n.actions()).slice(-5)).toEqual(['vote_cast', 'deadline_extended', 'vote_cast', 'vote_passed', 'stage_opened']);
      // The council's visit kept its extended due date; appraisal has its own.
      expect((await n.db.stageVisits(n.id)).map((v) => [v.stage, v.dueAt])).toEqual([
        ['council_review', extended.dueAt],
        ['appraisal', closing.dueAt],
      ]);
      await expectGapFreeChain(n);
    });
  });
});

describe('deadlines (more in deadlines.workflow.spec.ts)', () => {
  it('closes voting at the council session deadline the secretary scheduled (its write crashing once after commit)', async () => {
    await withWorker(t, async ({ start, hooks }) => {
      // The timer's transition (breach, tally, rejection, the unit's result notice) commits, then its worker "dies".
      hooks.crashAfterWrite = (input, attempt) => attempt === 1 && input.events.some((e) => e.action === 'deadline_breached');
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      await n.votes(['agree', 'agree', 'disagree']);
      const now = await t.env.currentTimeMs();
      const schedule = (votingDeadline: string, actor = secretary) =>
        n.handle.executeUpdate(scheduleVotingUpdate, { args: [{ actor, sessionId: randomUUID(), votingDeadline }] });
      await expectRefusedWithoutTrace(n, () => schedule(new Date(now - HOUR).toISOString()), 'rule_failed'); // well-formed, but past
      await expectRefusedWithoutTrace(n, () => schedule(new Date(now + HOUR).toISOString(), officerA), 'forbidden');
      // A deadline 2 s ahead, passing in real time.
      const votingDeadline = new Date(now + 2_000).toISOString();
      expect(await schedule(votingDeadline)).toMatchObject({ stage: 'council_review', dueAt: votingDeadline });
      await untilAction(n, 'rejected');
      expect((await n.actions()).slice(-4)).toEqual(['council_session_scheduled', 'deadline_breached', 'vote_failed', 'rejected']);
      expect((await n.events()).at(-2)?.payload).toEqual({ tally: expect.objectContaining({ present: 3, agree: 2, quorumMet: false, passed: false }) });
      expect(await n.projection()).toMatchObject({ status: 'rejected', stage: null });
      await idle(n);
      expect(hooks.recordAttempts).toBe(7 + 1); // created, submit, 3 votes, the session; the timer's transition twice
      await expectGapFreeChain(n);
      expect((await n.db.notices(n.id)).map((x) => [x.event, x.recipients])).toEqual([['stage_opened', idsOf(...members)], ['result', [officerA.id]]]);
    });
  });

  it('holds a deadline that falls due while a stage is opening: no second tally', async () => {
    // The voting deadline is set a few real seconds ahead and passes while the closing vote's
    // recording (which plans appraisal's deadline) is held.
    await withWorker(t, async ({ start, hooks }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      await n.votes(['agree', 'agree', 'agree', 'agree']);
      const votingDeadline = new Date((await t.env.currentTimeMs()) + 2_000).toISOString();
      await n.handle.executeUpdate(scheduleVotingUpdate, { args: [{ actor: secretary, sessionId: randomUUID(), votingDeadline }] });
      const recorded = hooks.recordAttempts;
      hooks.recordGate = new Gate();
      const closing = n.vote(members[4], 'agree'); // closes the vote and opens appraisal…
      await eventually(() => hooks.recordAttempts === recorded + 1, 'appraisal to be planned in its recording');
      await eventually(async () => (await t.env.currentTimeMs()) > Date.parse(votingDeadline) + 500, 'the voting deadline to pass');
      hooks.recordGate.release(); // …while the deadline passed
      expect(await closing).toMatchObject({ stage: 'appraisal', tally: expect.objectContaining({ present: 5, agree: 5 }) });
      // The timer that came due meanwhile has been handled once the workflow is idle: a (wrong)
      // breach or second tally would be a pending transition until then.
      await idle(n);
      expect((await n.actions()).slice(-4)).toEqual(['council_session_scheduled', 'vote_cast', 'vote_passed', 'stage_opened']);
      expect(await n.snapshot()).toMatchObject({ stage: 'appraisal', transition: 8 });
      expect(await n.projection()).toMatchObject({ stage: 'appraisal', transition: 8, breachedAt: null });
      await expectGapFreeChain(n);
    });
  });
});

describe('activity retries', () => {
  it('neither duplicates nor skips anything when recordTransition fails after its transaction committed', async () => {
    await withWorker(t, async ({ start, hooks, db }) => {
      // Transitions 2 (submit: 3 events, a notice to 5 members), 7 (closing vote: 3 events, a
      // notice), 10 (sign: 2 events, the registry entry, a result notice) crash once after committing.
      const crashing = new Set([2, 7, 10]);
      hooks.crashAfterWrite = (input, attempt) => attempt === 1 && crashing.has(input.projection.transition);
      const n: Nomination = await start('BANG_KHEN_CT_UBND');
      await n.toSigning();
      const decisionId = randomUUID();
      await n.reserve(decisionId);
      expect(await n.sign(decisionId, '20/QĐ-UBND')).toMatchObject({ status: 'awarded', transition: 10 });
      expect(await n.handle.result()).toMatchObject({ status: 'awarded' });
      await idle(n);

      // The real recorder ran 13 times (10 transitions, 3 retried after their commit), each a
      // local activity inside the workflow task of its action: no activity task of its own…
      expect(hooks.recordAttempts).toBe(10 + 3);
      const scheduled = (await n.handle.fetchHistory()).events?.map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name).filter(Boolean);
      expect(scheduled).toEqual([]);
      // …and the database holds each transition once: a whole chain of 16 events, the row at
      // transition 10, one registry entry, three stage visits, each notice once per recipient.
      await expectGapFreeChain(n);
      expect(await n.actions()).toEqual([
        ...VOTING, 'vote_cast', 'vote_cast', 'vote_cast', 'vote_cast', 'vote_cast',
        'vote_passed', 'stage_opened', 'appraisal_approve', 'stage_opened', 'reserved_for_decision', 'signed', 'awarded',
      ]);
      expect(await n.projection()).toMatchObject({ status: 'awarded', stage: null, transition: 10, decisionId, decisionNumber: '20/QĐ-UBND' });
      expect(await db.awards(n.id)).toEqual([expect.objectContaining({ nominationId: n.id, decisionId, decisionNumber: '20/QĐ-UBND' })]);
      expect((await db.stageVisits(n.id)).map((v) => [v.epoch, v.stage])).toEqual([[1, 'council_review'], [2, 'appraisal'], [3, 'signing']]);
      expect((await db.notices(n.id)).map((x) => [x.event, x.stage, x.recipients])).toEqual([
        ['stage_opened', 'council_review', idsOf(...members)],
        ['stage_opened', 'appraisal', [appraiser.id]],
        ['stage_opened', 'signing', [signer.id]],
        ['result', 'signing', [officerA.id]],
      ]);
      const [{ count }] = (await db.ds.query(`SELECT count(*)::int AS count FROM notifications WHERE nomination_id=$1`, [n.id])) as { count: number }[];
      expect(count).toBe(5 + 1 + 1 + 1);
    });
  });
});
