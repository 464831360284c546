import { DataSource } from 'typeorm';
import { Delegation, periodsOverlap } from '#ktf/domain';
import { appendNextAuditEvent, lockAuditChain } from '../audit/audit-writer';

export const DELEGATION_AUDIT_SUBJECT_TYPE = 'delegation' as const;

/** A delegation with the names of both people, as the API shows it. */
export interface DelegationRow extends Delegation {
  principalName: string;
  delegateName: string;
  reason: string | null;
  createdBy: string;
  createdAt: string;
  revokedBy: string | null;
}

/** A delegation to create: the domain's fields (not yet revoked) and why. */
export type NewDelegation = Omit<Delegation, 'revokedAt'> & { reason: string | null };

export interface DelegationActor {
  actorId: string;
  actorRole: string;
}

const COLUMNS = `d.id, d.kind, d.authority, d.principal_id AS "principalId", d.delegate_id AS "delegateId",
  d.principal_title AS "principalTitle", d.delegate_title AS "delegateTitle",
  to_char(d.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(d.valid_to, 'YYYY-MM-DD') AS "validTo",
  d.reason, d.created_by AS "createdBy", d.created_at AS "createdAt", d.revoked_at AS "revokedAt", d.revoked_by AS "revokedBy",
  p.full_name AS "principalName", g.full_name AS "delegateName"`;
const FROM = `FROM delegations d JOIN users p ON p.id = d.principal_id JOIN users g ON g.id = d.delegate_id`;

const iso = (v: unknown): string | null => (v === null || v === undefined ? null : new Date(v as string).toISOString());
const rowOf = (r: Record<string, unknown>): DelegationRow => ({ ...(r as unknown as DelegationRow), createdAt: iso(r.createdAt) as string, revokedAt: iso(r.revokedAt) });

/** Thrown when the delegate already holds the authority for an overlapping period. */
export class OverlappingDelegationError extends Error {
  constructor(readonly existingId: string) {
    super(`an active delegation ${existingId} of this authority to this person overlaps the period`);
  }
}

export class DelegationRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Stores a delegation and its `delegation_created` event in one transaction. Creations for one
   * authority are serialised (advisory lock) so two overlapping ones cannot both pass the check.
   */
  async create(d: NewDelegation, by: DelegationActor): Promise<DelegationRow> {
    await this.ds.transaction(async (m) => {
      await lockAuditChain(m, 'delegation-authority', d.authority);
      const existing: { id: string; validFrom: string; validTo: string }[] = await m.query(
        `SELECT id, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo"
           FROM delegations WHERE authority = $1 AND delegate_id = $2 AND revoked_at IS NULL`,
        [d.authority, d.delegateId],
      );
      const clash = existing.find((e) => periodsOverlap(e, d));
      if (clash) throw new OverlappingDelegationError(clash.id);
      await m.query(
        `INSERT INTO delegations (id, kind, authority, principal_id, delegate_id, principal_title, delegate_title, valid_from, valid_to, reason, created_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
        [d.id, d.kind, d.authority, d.principalId, d.delegateId, d.principalTitle, d.delegateTitle, d.validFrom, d.validTo, d.reason, by.actorId],
      );
      await appendNextAuditEvent(m, DELEGATION_AUDIT_SUBJECT_TYPE, d.id, {
        actorId: by.actorId,
        actorRole: by.actorRole,
        action: 'delegation_created',
        reason: d.reason,
        payload: { kind: d.kind, authority: d.authority, principalId: d.principalId, delegateId: d.delegateId, principalTitle: d.principalTitle, delegateTitle: d.delegateTitle, validFrom: d.validFrom, validTo: d.validTo },
      });
    });
    return (await this.findById(d.id)) as DelegationRow;
  }

  /** Revokes once (`delegation_revoked` in the same transaction); false when it was revoked already. */
  async revoke(id: string, by: DelegationActor): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const [moved]: [{ id: string }[], number] = await m.query(
        `UPDATE delegations SET revoked_at = now(), revoked_by = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
        [id, by.actorId],
      );
      if (moved.length === 0) return false;
      await appendNextAuditEvent(m, DELEGATION_AUDIT_SUBJECT_TYPE, id, { actorId: by.actorId, actorRole: by.actorRole, action: 'delegation_revoked' });
      return true;
    });
  }

  async findById(id: string): Promise<DelegationRow | null> {
    const [r]: Record<string, unknown>[] = await this.ds.query(`SELECT ${COLUMNS} ${FROM} WHERE d.id = $1`, [id]);
    return r ? rowOf(r) : null;
  }

  /** Delegations, newest first: all, or those where `involving` is principal or delegate; `activeOn` keeps those in force that day. */
  async list(filter: { involving?: string; activeOn?: string }): Promise<DelegationRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.involving) {
      params.push(filter.involving);
      where.push(`(d.principal_id = $${params.length} OR d.delegate_id = $${params.length})`);
    }
    if (filter.activeOn) {
      params.push(filter.activeOn);
      where.push(`d.revoked_at IS NULL AND d.valid_from <= $${params.length}::date AND $${params.length}::date <= d.valid_to`);
    }
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${COLUMNS} ${FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.created_at DESC, d.id LIMIT 500`,
      params,
    );
    return rows.map(rowOf);
  }

  /** Delegations to `delegateId` that may be in force on `day` (the domain decides exactly). */
  async toDelegate(delegateId: string, day: string): Promise<Delegation[]> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${COLUMNS} ${FROM} WHERE d.delegate_id = $1 AND d.revoked_at IS NULL AND d.valid_from <= $2::date AND $2::date <= d.valid_to`,
      [delegateId, day],
    );
    return rows.map(rowOf);
  }
}
