// An orphan transition: the workflow task that accepted an Update recorded its transition (the
// Postgres transaction committed), then the task and the Update were both lost (a Temporal
// restart after the commit; the API not sending that Update id again). Postgres holds #N, the
// workflow never accepted it, and the next action takes #N with other content. The recorder
// reports the orphan with its stored command; the workflow takes that command first (the same
// content but for its times, so the stored rows stand) and its own action as #N+1.
// The orphan is written here with the worker's real recorder, as the lost task would have written
// it: the vote of a second member, shaped on the first member's stored vote. Taking it again
// must produce exactly that content, or the recorder refuses it.
import { randomUUID } from 'node:crypto';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { WorkflowUpdateStage } from '@temporalio/client';
import { releaseReservationUpdate, reserveForDecisionUpdate, submitUpdate, voteUpdate } from '#ktf/contracts';
import type { ActorRequest, RecordTransitionInput, TransitionCommand } from '#ktf/contracts';
import { asSigner, eventually, expectGapFreeChain, expectRefused, members, officerA, signer, Nomination, settled, UNIT_A, useTestEnv, withWorker } from './support/harness';
import { Gate, workerActivities } from './support/real-activities';
import type { TestDatabase } from './support/test-database';

jest.setTimeout(60_000);

// A short task timeout: an Update arriving while a local activity holds the task waits for its heartbeat (80% of it).
const t = useTestEnv({ server: 'dev', workflowTaskTimeout: '2 seconds' });

const LOST_UPDATE_ID = 'vote-lost-with-its-task';

type Stage = RecordTransitionInput['events'][number]['stageBefore'];

/** The read-model row as a transition's projection (no appraisal is assigned in these tests). */
function projectionOfRow(row: NonNullable<Awaited<ReturnType<Nomination['projection']>>>): RecordTransitionInput['projection'] {
  return {
    ...row,
    stage: row.stage as Stage,
    status: row.status as RecordTransitionInput['projection']['status'],
    signingAuthority: row.signingAuthority as RecordTransitionInput['projection']['signingAuthority'],
    pipelineCode: row.pipelineCode ?? '',
    pipelineVersion: row.pipelineVersion ?? 0,
    appraiserId: null,
    actorDuties: row.actorDuties as RecordTransitionInput['projection']['actorDuties'],
  };
}

/**
 * What a lost task stored: one event by `by` as transition #N (shaped on the stored event before
 * it: same stage, same acting role), the read model changed by `change`, with its `command`.
 */
async function storeOrphan(
  db: TestDatabase,
  n: Nomination,
  by: ActorRequest['actor'],
  event: { action: string; payload: Record<string, unknown>; actorId?: string | null; actorRole?: string },
  change: Partial<RecordTransitionInput['projection']>,
  command: TransitionCommand,
): Promise<RecordTransitionInput> {
  const last = (await n.events()).at(-1)!;
  const row = (await n.projection())!;
  const { runId } = await n.handle.describe();
  const input: RecordTransitionInput = {
    nominationId: n.id,
    workflowId: n.handle.workflowId,
    runId,
    projection: {
      ...projectionOfRow(row),
      lastActorId: by.id,
      lastAction: event.action,
      transition: row.transition + 1,
      ...change,
    },
    events: [
      { sequence: last.sequence + 1, occurredAt: new Date().toISOString(), actorId: by.id, actorRole: last.actorRole, stageBefore: last.stageBefore as Stage, stageAfter: last.stageAfter as Stage, reason: null, ...event },
    ],
    notices: [],
    command,
  };
  // As the lost task's local activity did it: in an activity context.
  await new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') }).run(workerActivities(db.ds).recordTransition, structuredClone(input));
  return input;
}

/** `by`'s agree vote, after another member's stored vote. */
async function storeOrphanVote(db: TestDatabase, n: Nomination, by: ActorRequest['actor']): Promise<RecordTransitionInput> {
  const row = (await n.projection())!;
  const last = (await n.events()).at(-1)!; // the previous member's vote_cast
  return storeOrphan(
    db,
    n,
    by,
    { action: 'vote_cast', payload: last.payload as Record<string, unknown> },
    { votedMemberIds: [...row.votedMemberIds, by.id], actorDuties: { ...row.actorDuties, [by.id]: row.actorDuties[last.actorId!] } as RecordTransitionInput['projection']['actorDuties'] },
    { kind: 'update', update: voteUpdate.name, updateId: LOST_UPDATE_ID, request: { actor: by, choice: 'agree' } },
  );
}

/** A nomination in its council vote with the first member's vote recorded. */
async function votedOnce(start: (award: string) => Promise<Nomination>): Promise<Nomination> {
  const n = await start('BANG_KHEN_CT_UBND');
  await n.submit();
  await n.vote(members[0], 'agree');
  await settled(n);
  return n;
}

describe('a transition stored whose Update was lost', () => {
  it('is taken by the workflow before the next action, which becomes the next transition; the lost request gets its answer', async () => {
    await withWorker(t, async ({ start, db }) => {
      const n = await votedOnce(start);
      const orphan = await storeOrphanVote(db, n, members[1]);
      const stored = await n.events();
      expect(stored.map((e) => [e.action, e.actorId]).slice(-2)).toEqual([
        ['vote_cast', members[0].id],
        ['vote_cast', members[1].id],
      ]);
      const N = orphan.projection.transition;
      // The workflow never accepted #N: it still counts one vote.
      expect((await n.snapshot()).transition).toBe(N - 1);

      // The next action: a third member votes. It used to take #N with other content, refused for good.
      const next = await n.vote(members[2], 'agree');
      expect(next.transition).toBe(N + 1);
      const chain = await n.events();
      expect(chain.slice(0, stored.length)).toEqual(stored); // the orphan's rows stand, first times included
      expect(chain.map((e) => [e.action, e.actorId]).slice(-3)).toEqual([
        ['vote_cast', members[0].id],
        ['vote_cast', members[1].id],
        ['vote_cast', members[2].id],
      ]);
      await expectGapFreeChain(n);
      expect(await n.projection()).toMatchObject({ transition: N + 1, votedMemberIds: [members[0].id, members[1].id, members[2].id] });
      expect(await n.snapshot()).toMatchObject({ transition: N + 1, stage: 'council_review' });

      // The lost request, sent again with its Update id: the taken transition's answer, nothing new.
      const retried = await n.handle.executeUpdate(voteUpdate, { args: [{ actor: members[1], choice: 'agree' }], updateId: LOST_UPDATE_ID });
      expect(retried).toMatchObject({ transition: N, stage: 'council_review' });
      // The same member under a new request: the vote counted once already.
      await expectRefused(n.vote(members[1], 'agree'), 'stage_conflict');
      expect((await n.events()).length).toBe(chain.length);
    });
  });

  it('is taken when its own request comes again (same Update id, read model ahead): that request gets its answer, not a refusal', async () => {
    await withWorker(t, async ({ start, db }) => {
      const n = await votedOnce(start);
      const orphan = await storeOrphanVote(db, n, members[1]);
      const N = orphan.projection.transition;
      const stored = await n.events();
      // The user's retry, as the API sends it with the same Idempotency-Key: the lost Update's id and
      // the transition the read model shows. Before, the orphan was taken and the vote then judged
      // again by the state that holds it: 409 "already voted" for the vote that had counted.
      const retried = await n.handle.executeUpdate(voteUpdate, { args: [{ actor: members[1], choice: 'agree', seenTransition: N }], updateId: LOST_UPDATE_ID });
      expect(retried).toMatchObject({ transition: N, stage: 'council_review', status: 'in_progress' });
      expect(await n.events()).toEqual(stored); // nothing new: the orphan's rows stand as stored
      await expectGapFreeChain(n);
      expect(await n.snapshot()).toMatchObject({ transition: N });
      // A new request of the same member is still refused; the next member's vote is #N+1.
      await expectRefused(n.vote(members[1], 'agree'), 'stage_conflict');
      expect((await n.vote(members[2], 'agree')).transition).toBe(N + 1);
    });
  });

  it('a replay-only request is answered only as its own orphan: never taken anew, even where the state would allow it', async () => {
    await withWorker(t, async ({ start, db }) => {
      const n = await votedOnce(start);
      const before = await n.events();
      // members[1] may vote, but a replay is not a vote: refused, nothing written.
      await expectRefused(n.handle.executeUpdate(voteUpdate, { args: [{ actor: members[1], choice: 'agree', replayOnly: true }], updateId: 'never-sent-before' }), 'stage_conflict');
      expect(await n.events()).toEqual(before);
      // Ahead by another request's orphan: that orphan is taken, the replay still refused.
      const N = (await storeOrphanVote(db, n, members[1])).projection.transition;
      await expectRefused(n.handle.executeUpdate(voteUpdate, { args: [{ actor: members[2], choice: 'agree', seenTransition: N, replayOnly: true }], updateId: 'not-the-orphan' }), 'stage_conflict');
      expect((await n.snapshot()).transition).toBe(N);
      // The orphan's own request as a replay: its answer.
      const own = await n.handle.executeUpdate(voteUpdate, { args: [{ actor: members[1], choice: 'agree', seenTransition: N, replayOnly: true }], updateId: LOST_UPDATE_ID });
      expect(own).toMatchObject({ transition: N });
      expect((await n.vote(members[2], 'agree')).transition).toBe(N + 1);
      await expectGapFreeChain(n);
    });
  });

  it('of a timer (a reminder stored, its task lost) is taken by its timer command before the next action', async () => {
    await withWorker(t, async ({ start, db }) => {
      const n = await votedOnce(start);
      const { dueAt } = await n.snapshot();
      // The reminder two working days before the vote's deadline, as the timer's transition records it.
      const N = (
        await storeOrphan(db, n, members[0], { action: 'reminder_sent', payload: { offset: 2, dueAt }, actorId: null, actorRole: 'system' }, { lastActorId: null }, { kind: 'reminder', offset: 2 })
      ).projection.transition;
      const stored = await n.events();
      expect((await n.snapshot()).transition).toBe(N - 1);

      // The next member's vote finds #N taken by the reminder: the workflow sends that reminder again
      // through its timer's own code (same content: the stored rows stand), then the vote is #N+1.
      expect((await n.vote(members[1], 'agree')).transition).toBe(N + 1);
      const chain = await n.events();
      expect(chain.slice(0, stored.length)).toEqual(stored);
      expect(chain.map((e) => [e.action, e.actorId]).slice(-2)).toEqual([
        ['reminder_sent', null],
        ['vote_cast', members[1].id],
      ]);
      await expectGapFreeChain(n);
      expect(await n.projection()).toMatchObject({ transition: N + 1, votedMemberIds: [members[0].id, members[1].id] });
      // The reminder counts as sent: the voters still due were told, once.
      const reminders = await db.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE nomination_id=$1 AND kind='reminder'`, [n.id]);
      expect(reminders[0].n).toBeGreaterThan(0);
    });
  });

  it('is taken once when two actions race to take its number; both become the transitions after it', async () => {
    await withWorker(t, async ({ start, db, hooks }) => {
      const n = await votedOnce(start);
      const N = (await storeOrphanVote(db, n, members[1])).projection.transition;
      // The first vote's recordTransition is held; the second is accepted meanwhile, so its
      // transition is queued behind the first, built on the same state without the orphan.
      hooks.recordGate = new Gate();
      const attemptsBefore = hooks.recordAttempts;
      const accepted = { waitForStage: WorkflowUpdateStage.ACCEPTED } as const;
      const first = await n.handle.startUpdate(voteUpdate, { args: [{ actor: members[2], choice: 'agree' }], ...accepted });
      const second = await n.handle.startUpdate(voteUpdate, { args: [{ actor: members[3], choice: 'disagree' }], ...accepted });
      hooks.recordGate.release();
      const answers = await Promise.all([first.result(), second.result()]);
      // The first attempt found the orphan; the second never reached the recorder; the orphan taken; both again.
      expect(hooks.recordAttempts - attemptsBefore).toBe(4);
      expect(answers.map((a) => a.transition).sort()).toEqual([N + 1, N + 2]);
      const chain = await n.events();
      expect(chain.map((e) => e.actorId).slice(-4)).toEqual([members[0].id, members[1].id, ...(answers[0].transition === N + 1 ? [members[2].id, members[3].id] : [members[3].id, members[2].id])]);
      await expectGapFreeChain(n);
      expect(await n.projection()).toMatchObject({ transition: N + 2, votedMemberIds: chain.slice(-4).map((e) => e.actorId) });
      expect((await n.snapshot()).transition).toBe(N + 2);
    });
  });

  it('is taken first when the request says the read model is ahead: an action the stale state refuses goes through', async () => {
    await withWorker(t, async ({ start, db }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.toSigning();
      const [D, E] = [randomUUID(), randomUUID()];
      await n.reserve(D);
      await settled(n);
      // Decision D's release, stored; its Update lost: the read model is free, the workflow still reserved for D.
      const N = (
        await storeOrphan(db, n, signer, { action: 'reservation_released', payload: { decisionId: D } }, { reservedByDecisionId: null }, {
          kind: 'update',
          update: releaseReservationUpdate.name,
          updateId: 'release-lost',
          request: { ...asSigner, decisionId: D },
        })
      ).projection.transition;
      const reserveE = (seenTransition?: number) => n.handle.executeUpdate(reserveForDecisionUpdate, { args: [{ ...asSigner, decisionId: E, seenTransition }] });
      // Judged by the workflow's state alone, E is refused (reserved for D) and nothing is written: the wedge.
      await expectRefused(reserveE(), 'stage_conflict');
      expect((await n.snapshot()).transition).toBe(N - 1);
      // As the API sends it, with the transition the read model shows: the orphan is taken first, then E.
      expect(await reserveE(N)).toMatchObject({ transition: N + 1, stage: 'signing' });
      const chain = await n.events();
      expect(chain.map((e) => [e.action, (e.payload as { decisionId?: string }).decisionId]).slice(-3)).toEqual([
        ['reserved_for_decision', D],
        ['reservation_released', D],
        ['reserved_for_decision', E],
      ]);
      await expectGapFreeChain(n);
      expect(await n.projection()).toMatchObject({ transition: N + 1, reservedByDecisionId: E });
      expect(await n.snapshot()).toMatchObject({ transition: N + 1, reservedByDecisionId: E });
    });
  });
});

describe('a create-and-submit stored as #1 whose Update was lost (a Temporal restart after its commit)', () => {
  const accepted = { waitForStage: WorkflowUpdateStage.ACCEPTED } as const;

  it('found by the restarted start recording `created`, and taken; a request ahead that comes meanwhile waits for it, then goes through', async () => {
    await withWorker(t, async ({ start, db, hooks }) => {
      // What such a transition holds: another nomination's create-and-submit, made by the workflow.
      hooks.loadContextGate = new Gate();
      const donor = await start('BANG_KHEN_CT_UBND', UNIT_A, { submitting: true });
      const submitted = await donor.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], ...accepted });
      hooks.loadContextGate.release();
      await submitted.result();
      const [donorEvents, donorRow] = [await donor.events(), (await donor.projection())!];
      // What the API hands a create-and-submit: the rules and the council's pin.
      const read = await workerActivities(db.ds).loadSubmission({ nominationId: donor.id, at: new Date().toISOString() });

      // This nomination's start is in history, its submission lost (it never arrives): the start
      // records `created` alone (held at the recorder)…
      hooks.recordGate = new Gate();
      const attempts = hooks.recordAttempts;
      const n = await start('BANG_KHEN_CT_UBND', UNIT_A, { submitting: true, submission: { ctx: read.ctx, opening: read.opening && { stage: read.opening.stage, pin: read.opening.pin } } });
      await eventually(() => hooks.recordAttempts === attempts + 1, '`created` to reach the recorder');
      const { runId } = await n.handle.describe();
      // …while the lost task's create-and-submit is stored as #1, with its command.
      const orphan: RecordTransitionInput = {
        nominationId: n.id,
        workflowId: n.handle.workflowId,
        runId,
        projection: projectionOfRow(donorRow),
        events: donorEvents.map((e) => ({ sequence: e.sequence, occurredAt: e.occurredAt, actorId: e.actorId, actorRole: e.actorRole, action: e.action, stageBefore: e.stageBefore as Stage, stageAfter: e.stageAfter as Stage, reason: e.reason, payload: e.payload as Record<string, unknown> })),
        notices: [],
        command: { kind: 'update', update: submitUpdate.name, updateId: `create-submit-${n.id}`, request: { actor: officerA } },
      };
      await new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') }).run(workerActivities(db.ds).recordTransition, structuredClone(orphan));
      const stored = await n.events();
      expect(stored.map((e) => e.action)).toEqual(['created', 'submitted', 'stage_opened', 'council_pinned']);

      // `created` is recorded: it begins the stored #1, which is longer, so the recorder reports
      // the orphan, and the workflow takes its command again (its council pin held)…
      hooks.pinCouncilGate = new Gate();
      hooks.recordGate.release();
      await eventually(() => hooks.activityLog.includes(`pinCouncil:${n.id}`), 'the orphan to be taken again');
      // …while a member votes from the read model (transition 1, ahead of the workflow's 0 meanwhile).
      const vote = await n.handle.startUpdate(voteUpdate, { args: [{ actor: members[0], choice: 'agree', seenTransition: 1 }], ...accepted });
      hooks.pinCouncilGate.release();
      expect(await vote.result()).toMatchObject({ stage: 'council_review', transition: 2 });
      const chain = await n.events();
      expect(chain.slice(0, stored.length)).toEqual(stored); // the orphan's rows stand, first times included
      expect(chain.map((e) => e.action)).toEqual(['created', 'submitted', 'stage_opened', 'council_pinned', 'vote_cast']);
      await expectGapFreeChain(n);
      expect(await n.projection()).toMatchObject({ transition: 2, stage: 'council_review', votedMemberIds: [members[0].id] });
      expect(await n.snapshot()).toMatchObject({ transition: 2, stage: 'council_review' });
      // In one go: the vote waited for the orphan being taken (taking it a second time failed the task).
      expect((await n.handle.fetchHistory()).events?.filter((e) => e.workflowTaskFailedEventAttributes)).toEqual([]);
    });
  });
});
