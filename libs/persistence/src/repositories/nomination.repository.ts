import { DataSource } from 'typeorm';
import { NominationEntity } from '../entities';

export interface NewNomination {
  id: string;
  workflowId: string;
  unitId: string;
  awardCode: string;
  subject: 'individual' | 'collective';
  nominee: Record<string, unknown>;
  nomineeName: string;
  nomineeSearch: string;
  achievements: string;
  year: number;
  campaignId: string | null;
  idempotencyKey: string | null;
  createdBy: string;
}

/** The nomination read model (projection of the workflows) and the dossier content. */
export class NominationRepository {
  constructor(private readonly ds: DataSource) {}

  findById(id: string): Promise<NominationEntity | null> {
    return this.ds.getRepository(NominationEntity).findOneBy({ id });
  }

  findByIdempotencyKey(createdBy: string, key: string): Promise<NominationEntity | null> {
    return this.ds.getRepository(NominationEntity).findOneBy({ createdBy, idempotencyKey: key });
  }

  /** Edits a draft's content; only while it is still a draft (returns false otherwise). */
  async updateDraft(id: string, c: Pick<NewNomination, 'nominee' | 'nomineeName' | 'nomineeSearch' | 'achievements' | 'year' | 'campaignId' | 'subject'>): Promise<boolean> {
    const [, count]: [unknown, number] = await this.ds.query(
      `UPDATE nominations SET nominee=$2, nominee_name=$3, nominee_search=$4, achievements=$5, year=$6, campaign_id=$7, subject=$8, updated_at=now()
       WHERE id=$1 AND status='draft'`,
      [id, JSON.stringify(c.nominee), c.nomineeName, c.nomineeSearch, c.achievements, c.year, c.campaignId, c.subject],
    );
    return count > 0;
  }

  /** Inserts the draft; its created_at, or null when a row with this id (or key) exists already. */
  async insertDraft(n: NewNomination): Promise<Date | null> {
    const rows = await this.ds.query(
      `INSERT INTO nominations (id, workflow_id, unit_id, award_code, subject, nominee, nominee_name, nominee_search,
         achievements, year, campaign_id, idempotency_key, created_by, status, stage, transition)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,'draft','unit_proposal',0)
       ON CONFLICT DO NOTHING RETURNING created_at`,
      [
        n.id, n.workflowId, n.unitId, n.awardCode, n.subject, JSON.stringify(n.nominee), n.nomineeName,
        n.nomineeSearch, n.achievements, n.year, n.campaignId, n.idempotencyKey, n.createdBy,
      ],
    );
    return (rows as { created_at: Date }[])[0]?.created_at ?? null;
  }
}
