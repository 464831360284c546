import { DataSource } from 'typeorm';

export interface CouncilSessionRow {
  id: string;
  council_id: string | null;
  secretary_id: string;
  nomination_ids: string[];
  voting_deadline: Date | null;
  status: 'open' | 'closed';
  created_at: Date;
  closed_at: Date | null;
}

/** A council meeting (phiên họp Hội đồng) over many nominations. */
export class CouncilSessionRepository {
  constructor(private readonly ds: DataSource) {}

  async insert(s: Pick<CouncilSessionRow, 'id' | 'council_id' | 'secretary_id' | 'nomination_ids' | 'voting_deadline'>): Promise<void> {
    await this.ds.query(
      `INSERT INTO council_sessions (id, council_id, secretary_id, nomination_ids, voting_deadline, status) VALUES ($1,$2,$3,$4,$5,'open')`,
      [s.id, s.council_id, s.secretary_id, s.nomination_ids, s.voting_deadline],
    );
  }

  async findById(id: string): Promise<CouncilSessionRow | null> {
    const rows: CouncilSessionRow[] = await this.ds.query(`SELECT * FROM council_sessions WHERE id=$1`, [id]);
    return rows[0] ?? null;
  }

  /** Newest first; a bounded page, since sessions accumulate year after year. */
  async list(status: 'open' | 'closed' | undefined, limit: number): Promise<CouncilSessionRow[]> {
    return this.ds.query(
      `SELECT * FROM council_sessions WHERE ($1::text IS NULL OR status=$1) ORDER BY created_at DESC, id LIMIT $2`,
      [status ?? null, limit],
    );
  }

  async close(id: string): Promise<void> {
    await this.ds.query(`UPDATE council_sessions SET status='closed', closed_at=now() WHERE id=$1 AND status='open'`, [id]);
  }
}
