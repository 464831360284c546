import { EntityManager } from 'typeorm';
import type { AuditSubjectType } from '#ktf/domain';
import { auditHash, GENESIS_HASH, HashedAuditFields } from './audit-hash';

/** An event numbered by its producer (the nomination workflow owns its chain's sequence). */
export type AuditAppend = HashedAuditFields;

/** An event for `appendNext`: the chain gives the sequence, the clock the time if absent. */
export interface NewAuditEvent {
  occurredAt?: string;
  actorId?: string | null;
  actorRole?: string | null;
  action: string;
  stageBefore?: string | null;
  stageAfter?: string | null;
  reason?: string | null;
  payload?: Record<string, unknown>;
  workflowId?: string | null;
  runId?: string | null;
}

/** Chains the appender numbers itself; `nomination` chains are numbered by their workflow. */
export type AppendNextSubjectType = Exclude<AuditSubjectType, 'nomination'>;

export interface AppendedAuditEvent {
  id: string;
  subjectType: string;
  subjectId: string;
  sequence: number;
  occurredAt: string;
  prevHash: string;
  hash: string;
}

const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * Serialises every writer of one chain, across processes, until the caller's transaction
 * ends: a transaction-scoped advisory lock keyed by the subject. Must run in a transaction.
 */
export async function lockAuditChain(m: EntityManager, subjectType: string, subjectId: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || $2, 0))`, [subjectType, subjectId]);
}

/**
 * Appends one workflow-numbered event inside the caller's transaction. Idempotent: when
 * (subject, sequence) exists with the same content (a retried activity), nothing is written;
 * different content fails loudly instead of being skipped. A missing predecessor fails, so
 * a retry never skips one.
 */
export async function appendAuditEvent(m: EntityManager, e: AuditAppend): Promise<'inserted' | 'exists'> {
  await lockAuditChain(m, e.subjectType, e.subjectId);
  const existing: { prev_hash: string; hash: string }[] = await m.query(
    `SELECT prev_hash, hash FROM audit_events WHERE subject_type=$1 AND subject_id=$2 AND sequence=$3`,
    [e.subjectType, e.subjectId, e.sequence],
  );
  if (existing.length > 0) {
    if (auditHash(e, existing[0].prev_hash) !== existing[0].hash) {
      throw new Error(`audit chain ${e.subjectType}/${e.subjectId}: event ${e.sequence} exists with different content`);
    }
    return 'exists';
  }
  let prevHash = GENESIS_HASH;
  if (e.sequence > 1) {
    const prev: { hash: string }[] = await m.query(
      `SELECT hash FROM audit_events WHERE subject_type=$1 AND subject_id=$2 AND sequence=$3`,
      [e.subjectType, e.subjectId, e.sequence - 1],
    );
    if (prev.length === 0) {
      throw new Error(`audit chain ${e.subjectType}/${e.subjectId}: event ${e.sequence - 1} missing before ${e.sequence}`);
    }
    prevHash = prev[0].hash;
  }
  await insertAuditRow(m, e, prevHash);
  return 'inserted';
}

/**
 * Appends an event at the end of its chain, taking the next sequence under the chain's
 * advisory lock, so concurrent API processes never collide. Runs in the caller's
 * transaction. Not for `nomination` chains (the type refuses them): their workflow numbers them.
 */
export async function appendNextAuditEvent(
  m: EntityManager,
  subjectType: AppendNextSubjectType,
  subjectId: string,
  event: NewAuditEvent,
): Promise<AppendedAuditEvent> {
  await lockAuditChain(m, subjectType, subjectId);
  const [last]: { sequence: number; hash: string; occurred_at: string }[] = await m.query(
    `SELECT sequence, hash, to_char(occurred_at AT TIME ZONE 'UTC', ${ISO_MS}) AS occurred_at
       FROM audit_events WHERE subject_type=$1 AND subject_id=$2 ORDER BY sequence DESC LIMIT 1`,
    [subjectType, subjectId],
  );
  // Never earlier than the previous event: clocks of two API hosts may differ by a few
  // milliseconds, and time-range exports rely on a chain's times not going backwards.
  const now = (event.occurredAt ? new Date(event.occurredAt) : new Date()).toISOString();
  const row: AuditAppend = {
    subjectType,
    subjectId,
    sequence: (last?.sequence ?? 0) + 1,
    occurredAt: last && last.occurred_at > now ? last.occurred_at : now,
    actorId: event.actorId ?? null,
    actorRole: event.actorRole ?? null,
    action: event.action,
    stageBefore: event.stageBefore ?? null,
    stageAfter: event.stageAfter ?? null,
    reason: event.reason ?? null,
    payload: event.payload ?? {},
    workflowId: event.workflowId ?? null,
    runId: event.runId ?? null,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const { id, hash } = await insertAuditRow(m, row, prevHash);
  return { id, subjectType, subjectId, sequence: row.sequence, occurredAt: row.occurredAt, prevHash, hash };
}

/**
 * appendNext for writers that may run twice (activity retries): the event carries
 * `idempotencyKey` in its payload and is skipped when the chain already holds that key.
 */
export async function appendNextAuditEventOnce(
  m: EntityManager,
  subjectType: AppendNextSubjectType,
  subjectId: string,
  idempotencyKey: string,
  event: NewAuditEvent,
): Promise<AppendedAuditEvent | null> {
  await lockAuditChain(m, subjectType, subjectId);
  const seen: unknown[] = await m.query(
    `SELECT 1 FROM audit_events WHERE subject_type=$1 AND subject_id=$2 AND payload->>'idempotencyKey' = $3 LIMIT 1`,
    [subjectType, subjectId, idempotencyKey],
  );
  if (seen.length > 0) return null;
  return appendNextAuditEvent(m, subjectType, subjectId, { ...event, payload: { ...event.payload, idempotencyKey } });
}

/** Writes exactly the values that were hashed (absent nullables as NULL, payload {} by default). */
async function insertAuditRow(m: EntityManager, e: AuditAppend, prevHash: string): Promise<{ id: string; hash: string }> {
  const hash = auditHash(e, prevHash);
  const [{ id }]: { id: string }[] = await m.query(
    `INSERT INTO audit_events (subject_type, subject_id, sequence, occurred_at, actor_id, actor_role, action,
       stage_before, stage_after, reason, payload, workflow_id, run_id, prev_hash, hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) RETURNING id::text AS id`,
    [
      e.subjectType, e.subjectId, e.sequence, e.occurredAt, e.actorId ?? null, e.actorRole ?? null, e.action,
      e.stageBefore ?? null, e.stageAfter ?? null, e.reason ?? null, JSON.stringify(e.payload ?? {}),
      e.workflowId ?? null, e.runId ?? null, prevHash, hash,
    ],
  );
  return { id, hash };
}
