import * as wf from '@temporalio/workflow';
import {
  allEligibleVoted,
  denialOf,
  isTerminal,
  NominationAction,
  stageAfter,
  StageKind,
  tallyVotes,
  TerminalStatus,
} from '#ktf/domain';
import {
  ActorRequest,
  appraiseUpdate,
  closeVotingUpdate,
  externalDecisionUpdate,
  NominationSnapshot,
  NominationWorkflowInput,
  releaseReservationUpdate,
  reserveForDecisionUpdate,
  resubmitUpdate,
  returnUpdate,
  signUpdate,
  snapshotQuery,
  submitUpdate,
  voteUpdate,
  withdrawUpdate,
} from '#ktf/contracts';
import type { AuditEventDraft, NominationActivities, RecordTransitionInput } from '#ktf/contracts';
import { initialState, NominationState, projectionOf, snapshotOf } from './nomination-state';
import { toFailure } from './failures';

const acts = wf.proxyActivities<NominationActivities>({
  startToCloseTimeout: '30 seconds',
  // Unlimited attempts: a database outage delays a transition, it never loses one.
  retry: { initialInterval: '200 milliseconds', maximumInterval: '10 seconds' },
});

interface Change {
  action: string;
  stage?: StageKind | null;
  status?: NominationState['view']['status'];
  reason?: string | null;
  payload?: Record<string, unknown>;
}

/** One nomination, from draft to a terminal state. Its state is the source of truth. */
export async function nominationWorkflow(input: NominationWorkflowInput): Promise<NominationSnapshot> {
  // Handlers are registered before the first await: Updates that arrive with the start
  // (create-and-submit) would otherwise be rejected at the end of the first activation.
  const s: NominationState = initialState(input.nominationId, input.unitId);
  let ctx = s.ctx;
  let loaded = false;
  /** Handlers apply their state change synchronously, then wait here for the pinned rules. */
  const rulesLoaded = () => wf.condition(() => loaded);
  const info = wf.workflowInfo();
  let recording: Promise<void> = Promise.resolve();

  /** Applies changes synchronously (so the next validator sees them), then records them in order. */
  async function transit(req: ActorRequest | null, changes: Change[], award?: RecordTransitionInput['award']) {
    const events: AuditEventDraft[] = [];
    const occurredAt = new Date(wf.workflowInfo().unsafe.now()).toISOString();
    for (const c of changes) {
      const stageBefore = c.action === 'created' ? null : s.view.stage;
      if (c.stage !== undefined && c.stage !== s.view.stage) {
        s.view.stage = c.stage;
        s.stageOpenedAt = occurredAt;
      }
      if (c.status) s.view.status = c.status;
      s.auditSequence += 1;
      events.push({
        sequence: s.auditSequence,
        occurredAt,
        actorId: req?.actor.id ?? null,
        actorRole: req ? actingRole(req, c.action) : null,
        action: c.action,
        stageBefore,
        stageAfter: s.view.stage,
        reason: c.reason ?? null,
        payload: c.payload ?? {},
      });
    }
    s.transition += 1;
    s.lastActorId = req?.actor.id ?? null;
    s.lastAction = changes[changes.length - 1].action;
    const record: RecordTransitionInput = {
      nominationId: ctx.nominationId,
      workflowId: info.workflowId,
      runId: info.runId,
      projection: projectionOf(s),
      events,
      award,
    };
    const done = recording.then(() => acts.recordTransition(record));
    recording = done.catch(() => undefined);
    await done;
    return snapshotOf(s);
  }

  /** Stage entry: pins what the stage needs (council members, signing authority). */
  async function enterStage(kind: StageKind): Promise<Change[]> {
    s.view.councilMemberIds = [];
    s.view.recusedMemberIds = [];
    s.view.votedMemberIds = [];
    s.view.signingAuthority = null;
    s.ballots = {};
    const def = ctx.pipeline.stages.find((st) => st.kind === kind);
    if (kind === 'council_review') {
      const pin = await acts.pinCouncil({ nominationId: ctx.nominationId, scope: def?.councilScope ?? 'province' });
      s.view.councilMemberIds = pin.memberIds;
      s.view.recusedMemberIds = pin.recusedIds;
      s.tally = null;
      return [{ action: 'council_pinned', payload: { councilId: pin.councilId, members: pin.memberIds.length, recused: pin.recusedIds.length } }];
    }
    if (kind === 'signing') {
      s.view.signingAuthority = def?.authority === 'UNIT' ? ctx.unitCode : (def?.authority ?? null);
    }
    return [];
  }

  /** Moves to the stage after `from`, or ends awarded when there is none. */
  async function advanceFrom(from: StageKind): Promise<Change[]> {
    const next = stageAfter(ctx.pipeline, from);
    if (!next) return [{ action: 'awarded', stage: null, status: 'awarded' }];
    const opened: Change = { action: 'stage_opened', stage: next.kind, status: 'in_progress' };
    return [opened, ...(await enterStage(next.kind))];
  }

  function end(status: TerminalStatus, action: string, reason?: string | null): Change {
    return { action, stage: null, status, reason };
  }

  function tallyChanges(): Change[] {
    const tally = tallyVotes({
      rule: ctx.voteRule,
      memberIds: s.view.councilMemberIds,
      recusedIds: s.view.recusedMemberIds,
      ballots: s.ballots,
    });
    s.tally = tally;
    const { rule: _rule, ...counts } = tally;
    return [{ action: tally.passed ? 'vote_passed' : 'vote_failed', payload: { tally: counts } }];
  }

  const validate = (action: NominationAction) => (req: ActorRequest) => {
    const denial = denialOf(s.view, { actor: req.actor, signerAuthority: req.signerAuthority }, action);
    if (denial) throw toFailure(denial);
  };

  wf.setHandler(snapshotQuery, () => snapshotOf(s));

  wf.setHandler(
    submitUpdate,
    async (req) => {
      s.view.status = 'in_progress';
      await rulesLoaded();
      return transit(req, [{ action: 'submitted' }, ...(await advanceFrom('unit_proposal'))]);
    },
    { validator: validate('submit') },
  );

  wf.setHandler(
    voteUpdate,
    async (req) => {
      s.ballots[req.actor.id] = req.choice;
      s.view.votedMemberIds = [...s.view.votedMemberIds, req.actor.id];
      // With a secret ballot the audit records only that the member voted.
      const cast: Change = { action: 'vote_cast', payload: ctx.voteRule.secret ? {} : { choice: req.choice } };
      const ballots = { memberIds: s.view.councilMemberIds, recusedIds: s.view.recusedMemberIds, ballots: s.ballots };
      if (!allEligibleVoted(ballots)) return transit(req, [cast]);
      return transit(req, [cast, ...(await closeVoting())]);
    },
    { validator: validate('vote') },
  );

  async function closeVoting(): Promise<Change[]> {
    const result = tallyChanges();
    if (!s.tally?.passed) return [...result, end('rejected', 'rejected', 'council vote failed')];
    return [...result, ...(await advanceFrom('council_review'))];
  }

  wf.setHandler(closeVotingUpdate, async (req) => transit(req, [{ action: 'voting_closed' }, ...(await closeVoting())]), {
    validator: validate('close_voting'),
  });

  wf.setHandler(
    appraiseUpdate,
    async (req) => {
      const base: Change = { action: `appraisal_${req.decision}`, reason: req.reason, payload: { items: req.items ?? [] } };
      if (req.decision === 'reject') return transit(req, [base, end('rejected', 'rejected', req.reason)]);
      if (req.decision === 'supplement') return transit(req, [{ ...base, stage: 'supplement' }]);
      return transit(req, [base, ...(await advanceFrom('appraisal'))]);
    },
    {
      validator: (req) => {
        validate('appraise')(req);
        if (!req.reason?.trim() && req.decision !== 'approve') {
          throw toFailure({ code: 'invalid_input', message: `a reason is required to ${req.decision}`, details: {} });
        }
      },
    },
  );

  wf.setHandler(resubmitUpdate, async (req) => transit(req, [{ action: 'resubmitted', stage: 'appraisal', reason: req.reason }]), {
    validator: validate('supplement'),
  });

  wf.setHandler(withdrawUpdate, async (req) => transit(req, [end('withdrawn', 'withdrawn', req.reason)]), {
    validator: validate('withdraw'),
  });

  wf.setHandler(
    returnUpdate,
    async (req) => transit(req, [{ action: 'returned_to_appraisal', stage: 'appraisal', reason: req.reason }]),
    { validator: validate('return') },
  );

  wf.setHandler(
    reserveForDecisionUpdate,
    async (req) => {
      s.view.reservedByDecisionId = req.decisionId;
      return transit(req, [{ action: 'reserved_for_decision', payload: { decisionId: req.decisionId } }]);
    },
    { validator: validate('sign') },
  );

  wf.setHandler(
    releaseReservationUpdate,
    async (req) => {
      s.view.reservedByDecisionId = null;
      return transit(req, [{ action: 'reservation_released', payload: { decisionId: req.decisionId } }]);
    },
    { validator: (req) => requireReservation(req.decisionId) },
  );

  function requireReservation(decisionId: string) {
    if (s.view.reservedByDecisionId !== decisionId) {
      throw toFailure({ code: 'stage_conflict', message: `not reserved for decision ${decisionId}`, details: { stage: s.view.stage } });
    }
  }

  wf.setHandler(
    signUpdate,
    async (req) => {
      s.view.reservedByDecisionId = null;
      s.decisionId = req.decisionId;
      s.decisionNumber = req.decisionNumber;
      const payload = { decisionId: req.decisionId, decisionNumber: req.decisionNumber };
      const next = await advanceFrom('signing');
      const awarded = next.some((c) => c.status === 'awarded');
      return transit(
        req,
        [{ action: 'signed', payload }, ...next],
        awarded ? { decisionId: req.decisionId, decisionNumber: req.decisionNumber, awardedAt: req.signedAt } : undefined,
      );
    },
    {
      validator: (req) => {
        requireReservation(req.decisionId);
        // Phase 2 of a batch: the reservation is ours, so check role and authority as if unreserved.
        const view = { ...s.view, reservedByDecisionId: null };
        const denial = denialOf(view, { actor: req.actor, signerAuthority: req.signerAuthority }, 'sign');
        if (denial) throw toFailure(denial);
      },
    },
  );

  wf.setHandler(
    externalDecisionUpdate,
    async (req) => {
      const payload = { outcome: req.outcome, decisionNumber: req.decisionNumber ?? null };
      if (req.outcome === 'refused') return transit(req, [end('rejected', 'central_refused', req.reason)]);
      s.decisionNumber = req.decisionNumber ?? null;
      return transit(req, [{ action: 'central_awarded', payload }, end('awarded', 'awarded')], {
        decisionId: null,
        decisionNumber: req.decisionNumber ?? '',
        awardedAt: new Date(wf.workflowInfo().unsafe.now()).toISOString(),
      });
    },
    { validator: validate('record_external_decision') },
  );

  ctx = await acts.loadNominationContext(input.nominationId);
  s.ctx = ctx;
  const created = transit({ actor: input.createdBy }, [{ action: 'created', stage: 'unit_proposal' }]);
  loaded = true; // after `created` took sequence 1, so waiting handlers come after it
  await created;
  await wf.condition(() => isTerminal(s.view.status));
  await wf.condition(wf.allHandlersFinished);
  await recording;
  return snapshotOf(s);
}

/** The role an actor acted in, for the audit row (a user may hold several roles). */
function actingRole(req: ActorRequest, action: string): string | null {
  const byAction: Record<string, string> = {
    created: 'unit_officer',
    submitted: 'unit_officer',
    withdrawn: 'unit_officer',
    resubmitted: 'unit_officer',
    vote_cast: 'council_member',
    voting_closed: 'council_secretary',
    signed: 'signer',
    returned_to_appraisal: 'signer',
    reserved_for_decision: 'signer',
    reservation_released: 'signer',
  };
  const wanted = byAction[action] ?? (action.startsWith('appraisal_') || action.startsWith('central_') ? 'appraiser' : undefined);
  if (wanted && req.actor.roles.includes(wanted as never)) return wanted;
  return req.actor.roles[0] ?? null;
}
