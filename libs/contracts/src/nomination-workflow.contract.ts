import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor, CouncilScope, NominationStatus, ReassignableTask, StageKind, Tally, VoteChoice } from '#ktf/domain';
import type { NominationProjection, SubmissionContext } from './nomination-activities.contract';
import type { DecisionKind, SigningAs } from './decision-workflow.contract';

/**
 * Workflow input: ids, and for a creation with its submission the rules the API has just read to
 * accept it (small: the history held them once either way, in the read's marker); otherwise the
 * workflow loads and pins the rules itself.
 */
export interface NominationWorkflowInput {
  nominationId: string;
  /** The nominating unit: validators need it before the rules are loaded. */
  unitId: string;
  createdBy: Actor;
  /**
   * Started with its submission (the API's update-with-start): the first read also takes what
   * the submission's stage opening needs. False for a draft; absent in runs from before.
   */
  submitting?: boolean;
  /**
   * Started with its submission: what the API read to accept it (the rules, the council's pin),
   * taken instead of reading them again (issue 18). Absent: the workflow reads them itself.
   */
  submission?: SubmissionContext;
}

/** Every Update carries the authenticated actor (from the JWT, via the API). */
export interface ActorRequest {
  actor: Actor;
  signerAuthority?: string | null;
  /**
   * The read model's transition number the caller acted on. Ahead of the workflow's own only
   * when an orphan transition is stored (see OrphanTransition): the workflow takes it first,
   * then judges the request, instead of refusing it by a state that lacks the orphan.
   */
  seenTransition?: number;
  /**
   * A repeat of a request the read model already refuses (its stage moved on, perhaps by this very
   * request): never taken as a new action. Answered only if this Update id's transition is stored
   * as an orphan (taken first, then answered); refused otherwise, as the read model refuses it.
   */
  replayOnly?: boolean;
}

export interface VoteRequest extends ActorRequest {
  choice: VoteChoice;
}
export interface ReasonRequest extends ActorRequest {
  reason?: string;
}
export interface AppraisalRequest extends ActorRequest {
  decision: 'approve' | 'supplement' | 'reject';
  reason: string;
  items?: string[];
  /** Checks that failed when the appraiser decided (codes), and the reason to approve anyway. */
  failedChecks?: string[];
  override?: string;
}
export interface ReserveRequest extends ActorRequest {
  decisionId: string;
}
export interface SignRequest extends ActorRequest {
  decisionId: string;
  decisionNumber: string;
  signedAt: string;
}
/**
 * A decision of this one nomination, signed by the nomination itself (see signDecisionAloneUpdate):
 * what the decision workflow would number it with.
 */
export interface SignAloneRequest extends ActorRequest {
  decisionId: string;
  kind: DecisionKind;
  authority: string;
  /** How the signer signs for `authority`; absent: directly. */
  signing?: SigningAs;
}
export interface ExternalDecisionRequest extends ActorRequest {
  outcome: 'awarded' | 'refused';
  decisionNumber?: string;
  reason?: string;
}

/** What every Update returns: the state after the transition, already projected and audited. */
export interface NominationSnapshot {
  nominationId: string;
  status: NominationStatus;
  stage: StageKind | null;
  transition: number;
  tally: Tally | null;
  decisionId: string | null;
  decisionNumber: string | null;
  dueAt: string | null;
  /**
   * What the Update's own transition wrote, as stored: the API answers the action with it
   * instead of reading the nomination again. Absent when the write was an earlier attempt's.
   */
  written?: WrittenTransition;
}

/** A person's event of a transition as the trail shows it (no reason, no payload: a vote's choice stays out of the API). */
export interface WrittenPersonEvent {
  action: string;
  actorId: string;
  actorRole: string | null;
  occurredAt: string;
  stageBefore: StageKind | null;
  stageAfter: StageKind | null;
}

export interface WrittenTransition {
  /** The read-model row's workflow-owned fields, as written. */
  projection: NominationProjection;
  /** The row's updated_at, as written. */
  updatedAt: string;
  /** The chain's sequences this transition took (first and last, inclusive). */
  firstSequence: number;
  lastSequence: number;
  /** Its events that a person took (the trail the API shows), in order. */
  personEvents: WrittenPersonEvent[];
}

/** What the snapshot query answers: the snapshot, and the decision being signed over it (or null). */
export interface NominationQuerySnapshot extends NominationSnapshot {
  reservedByDecisionId: string | null;
}

export const submitUpdate = defineUpdate<NominationSnapshot, [ActorRequest]>('submit');
export const voteUpdate = defineUpdate<NominationSnapshot, [VoteRequest]>('vote');
export const closeVotingUpdate = defineUpdate<NominationSnapshot, [ActorRequest]>('closeVoting');
export const appraiseUpdate = defineUpdate<NominationSnapshot, [AppraisalRequest]>('appraise');
export const resubmitUpdate = defineUpdate<NominationSnapshot, [ReasonRequest]>('resubmit');
export const withdrawUpdate = defineUpdate<NominationSnapshot, [ReasonRequest]>('withdraw');
export const returnUpdate = defineUpdate<NominationSnapshot, [ReasonRequest]>('return');
/** Batch signing, phase 1: lock the nomination for one decision (nothing else may act on it). */
export const reserveForDecisionUpdate = defineUpdate<NominationSnapshot, [ReserveRequest]>('reserveForDecision');
/** Batch signing, phase 1 undo: another nomination of the batch was refused. */
export const releaseReservationUpdate = defineUpdate<NominationSnapshot, [ReserveRequest]>('releaseReservation');
/** Batch signing, phase 2: the decision has its number; the nomination is awarded or submitted. */
export const signUpdate = defineUpdate<NominationSnapshot, [SignRequest]>('sign');
/**
 * A decision over this nomination alone, in one Update: the same steps as a batch (reserve, take
 * the number, sign, seal), taken by the one participant itself in two commits (reservation with
 * number, signature with seal), so no decision workflow and no second Update are needed. Each
 * commit leaves the state a batch's steps would, so a lost Update is finished as a batch's is.
 */
export const signDecisionAloneUpdate = defineUpdate<NominationSnapshot, [SignAloneRequest]>('signDecisionAlone');
export const externalDecisionUpdate = defineUpdate<NominationSnapshot, [ExternalDecisionRequest]>('externalDecision');

export interface ExtendDeadlineRequest extends ActorRequest {
  dueAt?: string;
  extendByWorkingDays?: number;
  reason: string;
}
/** An admin moves the running stage's deadline; the durable timer follows it. */
export const extendDeadlineUpdate = defineUpdate<NominationSnapshot, [ExtendDeadlineRequest]>('extendDeadline');

export interface ScheduleVotingRequest extends ActorRequest {
  sessionId: string;
  votingDeadline: string;
}
/** The secretary puts the nomination on a council session: voting closes at its deadline. */
export const scheduleVotingUpdate = defineUpdate<NominationSnapshot, [ScheduleVotingRequest]>('scheduleVoting');

export interface AbsentOpinionRequest extends ActorRequest {
  memberId: string;
  choice: VoteChoice;
}
/** The secretary records an absent member's written opinion (counts in the vote, not the quorum). */
export const recordAbsentOpinionUpdate = defineUpdate<NominationSnapshot, [AbsentOpinionRequest]>('recordAbsentOpinion');

export interface ReassignRequest extends ActorRequest {
  task: ReassignableTask;
  /** Who holds the task now, and who takes it over (as the directory has them today). */
  from: Actor;
  to: Actor;
  reason: string;
  /** Reference facts the validator cannot read itself: whose council votes, and its active members. */
  councilScope: CouncilScope;
  councilRosterIds: string[];
}
/** A pending vote or appraisal passes to another eligible person (by an admin, or the holder going on leave). */
export const reassignUpdate = defineUpdate<NominationSnapshot, [ReassignRequest]>('reassign');

export const snapshotQuery = defineQuery<NominationQuerySnapshot>('snapshot');
