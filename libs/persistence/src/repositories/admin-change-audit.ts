import { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../audit';

/** Admin edits of reference data are chained under this subject type, one chain per record. */
export const ADMIN_AUDIT_SUBJECT_TYPE = 'catalog';

/** Who changed which record, and how (`payload` carries what it was and what it became). */
export interface AdminChange {
  actorId: string;
  actorRole: string;
  /** `award_type:<code>`, `pipeline:<code>`, `unit:<id>`, `user:<id>`, `council:<id>`. */
  subjectId: string;
  action: string;
  payload: Record<string, unknown>;
}

/** The actor part of an AdminChange, as callers pass it to the admin repositories. */
export type AdminActor = Pick<AdminChange, 'actorId' | 'actorRole'>;

/**
 * Appends an admin change to its record's audit chain inside the caller's transaction, so a
 * change and its audit event commit together or not at all. This is the one place admin
 * writes reach the audit trail.
 */
export async function appendAdminChange(m: EntityManager, c: AdminChange): Promise<void> {
  // Serialises appends to one chain: the next sequence is read only after the lock is held.
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`audit:${ADMIN_AUDIT_SUBJECT_TYPE}:${c.subjectId}`]);
  const [{ last }]: { last: number }[] = await m.query(
    `SELECT coalesce(max(sequence), 0)::int AS last FROM audit_events WHERE subject_type=$1 AND subject_id=$2`,
    [ADMIN_AUDIT_SUBJECT_TYPE, c.subjectId],
  );
  const result = await appendAuditEvent(m, {
    subjectType: ADMIN_AUDIT_SUBJECT_TYPE,
    subjectId: c.subjectId,
    sequence: last + 1,
    occurredAt: new Date().toISOString(),
    actorId: c.actorId,
    actorRole: c.actorRole,
    action: c.action,
    stageBefore: null,
    stageAfter: null,
    reason: null,
    payload: c.payload,
    workflowId: null,
    runId: null,
  });
  // Under the lock the sequence is free; finding it taken means a writer bypassed the lock,
  // and silently dropping this event would leave the change unaudited.
  if (result !== 'inserted') throw new Error(`audit chain ${ADMIN_AUDIT_SUBJECT_TYPE}/${c.subjectId}: sequence ${last + 1} was taken concurrently`);
}
