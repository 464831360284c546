import { DataSource } from 'typeorm';

export interface DossierDocumentRow {
  id: string;
  nomination_id: string;
  round: number;
  kind: string;
  file_name: string;
  content_type: string;
  size_bytes: string;
  sha256: string;
  storage_key: string;
  uploaded_by: string;
  uploaded_at: Date;
}

export class DossierRepository {
  constructor(private readonly ds: DataSource) {}

  async insert(d: Omit<DossierDocumentRow, 'id' | 'uploaded_at' | 'size_bytes'> & { size_bytes: number }): Promise<DossierDocumentRow> {
    const [row] = await this.ds.query(
      `INSERT INTO dossier_documents (nomination_id, round, kind, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING *`,
      [d.nomination_id, d.round, d.kind, d.file_name, d.content_type, d.size_bytes, d.sha256, d.storage_key, d.uploaded_by],
    );
    return row;
  }

  /** Every upload of a nomination, oldest first. */
  all(nominationId: string): Promise<DossierDocumentRow[]> {
    return this.ds.query(`SELECT * FROM dossier_documents WHERE nomination_id=$1 ORDER BY uploaded_at, id`, [nominationId]);
  }

  /** Titles in the award registry for a nominee (folded name) — what eligibility rules read. */
  registryTitles(nomineeSearch: string): Promise<{ awardCode: string; year: number }[]> {
    return this.ds.query(`SELECT award_code AS "awardCode", year FROM award_records WHERE nominee_search=$1`, [nomineeSearch]);
  }

  /** Other live nominations of the same nominee for the same award and year. */
  async duplicates(nominationId: string): Promise<number> {
    const [{ n }] = await this.ds.query(
      `SELECT count(*)::int AS n FROM nominations o JOIN nominations n ON n.id=$1
       WHERE o.id <> n.id AND o.nominee_search = n.nominee_search AND o.award_code = n.award_code AND o.year = n.year
         AND o.status NOT IN ('rejected','withdrawn','expired')`,
      [nominationId],
    );
    return n;
  }

  /** The dossier round a nomination is in: one more than the supplements requested so far. */
  async currentRound(nominationId: string): Promise<number> {
    const [{ n }] = await this.ds.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE subject_type='nomination' AND subject_id=$1 AND action='appraisal_supplement'`,
      [nominationId],
    );
    return n + 1;
  }
}
