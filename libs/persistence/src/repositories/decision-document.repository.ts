import { DataSource } from 'typeorm';
import type { Awardee, DecisionDocumentData, DocumentTemplate } from '#ktf/documents';

/** A decision's document content as stored, plus what the signing step needs to pick the key. */
export interface DecisionDocumentSource extends DecisionDocumentData {
  kind: 'decision' | 'submission';
  status: 'numbered' | 'signed';
  signer: { id: string; username: string };
  /** The nominations the decision covers, in the decision's order. */
  nominationIds: string[];
}

export interface StoredDecisionDocument {
  pdf: Buffer;
  sha256: string;
  signerName: string;
}

interface DecisionRow {
  id: string;
  number: string;
  kind: 'decision' | 'submission';
  status: 'numbered' | 'signed';
  signed_at: Date;
  nomination_ids: string[];
  signer_id: string;
  username: string;
  full_name: string;
  signer_unit: string;
  /** Both set when signed under a delegation ("KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"); null when direct. */
  signature_heading: string | null;
  signature_title: string | null;
}

interface AwardeeRow {
  id: string;
  subject: 'individual' | 'collective';
  nominee: { position?: string; workplace?: string };
  nominee_name: string;
  achievements: string;
  award_code: string;
  award_name: string;
  unit_name: string;
  pipeline: string | null;
}

/**
 * What a decision's PDF and certificates are made from (the decision, its signer, every
 * awardee, the pipeline's document template), and the signed PDF, stored once per decision.
 */
export class DecisionDocumentRepository {
  constructor(private readonly ds: DataSource) {}

  /** Every person holding the signer role, as their key is looked up (username, name, unit). */
  async signerIdentities(): Promise<{ username: string; fullName: string; organization: string }[]> {
    return this.ds.query(
      `SELECT u.username, u.full_name AS "fullName", un.name AS organization
         FROM users u JOIN units un ON un.id = u.unit_id
        WHERE 'signer' = ANY(u.roles) ORDER BY u.username`,
    );
  }

  /** Null when the decision does not exist or no template covers its pipeline. */
  async source(decisionId: string): Promise<DecisionDocumentSource | null> {
    const found = await this.forSigning(decisionId);
    return found.source;
  }

  /**
   * What sealing needs, in one round trip: the SHA-256 of the PDF stored already (a retried
   * step keeps the first), else the source to draw it from (null as for source()).
   */
  async forSigning(decisionId: string): Promise<{ signedSha256: string | null; source: DecisionDocumentSource | null }> {
    // The decision, its awardees in the decision's order, the first awardee pipeline's template and
    // a stored PDF's hash, in one statement: this read is on the path of every decision's answer.
    const [d]: (DecisionRow & { awardees: AwardeeRow[] | null; template: DocumentTemplate | null; signed_sha256: string | null })[] = await this.ds.query(
      `WITH d AS (
         SELECT d.id, d.number, d.kind, d.status, d.signed_at, d.nomination_ids, d.signer_id, u.username, u.full_name, un.name AS signer_unit,
                d.signature_heading, d.signature_title
           FROM decisions d JOIN users u ON u.id = d.signer_id JOIN units un ON un.id = u.unit_id
          WHERE d.id = $1),
       a AS (
         SELECT x.ord, n.id, n.subject, n.nominee, n.nominee_name, n.achievements, n.award_code, at.name_vi AS award_name, un.name AS unit_name,
                COALESCE(n.pipeline_code, at.definition->>'pipelineCode') AS pipeline
           FROM d CROSS JOIN LATERAL unnest(d.nomination_ids) WITH ORDINALITY AS x(id, ord)
           JOIN nominations n ON n.id = x.id
           JOIN award_types at ON at.code = n.award_code
           JOIN units un ON un.id = n.unit_id)
       SELECT d.*,
              (SELECT json_agg(a ORDER BY a.ord) FROM a) AS awardees,
              (SELECT t.template FROM document_templates t
                WHERE t.pipeline_code = (SELECT a.pipeline FROM a WHERE a.pipeline IS NOT NULL ORDER BY a.ord LIMIT 1)) AS template,
              (SELECT dd.sha256 FROM decision_documents dd WHERE dd.decision_id = d.id) AS signed_sha256
         FROM d`,
      [decisionId],
    );
    if (!d) return { signedSha256: null, source: null };
    return { signedSha256: d.signed_sha256, source: d.template ? sourceOf(d, d.awardees ?? [], d.template) : null };
  }

  async findSigned(decisionId: string): Promise<StoredDecisionDocument | null> {
    const [row]: { pdf: Buffer; sha256: string; signer_name: string }[] = await this.ds.query(
      `SELECT pdf, sha256, signer_name FROM decision_documents WHERE decision_id = $1`,
      [decisionId],
    );
    return row ? { pdf: row.pdf, sha256: row.sha256, signerName: row.signer_name } : null;
  }

  /** Stores the signed PDF unless one is stored already; returns the one that stays (the first). */
  async storeOnce(decisionId: string, doc: StoredDecisionDocument): Promise<{ sha256: string; signerName: string }> {
    const [inserted]: { sha256: string; signer_name: string }[] = await this.ds.query(
      `INSERT INTO decision_documents (decision_id, pdf, sha256, signer_name) VALUES ($1, $2, $3, $4)
       ON CONFLICT (decision_id) DO NOTHING RETURNING sha256, signer_name`,
      [decisionId, doc.pdf, doc.sha256, doc.signerName],
    );
    // Nothing inserted: another attempt stored its PDF first, and that one stays.
    const [row] = inserted ? [inserted] : ((await this.ds.query(`SELECT sha256, signer_name FROM decision_documents WHERE decision_id = $1`, [decisionId])) as { sha256: string; signer_name: string }[]);
    return { sha256: row.sha256, signerName: row.signer_name };
  }
}

/** The stored rows as the document's data: awardees in the decision's order. */
function sourceOf(d: DecisionRow, rows: AwardeeRow[], template: DocumentTemplate): DecisionDocumentSource {
  const awardees: Awardee[] = rows.map((r) => ({
    nominationId: r.id,
    subject: r.subject,
    fullName: r.nominee_name,
    position: r.nominee?.position?.trim() || null,
    // Where the nominee works, as the proposal says; else the proposing unit.
    unit: r.nominee?.workplace?.trim() || r.unit_name,
    achievements: r.achievements,
    awardCode: r.award_code,
    awardName: r.award_name,
  }));
  return {
    decisionId: d.id,
    number: d.number,
    kind: d.kind,
    status: d.status,
    signedAt: d.signed_at,
    template,
    signerUnit: d.signer_unit,
    // Signed under a delegation: its two lines (KT./TL. and the delegate's title); else the head's title.
    signatureLines: d.signature_heading && d.signature_title ? [d.signature_heading, d.signature_title] : [template.signerTitle],
    signerName: d.full_name,
    signer: { id: d.signer_id, username: d.username },
    nominationIds: d.nomination_ids,
    awardees,
  };
}
