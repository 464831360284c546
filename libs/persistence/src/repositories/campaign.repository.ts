import { DataSource } from 'typeorm';

export interface CampaignRow {
  id: string;
  name: string;
  award_codes: string[];
  unit_ids: string[];
  intake_deadline: Date;
  reminder_offsets: number[];
  status: 'open' | 'closed';
  workflow_id: string;
  created_by: string;
  created_at: Date;
  closed_at: Date | null;
}

export interface UnitIntake {
  unitId: string;
  unitCode: string;
  unitName: string;
  nominations: number;
  submitted: number;
}

export class CampaignRepository {
  constructor(private readonly ds: DataSource) {}

  async insert(c: Omit<CampaignRow, 'created_at' | 'closed_at' | 'status'>): Promise<void> {
    await this.ds.query(
      `INSERT INTO campaigns (id, name, award_codes, unit_ids, intake_deadline, reminder_offsets, status, workflow_id, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,'open',$7,$8) ON CONFLICT DO NOTHING`,
      [c.id, c.name, c.award_codes, c.unit_ids, c.intake_deadline, c.reminder_offsets, c.workflow_id, c.created_by],
    );
  }

  async findById(id: string): Promise<CampaignRow | null> {
    const rows: CampaignRow[] = await this.ds.query(`SELECT * FROM campaigns WHERE id=$1`, [id]);
    return rows[0] ?? null;
  }

  list(): Promise<CampaignRow[]> {
    return this.ds.query(`SELECT * FROM campaigns ORDER BY intake_deadline DESC, id`);
  }

  async close(id: string, closedAt: string): Promise<void> {
    await this.ds.query(`UPDATE campaigns SET status='closed', closed_at=$2 WHERE id=$1 AND status='open'`, [id, closedAt]);
  }

  async reopen(id: string, intakeDeadline: string): Promise<void> {
    await this.ds.query(`UPDATE campaigns SET status='open', closed_at=NULL, intake_deadline=$2 WHERE id=$1`, [id, intakeDeadline]);
  }

  /** Per addressed unit: how many nominations it has in the campaign, and how many are submitted. */
  intakeByUnit(id: string): Promise<UnitIntake[]> {
    return this.ds.query(
      `SELECT u.id AS "unitId", u.code AS "unitCode", u.name AS "unitName",
              count(n.id)::int AS nominations, count(n.id) FILTER (WHERE n.status <> 'draft')::int AS submitted
       FROM campaigns c JOIN units u ON u.id = ANY(c.unit_ids)
       LEFT JOIN nominations n ON n.campaign_id = c.id AND n.unit_id = u.id
       WHERE c.id=$1 GROUP BY u.id, u.code, u.name ORDER BY u.code`,
      [id],
    );
  }
}
