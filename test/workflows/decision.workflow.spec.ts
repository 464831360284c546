// The decision workflow (batch signing) and the council-session close workflow on the
// time-skipping test server, with the worker's real fan-out activities: they execute Updates
// on the nomination workflows through the activity's client, with ids fixed per decision run.
import { randomUUID } from 'node:crypto';
import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  CouncilSessionCloseWorkflow,
  councilSessionCloseWorkflowId,
  DecisionMode,
  DecisionWorkflow,
  decisionWorkflowId,
  WORKFLOW_TYPES,
} from '#ktf/contracts';
import { documentHash, InMemoryDecisions } from './support/in-memory-decisions';
import type { Nomination, WorkflowTestEnv } from './support/harness';
import { asSigner, expectGapFreeChain, members, secretary, signer, useTestEnv, withWorker } from './support/harness';

jest.setTimeout(60_000);

const decisions = new InMemoryDecisions();
const t = useTestEnv({ otherActivities: decisions.activities() });

beforeEach(() => decisions.reset());

function runDecision(env: WorkflowTestEnv, nominations: Nomination[], opts: { decisionId?: string; mode?: DecisionMode } = {}) {
  const decisionId = opts.decisionId ?? randomUUID();
  return env.client.workflow.execute<DecisionWorkflow>(WORKFLOW_TYPES.decision, {
    taskQueue: env.taskQueue,
    workflowId: decisionWorkflowId(decisionId),
    args: [
      {
        decisionId,
        mode: opts.mode ?? 'sign',
        actor: signer,
        signerAuthority: asSigner.signerAuthority ?? null,
        nominationIds: nominations.map((n) => n.id),
        kind: 'decision',
        authority: 'UBND',
      },
    ],
  });
}

async function expectWorkflowRefused(run: Promise<unknown>, type: string): Promise<ApplicationFailure> {
  const error = await run.then(
    () => {
      throw new Error(`expected the decision to be refused with ${type}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowFailedError);
  const cause = (error as WorkflowFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  expect((cause as ApplicationFailure).type).toBe(type);
  return cause as ApplicationFailure;
}

const count = async (n: Nomination, action: string) => (await n.actions()).filter((a) => a === action).length;

describe('decisionWorkflow', () => {
  it('reserves, numbers once, signs every nomination and seals the decision', async () => {
    await withWorker(t, async ({ start }) => {
      const batch = [await start('BANG_KHEN_CT_UBND'), await start('BANG_KHEN_CT_UBND'), await start('BANG_KHEN_CT_UBND')];
      for (const n of batch) await n.toSigning();
      const result = await runDecision(t, batch);
      expect(result).toMatchObject({ outcome: 'signed', decision: { number: '1/QĐ-UBND', status: 'signed', nominationIds: batch.map((n) => n.id) } });
      for (const n of batch) {
        expect(await n.snapshot()).toMatchObject({ status: 'awarded', reservedByDecisionId: null, decisionNumber: '1/QĐ-UBND' });
        expect((await n.actions()).slice(-3)).toEqual(['reserved_for_decision', 'signed', 'awarded']);
        await expectGapFreeChain(n);
      }
      expect([...decisions.sealEvents.values()]).toEqual([1]);
    });
  });

  it('runs every step in the workflow task and makes the PDF beside the signatures, once', async () => {
    await withWorker(t, async ({ start }) => {
      const batch = [await start('BANG_KHEN_CT_UBND'), await start('BANG_KHEN_CT_UBND')];
      for (const n of batch) await n.toSigning();
      const result = await runDecision(t, batch);
      if (result.outcome !== 'signed') throw new Error('expected a signed decision');
      const id = result.decision.id;
      // Local activities only: no step goes through matching or costs a workflow task of its own.
      expect(decisions.calls.filter((c) => c.startsWith('reserve') || c.startsWith('take') || c.startsWith('sign') || c.startsWith('prepare') || c.startsWith('seal'))).toEqual([
        'reserveNomination (local)',
        'reserveNomination (local)',
        'takeDecisionNumber (local)',
        ...decisions.calls.filter((c) => c.startsWith('prepare') || c.startsWith('sign')),
        'sealDecision (local)',
      ]);
      expect(decisions.calls.filter((c) => c.startsWith('prepare') || c.startsWith('sign')).sort()).toEqual(['prepareDecisionDocument (local)', 'signNomination (local)', 'signNomination (local)']);
      // Drawn once, before sealing, and the seal vouches for that PDF without drawing it again.
      expect(decisions.documentsMade).toEqual([id]);
      expect(decisions.sealedWith.get(id)).toBe(documentHash(id));
      const events = (await t.client.workflow.getHandle(decisionWorkflowId(id)).fetchHistory()).events ?? [];
      expect(events.filter((e) => e.activityTaskScheduledEventAttributes)).toEqual([]);
    });
  });

  it('releases every reservation on a refusal and takes no number', async () => {
    await withWorker(t, async ({ start }) => {
      const [a, b, late] = [await start('BANG_KHEN_CT_UBND'), await start('BANG_KHEN_CT_UBND'), await start('BANG_KHEN_CT_UBND')];
      await a.toSigning();
      await b.toSigning();
      await late.submit(); // still in council review
      const refusal = await expectWorkflowRefused(runDecision(t, [a, b, late]), 'stage_conflict');
      expect(refusal.details?.[0]).toMatchObject({ nominationId: late.id });
      for (const n of [a, b]) {
        expect(await n.snapshot()).toMatchObject({ stage: 'signing', status: 'in_progress', reservedByDecisionId: null });
        expect((await n.actions()).slice(-2)).toEqual(['reserved_for_decision', 'reservation_released']);
      }
      expect(decisions.counters.size).toBe(0); // no number burnt
      // The released nominations sign in the next decision, which gets number 1.
      expect(await runDecision(t, [a, b])).toMatchObject({ outcome: 'signed', decision: { number: '1/QĐ-UBND' } });
    });
  });

  it('joins the first attempt when a step is retried after doing its work (exactly once)', async () => {
    await withWorker(t, async ({ start }) => {
      const batch = [await start('BANG_KHEN_CT_UBND'), await start('BANG_KHEN_CT_UBND')];
      for (const n of batch) await n.toSigning();
      for (const step of ['reserveNomination', 'takeDecisionNumber', 'signNomination', 'sealDecision']) decisions.failFirstAttemptOf.add(step);
      const result = await runDecision(t, batch);
      expect(result).toMatchObject({ outcome: 'signed', decision: { number: '1/QĐ-UBND' } });
      expect([...decisions.counters.values()]).toEqual([1]);
      expect([...decisions.sealEvents.values()]).toEqual([1]);
      for (const n of batch) {
        expect([await count(n, 'reserved_for_decision'), await count(n, 'signed'), await count(n, 'awarded')]).toEqual([1, 1, 1]);
        await expectGapFreeChain(n);
      }
    });
  });

  it('retried with the same decision id after a refusal, runs again from the start', async () => {
    await withWorker(t, async ({ start }) => {
      const [a, b] = [await start('BANG_KHEN_CT_UBND'), await start('BANG_KHEN_CT_UBND')];
      await a.toSigning();
      await b.submit();
      const decisionId = randomUUID();
      await expectWorkflowRefused(runDecision(t, [a, b], { decisionId }), 'stage_conflict');
      await b.votes(['agree', 'agree', 'agree', 'agree', 'agree']);
      await b.appraise('approve');
      // A new run under the same workflow id: its Updates carry its own run id, so the first
      // run's reservation of `a` (released since) is not mistaken for this one's.
      const again = await t.client.workflow.start<DecisionWorkflow>(WORKFLOW_TYPES.decision, {
        taskQueue: t.taskQueue,
        workflowId: decisionWorkflowId(decisionId),
        args: [{ decisionId, mode: 'sign', actor: signer, signerAuthority: 'UBND', nominationIds: [a.id, b.id], kind: 'decision', authority: 'UBND' }],
        workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
      });
      expect(await again.result()).toMatchObject({ outcome: 'signed', decision: { id: decisionId, number: '1/QĐ-UBND' } });
      expect((await a.actions()).slice(-5)).toEqual(['reserved_for_decision', 'reservation_released', 'reserved_for_decision', 'signed', 'awarded']);
    });
  });

  it('resumes a decision left numbered: signs what is left, never releases', async () => {
    await withWorker(t, async ({ start }) => {
      const [a, b] = [await start('BANG_KHEN_CT_UBND'), await start('BANG_KHEN_CT_UBND')];
      for (const n of [a, b]) await n.toSigning();
      // What the code before the workflow left: both reserved, numbered, one signed, then a crash.
      const decisionId = randomUUID();
      await a.reserve(decisionId);
      await b.reserve(decisionId);
      const numbered = await decisions.takeNumber({ id: decisionId, kind: 'decision', authority: 'UBND', signedAt: new Date(), signerId: signer.id, nominationIds: [a.id, b.id] });
      await a.sign(decisionId, numbered.number);
      const result = await runDecision(t, [a, b], { decisionId, mode: 'resume' });
      expect(result).toMatchObject({ outcome: 'signed', decision: { number: numbered.number, status: 'signed' } });
      for (const n of [a, b]) expect(await n.snapshot()).toMatchObject({ status: 'awarded', decisionId, decisionNumber: numbered.number });
      expect(await count(a, 'signed')).toBe(1);
      expect([...decisions.counters.values()]).toEqual([1]);
    });
  });

  it('releases reservations left for a decision that never got a number', async () => {
    await withWorker(t, async ({ start }) => {
      const [a, b] = [await start('BANG_KHEN_CT_UBND'), await start('BANG_KHEN_CT_UBND')];
      for (const n of [a, b]) await n.toSigning();
      const lost = randomUUID();
      await a.reserve(lost); // b was never reserved: releasing it is a no-op
      expect(await runDecision(t, [a, b], { decisionId: lost, mode: 'release' })).toEqual({ outcome: 'released', decisionId: lost, nominationIds: [a.id, b.id] });
      expect(await a.snapshot()).toMatchObject({ stage: 'signing', reservedByDecisionId: null });
      expect((await a.actions()).slice(-2)).toEqual(['reserved_for_decision', 'reservation_released']);
      expect(await b.actions()).not.toContain('reservation_released');
      expect(decisions.counters.size).toBe(0);
    });
  });
});

describe('councilSessionCloseWorkflow', () => {
  const close = (sessionId: string, nominations: Nomination[]) =>
    t.client.workflow.execute<CouncilSessionCloseWorkflow>(WORKFLOW_TYPES.councilSessionClose, {
      taskQueue: t.taskQueue,
      workflowId: councilSessionCloseWorkflowId(sessionId),
      args: [{ sessionId, actor: secretary, nominationIds: nominations.map((n) => n.id) }],
    });

  it('tallies every nomination still in council review, skips the others, closes the session once', async () => {
    await withWorker(t, async ({ start }) => {
      const [open1, open2, done] = [await start('BANG_KHEN_CT_UBND'), await start('BANG_KHEN_CT_UBND'), await start('BANG_KHEN_CT_UBND')];
      for (const n of [open1, open2, done]) await n.submit();
      for (const m of members.slice(0, 4)) await open1.vote(m, 'agree');
      await open2.vote(members[0], 'agree');
      await done.votes(['agree', 'agree', 'agree', 'agree', 'agree']); // tallied already
      decisions.failFirstAttemptOf.add('closeNominationVoting'); // each close is retried after its work: still once
      const sessionId = randomUUID();
      expect(await close(sessionId, [open1, open2, done])).toEqual({ sessionId, closed: [open1.id, open2.id], skipped: [done.id] });
      expect(await open1.snapshot()).toMatchObject({ stage: 'appraisal' }); // 4 of 5 agree
      expect(await open2.snapshot()).toMatchObject({ status: 'rejected' }); // quorum not met
      for (const n of [open1, open2]) expect(await count(n, 'voting_closed')).toBe(1);
      expect(decisions.closedSessions).toEqual([sessionId]);
    });
  });

  it('stops at a refusal and leaves the session open', async () => {
    await withWorker(t, async ({ start }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      const sessionId = randomUUID();
      const run = t.client.workflow.execute<CouncilSessionCloseWorkflow>(WORKFLOW_TYPES.councilSessionClose, {
        taskQueue: t.taskQueue,
        workflowId: councilSessionCloseWorkflowId(sessionId),
        args: [{ sessionId, actor: { ...secretary, roles: ['appraiser'] }, nominationIds: [n.id] }],
      });
      await expectWorkflowRefused(run, 'forbidden');
      expect(decisions.closedSessions).toEqual([]);
      expect(await n.snapshot()).toMatchObject({ stage: 'council_review' });
    });
  });
});
