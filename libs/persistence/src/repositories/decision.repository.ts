import { DataSource, EntityManager } from 'typeorm';
import { decisionYear, DecisionKind, DelegationKind, formatDecisionNumber, signatureLines, SigningCapacity } from '#ktf/domain';
import type { DecisionSignature, TakeNumberInput } from '#ktf/contracts';
import { appendNextAuditEvent, appendNextAuditEventOnce } from '../audit/audit-writer';
import { DecisionEntity } from '../entities';

/** A decision as the workflow and the API see it (dates as ISO strings). */
export interface DecisionRow {
  id: string;
  number: string;
  kind: DecisionKind;
  authority: string;
  year: number;
  signedAt: string;
  signerId: string;
  nominationIds: string[];
  status: 'numbered' | 'signed';
  signature: DecisionSignatureRow;
}

/** How the decision was signed: the contracts' DecisionSignature, as stored. */
export type DecisionSignatureRow = DecisionSignature;

/** The capacity asked for at numbering: direct when absent. */
export interface SigningAsInput {
  capacity: SigningCapacity;
  delegationId: string | null;
  principalId: string;
}

export interface TakeNumberRow {
  id: string;
  kind: DecisionKind;
  authority: string;
  signedAt: Date;
  signerId: string;
  nominationIds: string[];
  signing?: SigningAsInput;
}

/** The numbering a workflow asks for (ids and ISO times) as the repository takes it. */
export const takeNumberRow = ({ decisionId, signedAt, ...rest }: TakeNumberInput): TakeNumberRow => ({ id: decisionId, signedAt: new Date(signedAt), ...rest });

const rowOf = (d: DecisionEntity): DecisionRow => ({
  id: d.id,
  number: d.number,
  kind: d.kind,
  authority: d.authority,
  year: d.year,
  signedAt: d.signedAt.toISOString(),
  signerId: d.signerId,
  nominationIds: d.nominationIds,
  status: d.status,
  signature: {
    capacity: d.signingCapacity,
    delegationId: d.delegationId,
    signedForId: d.signedForId,
    signedForName: d.signedForName,
    signerName: d.signerName,
    heading: d.signatureHeading,
    title: d.signatureTitle,
  },
});

/** A reservation left on nominations for a decision that has no row (and so no number). */
export interface OrphanReservation {
  decisionId: string;
  nominationIds: string[];
  /** Who reserved (from the `reserved_for_decision` audit event), when known. */
  reservedBy: string | null;
}

export class DecisionRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * The decision's number, taken once per decision id: the first call allocates the next
   * number of the authority and year and stores the decision in one transaction; any later
   * call (a retried activity) returns that decision. The counter row is locked by its UPDATE,
   * so concurrent decisions queue; two attempts for the same id race to the insert, and the
   * loser's transaction (its counter increment with it) rolls back: no gap, no duplicate.
   */
  async takeNumber(input: TakeNumberRow): Promise<DecisionRow> {
    const existing = await this.findById(input.id);
    if (existing) return rowOf(existing);
    try {
      return await this.ds.transaction((m) => this.allocate(m, input));
    } catch (e) {
      const again = await this.findById(input.id);
      if (again) return rowOf(again);
      throw e;
    }
  }

  /**
   * takeNumber inside a transaction of the caller's (a decision of one nomination: with its
   * reservation). A concurrent attempt for the same id makes the insert fail and the caller's
   * whole transaction roll back; its retry then finds the decision.
   */
  async numberIn(m: EntityManager, input: TakeNumberRow): Promise<DecisionRow> {
    const existing = await m.getRepository(DecisionEntity).findOneBy({ id: input.id });
    return existing ? rowOf(existing) : this.allocate(m, input);
  }

  private async allocate(m: EntityManager, input: TakeNumberRow): Promise<DecisionRow> {
    const signature = await this.signatureOf(m, input);
    const year = decisionYear(input.signedAt);
    await m.query(`INSERT INTO decision_counters (authority, year, kind, last_seq) VALUES ($1,$2,$3,0) ON CONFLICT DO NOTHING`, [input.authority, year, input.kind]);
    const [[{ last_seq: seq }]] = await m.query(
      `UPDATE decision_counters SET last_seq = last_seq + 1 WHERE authority=$1 AND year=$2 AND kind=$3 RETURNING last_seq`,
      [input.authority, year, input.kind],
    );
    const decision = m.getRepository(DecisionEntity).create({
      id: input.id,
      kind: input.kind,
      authority: input.authority,
      year,
      seq,
      number: formatDecisionNumber(input.kind, seq, input.authority),
      signedAt: input.signedAt,
      signerId: input.signerId,
      nominationIds: input.nominationIds,
      status: 'numbered',
      signingCapacity: signature.capacity,
      delegationId: signature.delegationId,
      signedForId: signature.signedForId,
      signedForName: signature.signedForName,
      signerName: signature.signerName,
      signatureHeading: signature.heading,
      signatureTitle: signature.title,
    });
    await m.getRepository(DecisionEntity).insert(decision);
    return rowOf(decision);
  }

  /**
   * Both people as they are named at signing, and under a delegation its two signature lines.
   * A delegation that does not match (another authority or delegate) fails the numbering: the
   * API checked it, so only a bug can get here, and a wrong signature block must never be issued.
   */
  private async signatureOf(m: EntityManager, input: TakeNumberRow): Promise<DecisionSignatureRow> {
    const names = async (id: string): Promise<string | null> =>
      ((await m.query(`SELECT full_name FROM users WHERE id = $1`, [id])) as { full_name: string }[])[0]?.full_name ?? null;
    const signerName = await names(input.signerId);
    const signing = input.signing;
    if (!signing || signing.capacity === 'direct' || !signing.delegationId) {
      return { capacity: 'direct', delegationId: null, signedForId: input.signerId, signedForName: signerName, signerName, heading: null, title: null };
    }
    const [d]: { kind: DelegationKind; authority: string; principal_id: string; delegate_id: string; principal_title: string; delegate_title: string }[] = await m.query(
      `SELECT kind, authority, principal_id, delegate_id, principal_title, delegate_title FROM delegations WHERE id = $1`,
      [signing.delegationId],
    );
    if (!d || d.authority !== input.authority || d.delegate_id !== input.signerId || d.kind !== signing.capacity) {
      throw new Error(`decision ${input.id}: delegation ${signing.delegationId} does not let ${input.signerId} sign for ${input.authority}`);
    }
    const lines = signatureLines(d.kind, d.principal_title, d.delegate_title);
    return { capacity: d.kind, delegationId: signing.delegationId, signedForId: d.principal_id, signedForName: await names(d.principal_id), signerName, heading: lines.heading, title: lines.title };
  }

  /**
   * Marks the decision signed and appends `decision_signed` to its chain in the same
   * transaction, once: the row lock taken by the UPDATE orders concurrent attempts, and only
   * the one that moved it from `numbered` appends. A signed decision never lacks its event.
   * The event carries the SHA-256 of the signed PDF when there is one.
   */
  seal(id: string, actorId: string, document?: { sha256: string }): Promise<DecisionRow> {
    return this.ds.transaction((m) => this.sealIn(m, id, actorId, document));
  }

  /** seal inside a transaction of the caller's (a decision of one nomination: with its signature). */
  async sealIn(m: EntityManager, id: string, actorId: string, document?: { sha256: string }): Promise<DecisionRow> {
    const [moved]: unknown[][] = await m.query(`UPDATE decisions SET status='signed' WHERE id=$1 AND status='numbered' RETURNING id`, [id]);
    const d = await m.getRepository(DecisionEntity).findOneByOrFail({ id });
    if (moved.length > 0) {
      await appendNextAuditEvent(m, 'decision', id, {
        actorId,
        actorRole: 'signer',
        action: 'decision_signed',
        payload: {
          number: d.number,
          kind: d.kind,
          authority: d.authority,
          year: d.year,
          signedAt: d.signedAt.toISOString(),
          nominationIds: d.nominationIds,
          signerId: d.signerId,
          signingCapacity: d.signingCapacity,
          delegationId: d.delegationId,
          signedForId: d.signedForId,
          // The signed PDF (GET /decisions/:id/document.pdf) this event vouches for.
          ...(document ? { documentSha256: document.sha256 } : {}),
        },
      });
    }
    return rowOf(d);
  }

  /**
   * Appends `decision_document_signed` with the SHA-256 of the signed PDF of a decision sealed
   * before its PDF was made (a decision of one nomination), once per decision: a retried
   * activity finds its key on the chain and appends nothing.
   */
  async attachDocument(id: string, actorId: string, document: { sha256: string }): Promise<void> {
    await this.ds.transaction(async (m) => {
      const d = await m.getRepository(DecisionEntity).findOneByOrFail({ id });
      await appendNextAuditEventOnce(m, 'decision', id, `decision-document:${id}`, {
        actorId,
        actorRole: 'signer',
        action: 'decision_document_signed',
        payload: { number: d.number, documentSha256: document.sha256 },
      });
    });
  }

  findById(id: string): Promise<DecisionEntity | null> {
    return this.ds.getRepository(DecisionEntity).findOneBy({ id });
  }

  async findRow(id: string): Promise<DecisionRow | null> {
    const d = await this.findById(id);
    return d ? rowOf(d) : null;
  }

  /** Decisions numbered but not signed, numbered before `before` (left by a crash of the code before the decision workflow). */
  async numberedBefore(before: Date): Promise<DecisionRow[]> {
    const rows = await this.ds.getRepository(DecisionEntity).createQueryBuilder('d').where(`d.status = 'numbered' AND d.signed_at < :before`, { before }).getMany();
    return rows.map(rowOf);
  }

  /**
   * Nominations reserved for a decision id that has no decision row, whose reservation is
   * older than `before`, grouped by decision (with who reserved them, from the audit trail).
   */
  async orphanReservations(before: Date): Promise<OrphanReservation[]> {
    const rows: { decision_id: string; nomination_ids: string[]; reserved_by: string | null }[] = await this.ds.query(
      `WITH orphan AS (
         SELECT n.reserved_by_decision_id AS decision_id, n.id
           FROM nominations n
          WHERE n.reserved_by_decision_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.id = n.reserved_by_decision_id)
            AND n.updated_at < $1)
       SELECT o.decision_id, array_agg(o.id ORDER BY o.id) AS nomination_ids,
              (SELECT e.actor_id FROM audit_events e
                WHERE e.subject_type = 'nomination' AND e.action = 'reserved_for_decision'
                  AND e.subject_id IN (SELECT o2.id::text FROM orphan o2 WHERE o2.decision_id = o.decision_id)
                  AND e.payload->>'decisionId' = o.decision_id::text
                ORDER BY e.occurred_at DESC LIMIT 1) AS reserved_by
         FROM orphan o
        GROUP BY o.decision_id`,
      [before],
    );
    return rows.map((r) => ({ decisionId: r.decision_id, nominationIds: r.nomination_ids, reservedBy: r.reserved_by }));
  }
}
