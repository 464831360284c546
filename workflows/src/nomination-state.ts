import type { NominationContext, NominationProjection, NominationQuerySnapshot, NominationSnapshot } from '#ktf/contracts';
import type { NominationCore, VoteRule } from '#ktf/domain';

const PLACEHOLDER_RULE: VoteRule = { threshold: 1, comparison: 'at_least', base: 'all_members', quorum: 1, secret: true };

/**
 * Everything the nomination workflow remembers. Small: ids and rules, never documents. The
 * domain's transitions change the core (NominationCore); the rest is clocks and bookkeeping.
 */
export interface NominationState extends NominationCore {
  ctx: NominationContext;
  transition: number;
  auditSequence: number;
  lastActorId: string | null;
  lastAction: string | null;
  deadline: StageDeadline;
}

/** The running stage's deadline: durable timers wait for these instants. */
export interface StageDeadline {
  dueAt: string | null;
  reminders: { offset: number; at: string; sent: boolean }[];
  breachedAt: string | null;
  /** Bumped when an admin moves the deadline, so the waiting loop re-plans. */
  version: number;
}

export const NO_DEADLINE: StageDeadline = { dueAt: null, reminders: [], breachedAt: null, version: 0 };

/** A draft in unit_proposal; `ctx` is filled in once the pinned rules are loaded. */
export function initialState(nominationId: string, unitId: string): NominationState {
  return {
    ctx: { nominationId, unitId, unitCode: '', awardCode: '', voteRule: PLACEHOLDER_RULE, pipeline: { code: '', version: 0, name: '', stages: [] } },
    view: {
      status: 'draft',
      stage: 'unit_proposal',
      unitId,
      councilMemberIds: [],
      recusedMemberIds: [],
      votedMemberIds: [],
      signingAuthority: null,
      reservedByDecisionId: null,
      actorDuties: {},
      appraiserId: null,
    },
    transition: 0,
    auditSequence: 0,
    stageOpenedAt: null,
    ballots: {},
    writtenOpinionIds: [],
    tally: null,
    decisionId: null,
    decisionNumber: null,
    lastActorId: null,
    lastAction: null,
    stageEpoch: 0,
    deadline: { ...NO_DEADLINE },
  };
}

export function snapshotOf(s: NominationState): NominationSnapshot {
  return {
    nominationId: s.ctx.nominationId,
    status: s.view.status,
    stage: s.view.stage,
    transition: s.transition,
    tally: s.tally,
    decisionId: s.decisionId,
    decisionNumber: s.decisionNumber,
    dueAt: s.deadline.dueAt,
  };
}

export function querySnapshotOf(s: NominationState): NominationQuerySnapshot {
  return { ...snapshotOf(s), reservedByDecisionId: s.view.reservedByDecisionId };
}

export function projectionOf(s: NominationState): NominationProjection {
  return {
    ...s.view,
    councilMemberIds: [...s.view.councilMemberIds],
    recusedMemberIds: [...s.view.recusedMemberIds],
    votedMemberIds: [...s.view.votedMemberIds],
    actorDuties: { ...s.view.actorDuties },
    transition: s.transition,
    stageOpenedAt: s.stageOpenedAt,
    pipelineCode: s.ctx.pipeline.code,
    pipelineVersion: s.ctx.pipeline.version,
    tally: s.tally,
    decisionId: s.decisionId,
    decisionNumber: s.decisionNumber,
    lastActorId: s.lastActorId,
    lastAction: s.lastAction,
    stageEpoch: s.stageEpoch,
    dueAt: s.deadline.dueAt,
    breachedAt: s.deadline.breachedAt,
  };
}
