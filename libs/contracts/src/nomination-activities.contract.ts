import type { NominationView, PipelineDefinition, StageKind, VoteRule } from '#ktf/domain';

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
}

export interface RecordTransitionInput {
  nominationId: string;
  workflowId: string;
  runId: string;
  projection: NominationProjection;
  events: AuditEventDraft[];
  /** Set when the nomination is awarded: write the award registry in the same transaction. */
  award?: { decisionId: string | null; decisionNumber: string; awardedAt: string };
}

export interface NominationActivities {
  loadNominationContext(nominationId: string): Promise<NominationContext>;
  pinCouncil(input: { nominationId: string; scope: 'province' | 'unit' }): Promise<CouncilPin>;
  recordTransition(input: RecordTransitionInput): Promise<void>;
}
