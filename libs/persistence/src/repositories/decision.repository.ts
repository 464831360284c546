import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { decisionYear, DecisionKind, formatDecisionNumber } from '#ktf/domain';
import { appendNextAuditEvent, NewAuditEvent } from '../audit/audit-writer';
import { DecisionEntity } from '../entities';

export class DecisionRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Allocates the next number and stores the decision in one transaction. Numbers run per
   * authority, kind and year of signing (local time); the counter row is locked by the
   * UPDATE, so concurrent signers queue and numbers stay gap-free (a rolled-back
   * transaction releases its number with it).
   */
  async createNumbered(input: {
    id?: string;
    kind: DecisionKind;
    authority: string;
    signedAt: Date;
    signerId: string;
    nominationIds: string[];
  }): Promise<DecisionEntity> {
    const year = decisionYear(input.signedAt);
    return this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO decision_counters (authority, year, kind, last_seq) VALUES ($1,$2,$3,0) ON CONFLICT DO NOTHING`,
        [input.authority, year, input.kind],
      );
      const [[{ last_seq: seq }]] = await m.query(
        `UPDATE decision_counters SET last_seq = last_seq + 1 WHERE authority=$1 AND year=$2 AND kind=$3 RETURNING last_seq`,
        [input.authority, year, input.kind],
      );
      const decision = m.getRepository(DecisionEntity).create({
        id: input.id ?? randomUUID(),
        kind: input.kind,
        authority: input.authority,
        year,
        seq,
        number: formatDecisionNumber(input.kind, seq, input.authority),
        signedAt: input.signedAt,
        signerId: input.signerId,
        nominationIds: input.nominationIds,
        status: 'numbered',
      });
      await m.getRepository(DecisionEntity).insert(decision);
      return decision;
    });
  }

  /**
   * Marks the decision signed; with `audit`, appends that event to the decision's chain in
   * the same transaction, so a signed decision never lacks its audit event.
   */
  async markSigned(id: string, audit?: NewAuditEvent): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.getRepository(DecisionEntity).update({ id }, { status: 'signed' });
      if (audit) await appendNextAuditEvent(m, 'decision', id, audit);
    });
  }

  findById(id: string): Promise<DecisionEntity | null> {
    return this.ds.getRepository(DecisionEntity).findOneBy({ id });
  }
}
