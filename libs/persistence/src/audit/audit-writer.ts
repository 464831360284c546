import { EntityManager } from 'typeorm';
import type { AuditSubjectType } from '#ktf/domain';
import { auditAppends } from '#ktf/telemetry';
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

export interface AppendResult {
  inserted: number;
  existed: number;
  /** Only when the batch was stored already with other times: the stored `occurredAt` of each event. */
  storedTimes?: string[];
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

/** An event exists under the sequence being appended, with other content: the chain never takes both. */
export class AuditContentConflict extends Error {}

/** to_char format of a timestamptz at UTC as Date#toISOString writes it (milliseconds). */
export const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * Serialises every writer of one chain, across processes, until the caller's transaction
 * ends: a transaction-scoped advisory lock keyed by the subject. Must run in a transaction.
 */
export async function lockAuditChain(m: EntityManager, subjectType: string, subjectId: string): Promise<void> {
  await m.query(`SELECT ${auditChainLockCall('$1')}`, [auditChainLockKey(subjectType, subjectId)]);
}

/** The lock's key, passed as the text parameter of auditChainLockCall (a statement may take the lock itself). */
export function auditChainLockKey(subjectType: string, subjectId: string): string {
  return `${subjectType}:${subjectId}`;
}

/** SQL taking the chain's lock, keyed by the text parameter `param` (its value: auditChainLockKey). */
export function auditChainLockCall(param: string): string {
  return `pg_advisory_xact_lock(hashtextextended(${param}::text, 0))`;
}

/**
 * Appends workflow-numbered events of one chain (consecutive sequences, in order) inside the
 * caller's transaction: one lock, one read and one insert however many events a transition
 * has. Idempotent: an event whose (subject, sequence) exists with the same content (a retried
 * activity) is left alone; different content fails loudly instead of being skipped. A
 * missing predecessor fails, so a retry never skips one.
 *
 * A whole batch that exists with the same content except `occurredAt` is the same transition
 * replayed by a retried workflow task (a local activity runs again with that task's clock):
 * it is left alone too, and `storedTimes` gives the times that stand. A batch only partly
 * stored must match exactly: a transition is written whole or not at all.
 */
export async function appendAuditEvents(m: EntityManager, events: AuditAppend[], options: { chainLocked?: boolean } = {}): Promise<AppendResult> {
  if (events.length === 0) return { inserted: 0, existed: 0 };
  const { subjectType, subjectId } = events[0];
  events.forEach((e, i) => {
    if (e.subjectType !== subjectType || e.subjectId !== subjectId || e.sequence !== events[0].sequence + i) {
      throw new Error(`audit chain ${subjectType}/${subjectId}: a batch must hold consecutive events of one chain`);
    }
  });
  // The caller may have taken the lock in a statement of its own (one round trip less).
  if (!options.chainLocked) await lockAuditChain(m, subjectType, subjectId);
  const first = events[0].sequence;
  const stored: { sequence: number; prev_hash: string; hash: string; occurred_at: string }[] = await m.query(
    `SELECT sequence, prev_hash, hash, to_char(occurred_at AT TIME ZONE 'UTC', ${ISO_MS}) AS occurred_at
       FROM audit_events WHERE subject_type=$1 AND subject_id=$2 AND sequence BETWEEN $3 AND $4`,
    [subjectType, subjectId, first - 1, first + events.length - 1],
  );
  const bySequence = new Map(stored.map((r) => [r.sequence, r]));
  let prevHash: string | undefined = first === 1 ? GENESIS_HASH : bySequence.get(first - 1)?.hash;
  const rows: { e: AuditAppend; prevHash: string; hash: string }[] = [];
  let existed = 0;
  let retimed = false;
  const whole = events.every((e) => bySequence.has(e.sequence));
  for (const e of events) {
    const existing = bySequence.get(e.sequence);
    if (existing) {
      if (auditHash(e, existing.prev_hash) !== existing.hash) {
        const sameButTime = whole && auditHash({ ...e, occurredAt: existing.occurred_at }, existing.prev_hash) === existing.hash;
        if (!sameButTime) throw new AuditContentConflict(`audit chain ${subjectType}/${subjectId}: event ${e.sequence} exists with different content`);
        retimed = true;
      }
      existed += 1;
      prevHash = existing.hash;
      continue;
    }
    if (prevHash === undefined) throw new Error(`audit chain ${subjectType}/${subjectId}: event ${e.sequence - 1} missing before ${e.sequence}`);
    const hash = auditHash(e, prevHash);
    rows.push({ e, prevHash, hash });
    prevHash = hash;
  }
  if (rows.length) {
    const params: unknown[] = [];
    const values = rows.map(({ e, prevHash: prev, hash }) => {
      params.push(
        e.subjectType, e.subjectId, e.sequence, e.occurredAt, e.actorId ?? null, e.actorRole ?? null, e.action,
        e.stageBefore ?? null, e.stageAfter ?? null, e.reason ?? null, JSON.stringify(e.payload ?? {}),
        e.workflowId ?? null, e.runId ?? null, prev, hash,
      );
      const at = params.length - AUDIT_INSERT_COLUMNS;
      return `(${Array.from({ length: AUDIT_INSERT_COLUMNS }, (_, k) => `$${at + k + 1}`).join(',')})`;
    });
    await m.query(`INSERT INTO audit_events (${AUDIT_INSERT_COLUMN_LIST}) VALUES ${values.join(',')}`, params);
    auditAppends.inc({ subject_type: subjectType }, rows.length);
  }
  const storedTimes = retimed ? events.map((e) => bySequence.get(e.sequence)!.occurred_at) : undefined;
  return { inserted: rows.length, existed, ...(storedTimes ? { storedTimes } : {}) };
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
  const [last]: ChainHead[] = await m.query(
    `SELECT sequence, hash, to_char(occurred_at AT TIME ZONE 'UTC', ${ISO_MS}) AS occurred_at
       FROM audit_events WHERE subject_type=$1 AND subject_id=$2 ORDER BY sequence DESC LIMIT 1`,
    [subjectType, subjectId],
  );
  return appendAfter(m, subjectType, subjectId, event, last);
}

/** The newest event of a chain, as appendAfter builds on it. */
interface ChainHead {
  sequence: number;
  hash: string;
  occurred_at: string;
}

/** Inserts `event` right after `last` (undefined: the chain is empty); the chain's lock is held. */
async function appendAfter(m: EntityManager, subjectType: AppendNextSubjectType, subjectId: string, event: NewAuditEvent, last: ChainHead | undefined): Promise<AppendedAuditEvent> {
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
 * Three statements: the lock (alone, so what follows reads after the previous holder's commit),
 * whether the key is there with the chain's head, the insert (a transition's notices each take one).
 */
export async function appendNextAuditEventOnce(
  m: EntityManager,
  subjectType: AppendNextSubjectType,
  subjectId: string,
  idempotencyKey: string,
  event: NewAuditEvent,
): Promise<AppendedAuditEvent | null> {
  await lockAuditChain(m, subjectType, subjectId);
  const [{ seen, ...head }]: (Partial<ChainHead> & { seen: boolean })[] = await m.query(
    `SELECT EXISTS (SELECT 1 FROM audit_events WHERE subject_type=$1 AND subject_id=$2 AND payload->>'idempotencyKey' = $3) AS seen,
            h.sequence, h.hash, h.occurred_at
       FROM (VALUES (1)) AS one (x)
       LEFT JOIN LATERAL (
         SELECT sequence, hash, to_char(occurred_at AT TIME ZONE 'UTC', ${ISO_MS}) AS occurred_at
           FROM audit_events WHERE subject_type=$1 AND subject_id=$2 ORDER BY sequence DESC LIMIT 1) AS h ON true`,
    [subjectType, subjectId, idempotencyKey],
  );
  if (seen) return null;
  const last = head.sequence == null ? undefined : (head as ChainHead);
  return appendAfter(m, subjectType, subjectId, { ...event, payload: { ...event.payload, idempotencyKey } }, last);
}

const AUDIT_INSERT_COLUMN_LIST = `subject_type, subject_id, sequence, occurred_at, actor_id, actor_role, action,
  stage_before, stage_after, reason, payload, workflow_id, run_id, prev_hash, hash`;
const AUDIT_INSERT_COLUMNS = 15;

/** Writes exactly the values that were hashed (absent nullables as NULL, payload {} by default). */
async function insertAuditRow(m: EntityManager, e: AuditAppend, prevHash: string): Promise<{ id: string; hash: string }> {
  const hash = auditHash(e, prevHash);
  const [{ id }]: { id: string }[] = await m.query(
    `INSERT INTO audit_events (${AUDIT_INSERT_COLUMN_LIST})
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) RETURNING id::text AS id`,
    [
      e.subjectType, e.subjectId, e.sequence, e.occurredAt, e.actorId ?? null, e.actorRole ?? null, e.action,
      e.stageBefore ?? null, e.stageAfter ?? null, e.reason ?? null, JSON.stringify(e.payload ?? {}),
      e.workflowId ?? null, e.runId ?? null, prevHash, hash,
    ],
  );
  auditAppends.inc({ subject_type: e.subjectType });
  return { id, hash };
}
