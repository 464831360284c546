import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Append-only, hash-chained per subject (DESIGN §6). A trigger refuses UPDATE and DELETE. */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryColumn('bigint') id!: string;
  @Column({ type: 'text', name: 'subject_type' }) subjectType!: string;
  @Column({ type: 'text', name: 'subject_id' }) subjectId!: string;
  @Column('int') sequence!: number;
  @Column({ type: 'timestamptz', name: 'occurred_at' }) occurredAt!: Date;
  @Column({ type: 'text', name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column({ type: 'text', name: 'actor_role', nullable: true }) actorRole!: string | null;
  @Column('text') action!: string;
  @Column({ type: 'text', name: 'stage_before', nullable: true }) stageBefore!: string | null;
  @Column({ type: 'text', name: 'stage_after', nullable: true }) stageAfter!: string | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column('jsonb') payload!: Record<string, unknown>;
  @Column({ type: 'text', name: 'workflow_id', nullable: true }) workflowId!: string | null;
  @Column({ type: 'text', name: 'run_id', nullable: true }) runId!: string | null;
  @Column({ type: 'text', name: 'prev_hash' }) prevHash!: string;
  @Column('text') hash!: string;
}
