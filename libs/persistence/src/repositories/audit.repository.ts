import { DataSource, EntityManager } from 'typeorm';
import type { AuditRecord } from '#ktf/domain';
import { AppendedAuditEvent, appendNextAuditEvent, appendNextAuditEventOnce, AppendNextSubjectType, NewAuditEvent } from '../audit/audit-writer';
import { AuditEventEntity } from '../entities';

/** An audit row as read for queries, verification and export: the hashed fields in hashed form. */
export interface AuditEventRow extends AuditRecord {
  id: string;
  recordedAt: string;
}

export interface AuditEventFilter {
  subjectType?: string;
  subjectId?: string;
  actorId?: string;
  action?: string;
  /** Inclusive lower bound on occurred_at (ISO 8601). */
  from?: string;
  /** Exclusive upper bound on occurred_at (ISO 8601). */
  to?: string;
}

/** Position after the last row of a page, in (occurred_at, id) order; occurredAt keeps microseconds. */
export interface AuditPagePosition {
  occurredAt: string;
  id: string;
}

const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** The hashed columns, named as the verifier reads them; times as the ISO text that was hashed, not Date. */
export const AUDIT_HASHED_COLUMNS = `subject_type AS "subjectType", subject_id AS "subjectId", sequence,
  to_char(occurred_at AT TIME ZONE 'UTC', ${ISO_MS}) AS "occurredAt", actor_id AS "actorId", actor_role AS "actorRole",
  action, stage_before AS "stageBefore", stage_after AS "stageAfter", reason, payload, workflow_id AS "workflowId",
  run_id AS "runId", prev_hash AS "prevHash", hash`;

/** The hashed columns plus the row id and when the database stored it. */
export const AUDIT_ROW_COLUMNS = `id::text AS id, ${AUDIT_HASHED_COLUMNS},
  to_char(recorded_at AT TIME ZONE 'UTC', ${ISO_MS}) AS "recordedAt"`;

/** WHERE conditions for a filter, numbering parameters after `params`. */
export function auditFilterSql(f: AuditEventFilter, params: unknown[]): string[] {
  const conds: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conds.push(sql.replace('?', `$${params.length}`));
  };
  if (f.subjectType) add('subject_type = ?', f.subjectType);
  if (f.subjectId) add('subject_id = ?', f.subjectId);
  if (f.actorId) add('actor_id = ?', f.actorId);
  if (f.action) add('action = ?', f.action);
  if (f.from) add('occurred_at >= ?::timestamptz', f.from);
  if (f.to) add('occurred_at < ?::timestamptz', f.to);
  return conds;
}

export interface PersonAction {
  action: string;
  actorId: string;
  actorName: string | null;
  actorRole: string | null;
  occurredAt: Date;
  stageBefore: string | null;
  stageAfter: string | null;
}

/** A chain's people actions and its head (last sequence), read in one statement (one snapshot); and one user's name. */
export interface PeopleActionsAtHead {
  actions: PersonAction[];
  head: number;
  userName: string | null;
}

export class AuditRepository {
  constructor(private readonly ds: DataSource) {}

  /** One subject's chain in order. */
  chain(subjectType: string, subjectId: string): Promise<AuditEventEntity[]> {
    return this.ds.getRepository(AuditEventEntity).find({ where: { subjectType, subjectId }, order: { sequence: 'ASC' } });
  }

  /**
   * What people did in a chain (system events left out), with their names: what every
   * nomination response shows. One light query instead of the whole chain and a user lookup.
   */
  peopleActions(subjectType: string, subjectId: string): Promise<PersonAction[]> {
    return this.ds.query(
      `SELECT e.action, e.actor_id AS "actorId", u.full_name AS "actorName", e.actor_role AS "actorRole",
              e.occurred_at AS "occurredAt", e.stage_before AS "stageBefore", e.stage_after AS "stageAfter"
       FROM audit_events e LEFT JOIN users u ON u.id::text = e.actor_id
       WHERE e.subject_type = $1 AND e.subject_id = $2 AND e.actor_id IS NOT NULL
       ORDER BY e.sequence`,
      [subjectType, subjectId],
    );
  }

  /** peopleActions with the chain's head as of the same snapshot, and the name of `userId` (who is acting). */
  async peopleActionsAtHead(subjectType: string, subjectId: string, userId: string): Promise<PeopleActionsAtHead> {
    const rows: (Partial<PersonAction> & { head: number; userName: string | null })[] = await this.ds.query(
      `SELECT h.head, (SELECT full_name FROM users WHERE id::text = $3) AS "userName",
              e.action, e.actor_id AS "actorId", u.full_name AS "actorName", e.actor_role AS "actorRole",
              e.occurred_at AS "occurredAt", e.stage_before AS "stageBefore", e.stage_after AS "stageAfter"
       FROM (SELECT coalesce(max(sequence), 0)::int AS head FROM audit_events WHERE subject_type = $1 AND subject_id = $2) h
       LEFT JOIN (audit_events e LEFT JOIN users u ON u.id::text = e.actor_id)
         ON e.subject_type = $1 AND e.subject_id = $2 AND e.actor_id IS NOT NULL
       ORDER BY e.sequence`,
      [subjectType, subjectId, userId],
    );
    const actions = rows.filter((r) => r.action !== null && r.action !== undefined).map(({ head: _h, userName: _u, ...a }) => a as PersonAction);
    return { actions, head: rows[0]?.head ?? 0, userName: rows[0]?.userName ?? null };
  }

  /**
   * Appends an event at the end of a chain (next sequence under the chain's advisory lock),
   * in its own transaction or the caller's. For events the API records itself: denied
   * attempts (`access`), decisions, campaigns. Never for `nomination`: its workflow numbers it.
   */
  appendNext(subjectType: AppendNextSubjectType, subjectId: string, event: NewAuditEvent, m?: EntityManager): Promise<AppendedAuditEvent> {
    if (m) return appendNextAuditEvent(m, subjectType, subjectId, event);
    return this.ds.transaction((tx) => appendNextAuditEvent(tx, subjectType, subjectId, event));
  }

  /** appendNext for writers that may run twice (worker activities): skipped if the key is in the chain. */
  appendNextOnce(subjectType: AppendNextSubjectType, subjectId: string, idempotencyKey: string, event: NewAuditEvent): Promise<AppendedAuditEvent | null> {
    return this.ds.transaction((tx) => appendNextAuditEventOnce(tx, subjectType, subjectId, idempotencyKey, event));
  }

  /**
   * One page in (occurred_at, id) order after `after`. Keyset pagination: a page never
   * repeats or skips rows that existed when the previous page was read, whatever is
   * inserted meanwhile. Returns `limit + 1` rows at most so the caller knows if more follow.
   */
  async page(f: AuditEventFilter, after: AuditPagePosition | null, limit: number): Promise<(AuditEventRow & { position: AuditPagePosition })[]> {
    const params: unknown[] = [];
    const conds = auditFilterSql(f, params);
    if (after) {
      params.push(after.occurredAt, after.id);
      conds.push(`(occurred_at, id) > ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
    }
    params.push(limit + 1);
    // ORDER BY names the table's columns: a bare "id" would be the text output column.
    const rows: (AuditEventRow & { positionAt: string })[] = await this.ds.query(
      `SELECT ${AUDIT_ROW_COLUMNS},
         to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "positionAt"
       FROM audit_events ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
       ORDER BY audit_events.occurred_at, audit_events.id LIMIT $${params.length}`,
      params,
    );
    return rows.map(({ positionAt, ...r }) => ({ ...r, position: { occurredAt: positionAt, id: r.id } }));
  }
}
