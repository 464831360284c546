import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Duty, NominationStatus, StageKind } from '#ktf/domain';

/** The nomination read model: a projection of its workflow, plus the dossier content. */
@Entity('nominations')
export class NominationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'text', name: 'workflow_id' }) workflowId!: string;
  @Column({ type: 'uuid', name: 'unit_id' }) unitId!: string;
  @Column({ type: 'text', name: 'award_code' }) awardCode!: string;
  @Column('text') subject!: 'individual' | 'collective';
  @Column('jsonb') nominee!: Record<string, unknown>;
  @Column({ type: 'text', name: 'nominee_name' }) nomineeName!: string;
  @Column({ type: 'text', name: 'nominee_search' }) nomineeSearch!: string;
  @Column('text') achievements!: string;
  @Column('int') year!: number;
  @Column({ type: 'uuid', name: 'campaign_id', nullable: true }) campaignId!: string | null;
  @Column({ type: 'text', name: 'idempotency_key', nullable: true }) idempotencyKey!: string | null;
  @Column({ type: 'uuid', name: 'created_by' }) createdBy!: string;
  @Column({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
  @Column({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
  @Column('text') status!: NominationStatus;
  @Column({ type: 'text', nullable: true }) stage!: StageKind | null;
  @Column({ type: 'timestamptz', name: 'stage_opened_at', nullable: true }) stageOpenedAt!: Date | null;
  @Column({ type: 'timestamptz', name: 'due_at', nullable: true }) dueAt!: Date | null;
  @Column({ type: 'uuid', name: 'council_member_ids', array: true }) councilMemberIds!: string[];
  @Column({ type: 'uuid', name: 'recused_member_ids', array: true }) recusedMemberIds!: string[];
  @Column({ type: 'uuid', name: 'voted_member_ids', array: true }) votedMemberIds!: string[];
  @Column({ type: 'text', name: 'signing_authority', nullable: true }) signingAuthority!: string | null;
  @Column({ type: 'uuid', name: 'reserved_by_decision_id', nullable: true }) reservedByDecisionId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) tally!: Record<string, unknown> | null;
  @Column({ type: 'uuid', name: 'decision_id', nullable: true }) decisionId!: string | null;
  @Column({ type: 'text', name: 'decision_number', nullable: true }) decisionNumber!: string | null;
  @Column({ type: 'text', name: 'pipeline_code', nullable: true }) pipelineCode!: string | null;
  @Column({ type: 'int', name: 'pipeline_version', nullable: true }) pipelineVersion!: number | null;
  @Column({ type: 'uuid', name: 'last_actor_id', nullable: true }) lastActorId!: string | null;
  @Column({ type: 'text', name: 'last_action', nullable: true }) lastAction!: string | null;
  @Column('int') transition!: number;
  @Column({ type: 'jsonb', name: 'actor_duties' }) actorDuties!: Record<string, Duty>;
  /** The appraiser the appraisal is named to (a reassignment); null: every appraiser holds it. */
  @Column({ type: 'uuid', name: 'appraiser_id', nullable: true }) appraiserId!: string | null;
  @Column({ type: 'int', name: 'stage_epoch' }) stageEpoch!: number;
  @Column({ type: 'timestamptz', name: 'breached_at', nullable: true }) breachedAt!: Date | null;
}
