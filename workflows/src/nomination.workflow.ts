import * as wf from '@temporalio/workflow';
import { allEligibleVoted, denialOf, dutyOf, NominationAction, stageAfter, StageKind, tallyVotes, TerminalStatus } from '#ktf/domain';
import {
  ActorRequest,
  appraiseUpdate,
  closeVotingUpdate,
  extendDeadlineUpdate,
  externalDecisionUpdate,
  NominationSnapshot,
  NominationWorkflowInput,
  recordAbsentOpinionUpdate,
  releaseReservationUpdate,
  reserveForDecisionUpdate,
  resubmitUpdate,
  returnUpdate,
  scheduleVotingUpdate,
  signUpdate,
  snapshotQuery,
  submitUpdate,
  voteUpdate,
  withdrawUpdate,
} from '#ktf/contracts';
import type { NominationActivities, NotifyInput } from '#ktf/contracts';
import { toFailure } from './failures';
import { actingRole } from './acting-role';
import { initialState, NominationState, querySnapshotOf, snapshotOf } from './nomination-state';
import { deadlineRule, planDeadlineFor, replanDeadline, runDeadlines } from './stage-deadlines';
import { createTransitionLog, Transition } from './transition-log';

// Unlimited attempts: a database outage delays a transition, it never loses one.
const RETRY = { initialInterval: '200 milliseconds', maximumInterval: '10 seconds' } as const;
/**
 * The reads (context, council pin, deadline arithmetic) run as local activities: in this
 * worker, inside the workflow task that asked for them, with no round trip through the
 * server's queues. Lost with a crashed task, they simply run again. Writes stay ordinary
 * activities: recordTransition is scheduled in the same task completion that accepts the
 * Update, so the events it writes (their times included) are fixed in history before any
 * row exists; run locally, a crash after its commit would replay the Update with new
 * times and find different rows. The notices a transition raises are stored in its own
 * transaction; only emailing them (slow I/O, retried for minutes) is an activity apart.
 */
const local = wf.proxyLocalActivities<NominationActivities>({ startToCloseTimeout: '30 seconds', retry: RETRY });
const remote = wf.proxyActivities<NominationActivities>({ startToCloseTimeout: '30 seconds', retry: RETRY });
const acts: NominationActivities = {
  loadNominationContext: local.loadNominationContext,
  pinCouncil: local.pinCouncil,
  planStageDeadline: local.planStageDeadline,
  extendDeadline: local.extendDeadline,
  recordTransition: remote.recordTransition,
  deliverEmails: remote.deliverEmails,
};

/** One nomination, from draft to a terminal state. Its state is the source of truth. */
export async function nominationWorkflow(input: NominationWorkflowInput): Promise<NominationSnapshot> {
  // Handlers are registered before the first await: Updates that arrive with the start
  // (create-and-submit) would otherwise be rejected at the end of the first activation.
  const s: NominationState = initialState(input.nominationId, input.unitId);
  let loaded = false;
  /** Create-and-submit: a submit was waiting at the start, so it records `created` in its own transition. */
  let submitAtStart = false;
  let unrecordedCreate: Transition | null = null;
  /** True while a stage is being opened (pins and deadline loading): every action waits its turn. */
  let opening = false;
  const log = createTransitionLog(s, acts);
  const begin = (req: ActorRequest | null, carried?: Transition) => log.begin(req, (action) => (req ? actingRole(req, action) : null), carried);
  /** Separation of duties: remember the duty this person now serves on this nomination. */
  const serve = (req: ActorRequest, action: NominationAction) => {
    const duty = dutyOf(action);
    if (duty) s.view.actorDuties = { ...s.view.actorDuties, [req.actor.id]: duty };
  };

  /** Holds `opening` while `work` awaits an activity, so no other action interleaves. */
  async function holding<T>(work: () => Promise<T>): Promise<T> {
    opening = true;
    try {
      return await work();
    } finally {
      opening = false;
    }
  }

  /** Adds a notice to `t`: stored with it, emailed after it when SMTP is set. */
  const notify = (t: Transition, n: Omit<NotifyInput, 'nominationId' | 'epoch' | 'stage'> & { stage?: StageKind | null }) => {
    t.notices.push({ nominationId: s.ctx.nominationId, epoch: s.stageEpoch, stage: s.view.stage, ...n });
  };

  /** Opens `kind` now: pins what it needs, plans its deadline, then switches the stage at once. */
  async function openStage(t: Transition, kind: StageKind): Promise<void> {
    opening = true;
    try {
      const openedAt = log.now();
      const def = s.ctx.pipeline.stages.find((st) => st.kind === kind);
      const pin = kind === 'council_review' ? await acts.pinCouncil({ nominationId: s.ctx.nominationId, scope: def?.councilScope ?? 'province' }) : null;
      await planDeadlineFor(s, acts, kind, openedAt);
      const before = s.view.stage;
      s.view.stage = kind;
      s.view.status = 'in_progress';
      s.stageOpenedAt = openedAt;
      s.stageEpoch += 1;
      s.view.councilMemberIds = pin?.memberIds ?? [];
      s.view.recusedMemberIds = pin?.recusedIds ?? [];
      s.view.votedMemberIds = [];
      s.ballots = {};
      s.writtenOpinionIds = [];
      s.view.signingAuthority = kind === 'signing' ? (def?.authority === 'UNIT' ? s.ctx.unitCode : (def?.authority ?? null)) : null;
      if (kind === 'council_review') s.tally = null;
      t.event('stage_opened', { stageBefore: before, payload: { dueAt: s.deadline.dueAt, epoch: s.stageEpoch } });
      if (pin) t.event('council_pinned', { payload: { councilId: pin.councilId, members: pin.memberIds.length, recused: pin.recusedIds.length } });
    } finally {
      opening = false;
    }
    notify(t, { event: 'stage_opened', stage: kind, dueAt: s.deadline.dueAt });
  }

  function end(t: Transition, status: TerminalStatus, action: string, reason?: string | null): void {
    const before = s.view.stage;
    s.view.stage = null;
    s.view.status = status;
    s.deadline = { ...s.deadline, dueAt: null, reminders: [], version: s.deadline.version + 1 };
    t.event(action, { stageBefore: before, reason });
    notify(t, { event: 'result', stage: before });
  }

  /** Moves on from `from`: the next stage of the pinned pipeline, or awarded at its end. */
  async function advance(t: Transition, from: StageKind): Promise<void> {
    const next = stageAfter(s.ctx.pipeline, from);
    if (next) await openStage(t, next.kind);
    else end(t, 'awarded', 'awarded');
  }

  async function closeVoting(t: Transition): Promise<void> {
    const tally = tallyVotes({
      rule: s.ctx.voteRule,
      memberIds: s.view.councilMemberIds,
      recusedIds: s.view.recusedMemberIds,
      ballots: s.ballots,
      writtenOpinionIds: s.writtenOpinionIds,
    });
    s.tally = tally;
    const { rule: _rule, ...counts } = tally;
    t.event(tally.passed ? 'vote_passed' : 'vote_failed', { payload: { tally: counts } });
    if (tally.passed) await advance(t, 'council_review');
    else end(t, 'rejected', 'rejected', 'council vote failed');
  }

  const check = (action: NominationAction, view = s.view) => (req: ActorRequest) => {
    // Before the rules are loaded only the create-and-submit may arrive (anything else, e.g. a
    // withdraw, would be recorded before `created`); while a stage opens, everything waits.
    if (opening || (!loaded && action !== 'submit')) {
      throw toFailure({ code: 'stage_conflict', message: 'the next stage is opening; retry in a moment', details: { stage: s.view.stage } });
    }
    const denial = denialOf(view, { actor: req.actor, signerAuthority: req.signerAuthority }, action);
    if (denial) throw toFailure(denial);
  };
  const requireReason = (reason: string | undefined, what: string) => {
    if (!reason?.trim()) throw toFailure({ code: 'invalid_input', message: `a reason is required to ${what}`, details: {} });
  };
  const requireReservation = (decisionId: string) => {
    if (s.view.reservedByDecisionId !== decisionId) {
      throw toFailure({ code: 'stage_conflict', message: `not reserved for decision ${decisionId}`, details: { stage: s.view.stage } });
    }
  };

  wf.setHandler(snapshotQuery, () => querySnapshotOf(s));

  wf.setHandler(
    submitUpdate,
    async (req) => {
      // Nothing else may act (a second submit, a withdraw) until this submission has opened the
      // next stage; if it fails (e.g. no council configured) the nomination stays a draft.
      return holding(async () => {
        if (!loaded) submitAtStart = true;
        await wf.condition(() => loaded);
        const create = unrecordedCreate;
        unrecordedCreate = null;
        try {
          // The rules in force at submission are pinned: a draft edited for weeks gets today's
          // rules. Submitted with the start, the context loaded a moment ago is today's.
          if (!create) s.ctx = await acts.loadNominationContext(input.nominationId);
          const t = begin(req, create ?? undefined);
          t.event('submitted', { payload: { awardCode: s.ctx.awardCode, pipeline: { code: s.ctx.pipeline.code, version: s.ctx.pipeline.version } } });
          await advance(t, 'unit_proposal');
          serve(req, 'submit');
          return await t.commit();
        } catch (e) {
          // The submission failed (e.g. no council configured): the draft is still recorded.
          if (create) await create.commit();
          throw e;
        }
      });
    },
    { validator: check('submit') },
  );

  wf.setHandler(
    voteUpdate,
    async (req) => {
      serve(req, 'vote');
      s.ballots[req.actor.id] = req.choice;
      s.view.votedMemberIds = [...s.view.votedMemberIds, req.actor.id];
      const t = begin(req);
      // With a secret ballot the audit records only that the member voted.
      t.event('vote_cast', { payload: s.ctx.voteRule.secret ? {} : { choice: req.choice } });
      const ballots = { memberIds: s.view.councilMemberIds, recusedIds: s.view.recusedMemberIds, ballots: s.ballots };
      if (allEligibleVoted(ballots)) await closeVoting(t);
      return t.commit();
    },
    { validator: check('vote') },
  );

  wf.setHandler(
    closeVotingUpdate,
    async (req) => {
      serve(req, 'close_voting');
      const t = begin(req);
      t.event('voting_closed');
      await closeVoting(t);
      return t.commit();
    },
    { validator: check('close_voting') },
  );

  wf.setHandler(
    appraiseUpdate,
    async (req) => {
      serve(req, 'appraise');
      const t = begin(req);
      t.event(`appraisal_${req.decision}`, { reason: req.reason, payload: { items: req.items ?? [], failedChecks: req.failedChecks ?? [] } });
      if (req.override) t.event('check_overridden', { reason: req.override, payload: { failedChecks: req.failedChecks ?? [] } });
      if (req.decision === 'reject') end(t, 'rejected', 'rejected', req.reason);
      else if (req.decision === 'supplement') await openStage(t, 'supplement');
      else await advance(t, 'appraisal');
      return t.commit();
    },
    {
      validator: (req) => {
        check('appraise')(req);
        if (req.decision !== 'approve') requireReason(req.reason, req.decision);
      },
    },
  );

  wf.setHandler(
    resubmitUpdate,
    async (req) => {
      serve(req, 'supplement');
      const t = begin(req);
      t.event('resubmitted', { reason: req.reason });
      // The appraisal clock restarts: a new epoch with a fresh SLA.
      await openStage(t, 'appraisal');
      return t.commit();
    },
    { validator: check('supplement') },
  );

  wf.setHandler(
    withdrawUpdate,
    async (req) => {
      serve(req, 'withdraw');
      const t = begin(req);
      end(t, 'withdrawn', 'withdrawn', req.reason);
      return t.commit();
    },
    { validator: check('withdraw') },
  );

  wf.setHandler(
    returnUpdate,
    async (req) => {
      serve(req, 'return');
      const t = begin(req);
      t.event('returned_to_appraisal', { reason: req.reason });
      await openStage(t, 'appraisal');
      return t.commit();
    },
    { validator: (req) => (check('return')(req), requireReason(req.reason, 'return')) },
  );

  wf.setHandler(
    reserveForDecisionUpdate,
    async (req) => {
      serve(req, 'sign');
      s.view.reservedByDecisionId = req.decisionId;
      const t = begin(req);
      t.event('reserved_for_decision', { payload: { decisionId: req.decisionId } });
      return t.commit();
    },
    { validator: check('sign') },
  );

  wf.setHandler(
    releaseReservationUpdate,
    async (req) => {
      s.view.reservedByDecisionId = null;
      const t = begin(req);
      t.event('reservation_released', { payload: { decisionId: req.decisionId } });
      return t.commit();
    },
    {
      validator: (req) => {
        // Only a signer of this nomination's authority may undo a reservation (role before state).
        check('sign', { ...s.view, reservedByDecisionId: null })(req);
        requireReservation(req.decisionId);
      },
    },
  );

  wf.setHandler(
    signUpdate,
    async (req) => {
      s.view.reservedByDecisionId = null;
      s.decisionId = req.decisionId;
      s.decisionNumber = req.decisionNumber;
      const t = begin(req);
      t.event('signed', { payload: { decisionId: req.decisionId, decisionNumber: req.decisionNumber } });
      await advance(t, 'signing');
      if (s.view.status === 'awarded') t.award = { decisionId: req.decisionId, decisionNumber: req.decisionNumber, awardedAt: req.signedAt };
      return t.commit();
    },
    {
      validator: (req) => {
        requireReservation(req.decisionId);
        // Phase 2 of a batch: the reservation is ours, so check role and authority as if unreserved.
        check('sign', { ...s.view, reservedByDecisionId: null })(req);
      },
    },
  );

  wf.setHandler(
    externalDecisionUpdate,
    async (req) => {
      serve(req, 'record_external_decision');
      const t = begin(req);
      const payload = { outcome: req.outcome, decisionNumber: req.decisionNumber ?? null };
      if (req.outcome === 'refused') {
        t.event('central_refused', { reason: req.reason, payload });
        end(t, 'rejected', 'rejected', req.reason);
      } else {
        s.decisionNumber = req.decisionNumber ?? null;
        t.event('central_awarded', { payload });
        end(t, 'awarded', 'awarded');
        t.award = { decisionId: null, decisionNumber: req.decisionNumber ?? '', awardedAt: log.now() };
      }
      return t.commit();
    },
    {
      validator: (req) => {
        check('record_external_decision')(req);
        if (req.outcome === 'refused') requireReason(req.reason, 'record a refusal');
        if (req.outcome === 'awarded' && !req.decisionNumber?.trim()) {
          throw toFailure({ code: 'invalid_input', message: 'the central decision number is required', details: {} });
        }
      },
    },
  );

  wf.setHandler(
    recordAbsentOpinionUpdate,
    async (req) => {
      serve(req, 'record_absent_opinion');
      s.ballots[req.memberId] = req.choice;
      s.writtenOpinionIds = [...s.writtenOpinionIds, req.memberId];
      s.view.votedMemberIds = [...s.view.votedMemberIds, req.memberId];
      const t = begin(req);
      t.event('absent_opinion_recorded', { payload: s.ctx.voteRule.secret ? { memberId: req.memberId } : { memberId: req.memberId, choice: req.choice } });
      const ballots = { memberIds: s.view.councilMemberIds, recusedIds: s.view.recusedMemberIds, ballots: s.ballots };
      if (allEligibleVoted(ballots)) await closeVoting(t);
      return t.commit();
    },
    {
      validator: (req) => {
        check('record_absent_opinion')(req);
        const member = { ...req, actor: { ...req.actor, id: req.memberId, roles: ['council_member' as const] } };
        check('vote', { ...s.view, actorDuties: {} })(member);
      },
    },
  );

  wf.setHandler(
    scheduleVotingUpdate,
    async (req) => {
      serve(req, 'schedule_voting');
      const from = s.deadline.dueAt;
      const rule = deadlineRule(s, 'council_review');
      const plan = await holding(() => acts.extendDeadline({ currentDueAt: from ?? req.votingDeadline, dueAt: req.votingDeadline, reminderOffsets: rule.reminderOffsets, now: log.now() }));
      replanDeadline(s, plan);
      const t = begin(req);
      t.event('council_session_scheduled', { payload: { sessionId: req.sessionId, from, to: plan.dueAt } });
      return t.commit();
    },
    {
      validator: (req) => {
        check('schedule_voting')(req);
        if (!(Date.parse(req.votingDeadline) > Date.now())) {
          throw toFailure({ code: 'rule_failed', message: 'the voting deadline must be in the future', details: { field: 'votingDeadline' } });
        }
      },
    },
  );

  wf.setHandler(
    extendDeadlineUpdate,
    async (req) => {
      const from = s.deadline.dueAt as string;
      const rule = deadlineRule(s, s.view.stage as StageKind);
      const plan = await holding(() => acts.extendDeadline({ currentDueAt: from, dueAt: req.dueAt, extendByWorkingDays: req.extendByWorkingDays, reminderOffsets: rule.reminderOffsets, now: log.now() }));
      replanDeadline(s, plan);
      const t = begin(req);
      t.event('deadline_extended', { reason: req.reason, payload: { from, to: plan.dueAt } });
      return t.commit();
    },
    {
      validator: (req) => {
        check('extend_deadline')(req);
        requireReason(req.reason, 'extend a deadline');
        if (!s.deadline.dueAt) throw toFailure({ code: 'stage_conflict', message: 'this stage has no deadline', details: { stage: s.view.stage } });
        if ((req.dueAt === undefined) === (req.extendByWorkingDays === undefined)) {
          throw toFailure({ code: 'invalid_input', message: 'give exactly one of dueAt or extendByWorkingDays', details: {} });
        }
        if (req.dueAt !== undefined && !(Date.parse(req.dueAt) > Date.parse(s.deadline.dueAt))) {
          throw toFailure({ code: 'rule_failed', message: 'the new deadline must be later than the current one', details: { field: 'dueAt' } });
        }
      },
    },
  );

  s.ctx = await acts.loadNominationContext(input.nominationId);
  const created = begin({ actor: input.createdBy });
  created.event('created', { stageBefore: null });
  if (submitAtStart) {
    // Create-and-submit: one transition (one write) instead of two; the submit records it.
    unrecordedCreate = created;
    loaded = true;
  } else {
    const first = created.commit();
    loaded = true; // after `created` took sequence 1, so waiting handlers come after it
    await first;
  }

  await runDeadlines(s, {
    busy: () => opening,
    remind: async (offset) => {
      const t = begin(null);
      t.event('reminder_sent', { payload: { offset, dueAt: s.deadline.dueAt } });
      notify(t, { event: 'reminder', offset, dueAt: s.deadline.dueAt });
      await t.commit();
    },
    breach: async () => {
      const rule = deadlineRule(s, s.view.stage as StageKind);
      const t = begin(null);
      t.event('deadline_breached', { payload: { dueAt: s.deadline.dueAt, action: rule.onBreach } });
      if (rule.onBreach === 'tally') {
        await closeVoting(t);
      } else if (rule.onBreach === 'expire') {
        end(t, 'expired', 'expired', 'the unit did not resubmit before the deadline');
      } else {
        notify(t, { event: 'breach', escalateTo: rule.escalateTo ?? 'admin', deadlineVersion: s.deadline.version, dueAt: s.deadline.dueAt });
      }
      await t.commit();
    },
  });
  await wf.condition(wf.allHandlersFinished);
  await log.drained();
  return snapshotOf(s);
}
