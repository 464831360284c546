import { EntityManager } from 'typeorm';
import { auditHash, GENESIS_HASH, HashedAuditFields } from './audit-hash';

export type AuditAppend = Omit<HashedAuditFields, 'occurredAt'> & { occurredAt: string };

/**
 * Appends one event to its subject's chain inside the caller's transaction. Idempotent:
 * an event whose (subject, sequence) exists is left as it is, so a retried activity
 * never duplicates one. A missing predecessor fails, so a retry never skips one.
 */
export async function appendAuditEvent(m: EntityManager, e: AuditAppend): Promise<'inserted' | 'exists'> {
  const existing = await m.query(
    `SELECT 1 FROM audit_events WHERE subject_type=$1 AND subject_id=$2 AND sequence=$3`,
    [e.subjectType, e.subjectId, e.sequence],
  );
  if (existing.length > 0) return 'exists';
  let prevHash = GENESIS_HASH;
  if (e.sequence > 1) {
    const prev = await m.query(
      `SELECT hash FROM audit_events WHERE subject_type=$1 AND subject_id=$2 AND sequence=$3`,
      [e.subjectType, e.subjectId, e.sequence - 1],
    );
    if (prev.length === 0) {
      throw new Error(`audit chain ${e.subjectType}/${e.subjectId}: event ${e.sequence - 1} missing before ${e.sequence}`);
    }
    prevHash = prev[0].hash;
  }
  const hash = auditHash(e, prevHash);
  const inserted = await m.query(
    `INSERT INTO audit_events (subject_type, subject_id, sequence, occurred_at, actor_id, actor_role, action,
       stage_before, stage_after, reason, payload, workflow_id, run_id, prev_hash, hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)
     ON CONFLICT (subject_type, subject_id, sequence) DO NOTHING RETURNING id`,
    [
      e.subjectType, e.subjectId, e.sequence, e.occurredAt, e.actorId, e.actorRole, e.action,
      e.stageBefore, e.stageAfter, e.reason, JSON.stringify(e.payload ?? {}), e.workflowId, e.runId, prevHash, hash,
    ],
  );
  return inserted.length > 0 ? 'inserted' : 'exists';
}
