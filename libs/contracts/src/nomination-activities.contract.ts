import type { DeadlinePlan, NominationView, PipelineDefinition, StageKind, VoteRule } from '#ktf/domain';
import type { DecisionRecord, TakeNumberInput } from './decision-workflow.contract';

/** The rules a nomination pins when it starts: later catalog edits never change them. */
export interface NominationContext {
  nominationId: string;
  unitId: string;
  unitCode: string;
  awardCode: string;
  voteRule: VoteRule;
  pipeline: PipelineDefinition;
}

export interface CouncilPin {
  councilId: string;
  memberIds: string[];
  recusedIds: string[];
}

/** The rules a nomination pins, as its unit, award type and the award's pipeline give them. */
export function nominationContextOf(
  nominationId: string,
  unit: { id: string; code: string },
  award: { code: string; voteRule: VoteRule },
  pipeline: PipelineDefinition,
): NominationContext {
  return { nominationId, unitId: unit.id, unitCode: unit.code, awardCode: award.code, voteRule: award.voteRule, pipeline };
}

/**
 * What the API read to accept a submission it starts the workflow with: the rules the nomination
 * pins and, for the stage the submission opens, the council's pin (null: not a council review).
 * `opening` is null when the submission opens no stage.
 */
export interface SubmissionContext {
  ctx: NominationContext;
  opening: { stage: StageKind; pin: CouncilPin | null } | null;
}

/**
 * What a nomination started with its submission reads at once (when the API did not hand it a
 * SubmissionContext): its rules, and for the stage the submission opens, the council's pin and
 * the deadline's plan (planned at `plannedAt`, workflow time). `opening` is null when the
 * submission opens no stage or its pin is refused: the submission then reads them itself, and
 * is refused there, as a draft's submission is.
 */
export interface SubmissionReads {
  ctx: NominationContext;
  opening: { stage: StageKind; pin: CouncilPin | null; plan: DeadlinePlan | null; plannedAt: string } | null;
}

export interface AuditEventDraft {
  sequence: number;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  stageBefore: StageKind | null;
  stageAfter: StageKind | null;
  reason: string | null;
  payload: Record<string, unknown>;
}

/** The read-model row fields a transition writes (only with a newer transition number). */
export interface NominationProjection extends NominationView {
  transition: number;
  stageOpenedAt: string | null;
  pipelineCode: string;
  pipelineVersion: number;
  tally: unknown;
  decisionId: string | null;
  decisionNumber: string | null;
  lastActorId: string | null;
  lastAction: string | null;
  /** Increments on every stage entry (including supplement rounds): keys stage visits and reminders. */
  stageEpoch: number;
  dueAt: string | null;
  breachedAt: string | null;
}

export interface RecordTransitionInput {
  nominationId: string;
  workflowId: string;
  runId: string;
  projection: NominationProjection;
  events: AuditEventDraft[];
  /** Set when the nomination is awarded: write the award registry in the same transaction. */
  award?: { decisionId: string | null; decisionNumber: string; awardedAt: string };
  /**
   * The notices this transition raises, stored in its transaction (an outbox): they read the
   * new read model, and a notice exists exactly when its transition does.
   */
  notices: NotifyInput[];
  /**
   * What the workflow did to make this transition, kept on the read-model row until the next
   * transition: if the workflow never learns that this one was stored (its Update lost with
   * the task that recorded it), it takes the command again from here (see OrphanTransition).
   */
  command?: TransitionCommand;
  /**
   * A decision of this nomination alone (Update signDecisionAlone): its reservation's transaction
   * also takes the decision's number, its signature's also seals it, so each step is one commit.
   */
  decision?: TransitionDecisionStep;
  /**
   * The stage this transition opens, whose deadline the recording plans (working days over the
   * holidays as they are now) and fills in before it writes: the row's due date, the
   * `stage_opened` event's and its notices' (withDueDate). Saves the workflow a round of local
   * activities per stage opening (issue 18); the plan comes back in `RecordedTransition.plan`.
   */
  plansDeadline?: PlanDeadlineInput;
}

/**
 * `t` with the due date of the stage it opens filled in where the opening left it null: the
 * row's, the `stage_opened` event's of its epoch, and that event's notices. The recording writes
 * this; the workflow answers with it (one function, so both say the same).
 */
export function withDueDate(t: RecordTransitionInput, dueAt: string | null): RecordTransitionInput {
  const epoch = t.projection.stageEpoch;
  return {
    ...t,
    projection: { ...t.projection, dueAt },
    events: t.events.map((e) => (e.action === 'stage_opened' && e.payload.epoch === epoch ? { ...e, payload: { ...e.payload, dueAt } } : e)),
    notices: t.notices.map((n) => (n.event === 'stage_opened' && n.epoch === epoch ? { ...n, dueAt } : n)),
  };
}

/** What a decision of one nomination does in its transition's transaction (once per decision id either way). */
export type TransitionDecisionStep = { number: TakeNumberInput } | { seal: { decisionId: string; actorId: string } };

/** An action the workflow can take again: an Update (by name, with its request) or a deadline timer. */
export type TransitionCommand =
  | { kind: 'update'; update: string; updateId: string | null; request: unknown }
  | { kind: 'reminder'; offset: number }
  | { kind: 'breach' };

/**
 * A whole transition stored under the number the workflow was about to use, with other content,
 * and its command: the task that recorded it was lost with its Update (a Temporal restart after
 * the commit). Nothing of the new transition was written; the workflow takes `command` first.
 */
export interface OrphanTransition {
  transition: number;
  command: TransitionCommand;
}

export interface RecordedTransition {
  /** Stored notifications still to be emailed (empty unless SMTP is configured). */
  emailIds: string[];
  /**
   * Set when this transition was already recorded with other times: a local activity whose
   * workflow task was lost after the commit runs again with the retried task's clock. The
   * stored record stands; the workflow adopts its times.
   */
  adopted?: AdoptedRecord;
  /** The row's `updated_at` as this call wrote it (absent when the row already held this transition or a newer one). */
  updatedAt?: string;
  /** Set instead of writing anything when an orphan holds this transition's number. */
  orphan?: OrphanTransition;
  /** The decision as its step (`decision` of the input) left it. */
  decision?: DecisionRecord;
  /** The deadline `plansDeadline` asked for, as this call planned it (a transition stored already has the same due date, or its content would differ). */
  plan?: DeadlinePlan;
}

/** The times a transition was first recorded with, as stored. */
export interface AdoptedRecord {
  /** occurredAt of each event of the transition, in order. */
  occurredAt: string[];
  /** The read model's times, when its row holds this transition. */
  stageOpenedAt?: string | null;
  breachedAt?: string | null;
}

export interface PlanDeadlineInput {
  openedAt: string;
  slaWorkingDays: number;
  reminderOffsets: number[];
}

/** Move an existing deadline: to an instant, or by working days after the current due date. */
export interface ExtendDeadlineInput {
  currentDueAt: string;
  dueAt?: string;
  extendByWorkingDays?: number;
  reminderOffsets: number[];
  now: string;
}

/** `assigned`: a pending task was passed to `recipientId` (a reassignment), who is told at once. */
export type NotificationEvent = 'stage_opened' | 'reminder' | 'breach' | 'result' | 'assigned';

export interface NotifyInput {
  nominationId: string;
  event: NotificationEvent;
  stage: StageKind | null;
  epoch: number;
  /** reminder: working days before the due date. */
  offset?: number;
  /** breach: the role to escalate to. */
  escalateTo?: string;
  /** breach: the deadline version that was breached (an extended deadline can breach again). */
  deadlineVersion?: number;
  dueAt?: string | null;
  /** assigned: the person the task passed to. */
  recipientId?: string;
}

/**
 * What makes a notice the same notice: its nomination, stage epoch, event, reminder offset and,
 * for a breach, the deadline version (for a task passed on, its new holder). Both the stored row and the email are once per key.
 */
export function notificationKey(input: Pick<NotifyInput, 'nominationId' | 'epoch' | 'event' | 'offset' | 'deadlineVersion' | 'recipientId'>): string {
  const base = `${input.nominationId}:${input.epoch}:${input.event}:${input.offset ?? ''}`;
  // A task passed to someone is told to them once per stage epoch.
  if (input.recipientId !== undefined) return `${base}:to-${input.recipientId}`;
  return input.deadlineVersion === undefined ? base : `${base}:v${input.deadlineVersion}`;
}

export interface NominationActivities {
  /** Working-day arithmetic over the holidays table as it is now (history keeps the answer). */
  planStageDeadline(input: PlanDeadlineInput): Promise<DeadlinePlan>;
  extendDeadline(input: ExtendDeadlineInput): Promise<DeadlinePlan>;
  /** Emails stored notifications, each at most once (slow I/O, retried apart from the transition). */
  deliverEmails(notificationIds: string[]): Promise<void>;
  loadNominationContext(nominationId: string): Promise<NominationContext>;
  /** The context and the submission's opening reads in one go, `at` the workflow's time (SubmissionReads). */
  loadSubmission(input: { nominationId: string; at: string }): Promise<SubmissionReads>;
  /** `unitId`: the nominating unit, as the workflow knows it (absent from runs before the patch: read from the row). */
  pinCouncil(input: { nominationId: string; scope: 'province' | 'unit'; unitId?: string }): Promise<CouncilPin>;
  recordTransition(input: RecordTransitionInput): Promise<RecordedTransition>;
  /** The orphan stored under `transition`, if the read model's newest transition is one (with its command). */
  findOrphan(input: { nominationId: string; transition: number }): Promise<OrphanTransition | null>;
}
