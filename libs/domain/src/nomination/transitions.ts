import { PipelineDefinition, stageAfter, StageKind, TerminalStatus } from '../pipeline/pipeline';
import { Tally, tallyVotes } from '../vote/tally';
import { CouncilScope, councilScopeOf } from '../vote/council-scope';
import type { VoteChoice, VoteRule } from '../vote/vote-rule';
import { castBallot } from './ballot-box';
import type { NominationView } from './nomination-view';

/**
 * What a nomination's transitions read and change: the workflow's state without its clocks
 * (deadlines, timers) and bookkeeping (sequences, transition counters).
 */
export interface NominationCore {
  view: NominationView;
  /** Ballot choices; with a secret ballot no event carries them. */
  ballots: Record<string, VoteChoice>;
  writtenOpinionIds: string[];
  tally: Tally | null;
  decisionId: string | null;
  decisionNumber: string | null;
  stageEpoch: number;
  stageOpenedAt: string | null;
}

/** The rules pinned when the nomination was submitted. */
export interface NominationRules {
  voteRule: VoteRule;
  pipeline: PipelineDefinition;
  /** The nominating unit's code: the signing authority of a stage signed by the unit itself. */
  unitCode: string;
  /** Tally as first released (see TallyInput.legacyFractions); only for replaying old histories. */
  legacyFractions?: boolean;
}

/** An audit event as a transition decides it; who, when and its sequence are added by the caller. */
export interface TransitionEvent {
  action: string;
  stageBefore: StageKind | null;
  stageAfter: StageKind | null;
  reason: string | null;
  payload: Record<string, unknown>;
}

/**
 * What follows the action's own events: nothing; a stage to open (which first needs its council
 * pinned and its deadline planned, both I/O, then `openStage`); or the end.
 */
export type NextStep =
  | { kind: 'stay' }
  | { kind: 'open'; stage: StageKind }
  | { kind: 'end'; status: TerminalStatus; action: string; reason: string | null };

/** State + action → new state, the events to record, and what comes next. */
export interface Step {
  core: NominationCore;
  events: TransitionEvent[];
  next: NextStep;
}

/** The actions of people and of the clock, as facts already permitted by the rule table (denialOf). */
export type NominationCommand =
  | { type: 'submit'; awardCode: string; pipeline: { code: string; version: number } }
  | { type: 'resubmit'; reason: string | null }
  | { type: 'withdraw'; reason: string | null }
  | { type: 'vote'; memberId: string; choice: VoteChoice }
  | { type: 'absent_opinion'; memberId: string; choice: VoteChoice }
  | { type: 'close_voting' }
  | { type: 'appraise'; decision: 'approve' | 'supplement' | 'reject'; reason: string | null; items: string[]; failedChecks: string[]; override: string | null }
  | { type: 'return'; reason: string | null }
  | { type: 'reserve'; decisionId: string }
  | { type: 'release'; decisionId: string }
  | { type: 'sign'; decisionId: string; decisionNumber: string }
  | { type: 'external_decision'; outcome: 'awarded' | 'refused'; decisionNumber: string | null; reason: string | null }
  | { type: 'deadline_breached'; dueAt: string | null; onBreach: string };

const STAY: NextStep = { kind: 'stay' };

/** An event recorded while the nomination stays in its current stage. */
function inStage(core: NominationCore, action: string, opts: { reason?: string | null; payload?: Record<string, unknown> } = {}): TransitionEvent {
  return { action, stageBefore: core.view.stage, stageAfter: core.view.stage, reason: opts.reason ?? null, payload: opts.payload ?? {} };
}

/** Moves on from `from`: the next stage of the pinned pipeline, or awarded at its end. */
export function advanceFrom(rules: NominationRules, from: StageKind): NextStep {
  const next = stageAfter(rules.pipeline, from);
  return next ? { kind: 'open', stage: next.kind } : { kind: 'end', status: 'awarded', action: 'awarded', reason: null };
}

/**
 * The stage a submission opens and, when it is a council review, whose council it pins (null:
 * none); null when a submission opens no stage. What is read ahead for a submission (issue 18).
 */
export function stageASubmissionOpens(pipeline: PipelineDefinition): { stage: StageKind; councilScope: CouncilScope | null } | null {
  const next = stageAfter(pipeline, 'unit_proposal'); // as advanceFrom decides it
  if (!next) return null;
  return { stage: next.kind, councilScope: next.kind === 'council_review' ? councilScopeOf(next) : null };
}

/** Tallies the ballots cast: passed moves on from council review, failed rejects. */
function tally(core: NominationCore, rules: NominationRules, events: TransitionEvent[]): Step {
  const t = tallyVotes({
    rule: rules.voteRule,
    memberIds: core.view.councilMemberIds,
    recusedIds: core.view.recusedMemberIds,
    ballots: core.ballots,
    writtenOpinionIds: core.writtenOpinionIds,
    legacyFractions: rules.legacyFractions,
  });
  const next = { ...core, tally: t };
  const { rule: _rule, ...counts } = t;
  return {
    core: next,
    events: [...events, inStage(next, t.passed ? 'vote_passed' : 'vote_failed', { payload: { tally: counts } })],
    next: t.passed ? advanceFrom(rules, 'council_review') : { kind: 'end', status: 'rejected', action: 'rejected', reason: 'council vote failed' },
  };
}

function ballot(core: NominationCore, rules: NominationRules, kind: 'vote' | 'absent_opinion', memberId: string, choice: VoteChoice): Step {
  const box = {
    memberIds: core.view.councilMemberIds,
    recusedIds: core.view.recusedMemberIds,
    votedMemberIds: core.view.votedMemberIds,
    ballots: core.ballots,
    writtenOpinionIds: core.writtenOpinionIds,
  };
  const cast = castBallot(box, { kind, memberId, choice, secret: rules.voteRule.secret });
  const next: NominationCore = {
    ...core,
    ballots: { ...cast.box.ballots },
    writtenOpinionIds: [...cast.box.writtenOpinionIds],
    view: { ...core.view, votedMemberIds: [...cast.box.votedMemberIds] },
  };
  const events = [inStage(next, cast.event.action, { payload: cast.event.payload })];
  return cast.tallyDue ? tally(next, rules, events) : { core: next, events, next: STAY };
}

/**
 * The pure heart of a nomination: what `command` changes and records. Stage openings that need
 * I/O come back as `next`; the caller does the I/O and then applies `openStage` or `endNomination`.
 */
export function decide(core: NominationCore, rules: NominationRules, command: NominationCommand): Step {
  switch (command.type) {
    case 'submit':
      return { core, events: [inStage(core, 'submitted', { payload: { awardCode: command.awardCode, pipeline: command.pipeline } })], next: advanceFrom(rules, 'unit_proposal') };
    case 'resubmit':
      // The appraisal clock restarts: a new epoch with a fresh SLA.
      return { core, events: [inStage(core, 'resubmitted', { reason: command.reason })], next: { kind: 'open', stage: 'appraisal' } };
    case 'withdraw':
      return { core, events: [], next: { kind: 'end', status: 'withdrawn', action: 'withdrawn', reason: command.reason } };
    case 'vote':
    case 'absent_opinion':
      return ballot(core, rules, command.type, command.memberId, command.choice);
    case 'close_voting':
      return tally(core, rules, [inStage(core, 'voting_closed')]);
    case 'appraise': {
      const events = [inStage(core, `appraisal_${command.decision}`, { reason: command.reason, payload: { items: command.items, failedChecks: command.failedChecks } })];
      if (command.override) events.push(inStage(core, 'check_overridden', { reason: command.override, payload: { failedChecks: command.failedChecks } }));
      const next: NextStep =
        command.decision === 'reject'
          ? { kind: 'end', status: 'rejected', action: 'rejected', reason: command.reason }
          : command.decision === 'supplement'
            ? { kind: 'open', stage: 'supplement' }
            : advanceFrom(rules, 'appraisal');
      return { core, events, next };
    }
    case 'return':
      return { core, events: [inStage(core, 'returned_to_appraisal', { reason: command.reason })], next: { kind: 'open', stage: 'appraisal' } };
    case 'reserve': {
      const next = { ...core, view: { ...core.view, reservedByDecisionId: command.decisionId } };
      return { core: next, events: [inStage(next, 'reserved_for_decision', { payload: { decisionId: command.decisionId } })], next: STAY };
    }
    case 'release': {
      const next = { ...core, view: { ...core.view, reservedByDecisionId: null } };
      return { core: next, events: [inStage(next, 'reservation_released', { payload: { decisionId: command.decisionId } })], next: STAY };
    }
    case 'sign': {
      const { decisionId, decisionNumber } = command;
      const next = { ...core, decisionId, decisionNumber, view: { ...core.view, reservedByDecisionId: null } };
      return { core: next, events: [inStage(next, 'signed', { payload: { decisionId, decisionNumber } })], next: advanceFrom(rules, 'signing') };
    }
    case 'external_decision': {
      const payload = { outcome: command.outcome, decisionNumber: command.decisionNumber };
      if (command.outcome === 'refused') {
        return { core, events: [inStage(core, 'central_refused', { reason: command.reason, payload })], next: { kind: 'end', status: 'rejected', action: 'rejected', reason: command.reason } };
      }
      const next = { ...core, decisionNumber: command.decisionNumber };
      return { core: next, events: [inStage(next, 'central_awarded', { payload })], next: { kind: 'end', status: 'awarded', action: 'awarded', reason: null } };
    }
    case 'deadline_breached': {
      const events = [inStage(core, 'deadline_breached', { payload: { dueAt: command.dueAt, action: command.onBreach } })];
      if (command.onBreach === 'tally') return tally(core, rules, events);
      if (command.onBreach === 'expire') return { core, events, next: { kind: 'end', status: 'expired', action: 'expired', reason: 'the unit did not resubmit before the deadline' } };
      return { core, events, next: STAY };
    }
  }
}

/** What opening a stage found out by I/O: when, its council (council review only), its due date. */
export interface StageOpening {
  stage: StageKind;
  openedAt: string;
  council: { councilId: string; memberIds: string[]; recusedIds: string[] } | null;
  dueAt: string | null;
}

/** Opens a stage: a new epoch, its council, its signing authority, fresh ballots. */
export function openStage(core: NominationCore, rules: NominationRules, o: StageOpening): { core: NominationCore; events: TransitionEvent[] } {
  const def = rules.pipeline.stages.find((st) => st.kind === o.stage);
  const before = core.view.stage;
  const authority = o.stage === 'signing' ? (def?.authority === 'UNIT' ? rules.unitCode : (def?.authority ?? null)) : null;
  const next: NominationCore = {
    ...core,
    view: {
      ...core.view,
      stage: o.stage,
      status: 'in_progress',
      councilMemberIds: o.council?.memberIds ?? [],
      recusedMemberIds: o.council?.recusedIds ?? [],
      votedMemberIds: [],
      signingAuthority: authority,
    },
    stageOpenedAt: o.openedAt,
    stageEpoch: core.stageEpoch + 1,
    ballots: {},
    writtenOpinionIds: [],
    tally: o.stage === 'council_review' ? null : core.tally,
  };
  const events: TransitionEvent[] = [{ action: 'stage_opened', stageBefore: before, stageAfter: o.stage, reason: null, payload: { dueAt: o.dueAt, epoch: next.stageEpoch } }];
  if (o.council) {
    const { councilId, memberIds, recusedIds } = o.council;
    events.push({ action: 'council_pinned', stageBefore: o.stage, stageAfter: o.stage, reason: null, payload: { councilId, members: memberIds.length, recused: recusedIds.length } });
  }
  return { core: next, events };
}

/** Ends the nomination: no stage any more, a terminal status. */
export function endNomination(core: NominationCore, end: Extract<NextStep, { kind: 'end' }>): { core: NominationCore; events: TransitionEvent[] } {
  const before = core.view.stage;
  const next = { ...core, view: { ...core.view, stage: null, status: end.status } };
  return { core: next, events: [{ action: end.action, stageBefore: before, stageAfter: null, reason: end.reason, payload: {} }] };
}
