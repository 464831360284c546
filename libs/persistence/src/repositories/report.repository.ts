import { DataSource } from 'typeorm';

/** Awards of a year, counted per unit and award type (individuals and collectives apart). */
export interface AwardCountRow {
  unitCode: string;
  unitName: string;
  awardCode: string;
  awardName: string;
  individuals: number;
  collectives: number;
}

/** One line of the nominations register. */
export interface RegisterRow {
  nomineeName: string;
  subject: 'individual' | 'collective';
  unitName: string;
  awardName: string;
  year: number;
  status: string;
  stage: string | null;
  createdAt: Date;
  dueAt: Date | null;
  breachedAt: Date | null;
  decisionNumber: string | null;
}

/** The statutory tables the office exports (read model only). */
export class ReportRepository {
  constructor(private readonly ds: DataSource) {}

  async awardCounts(year: number): Promise<AwardCountRow[]> {
    return this.ds.query(
      `SELECT u.code AS "unitCode", u.name AS "unitName", r.award_code AS "awardCode", coalesce(t.name_vi, r.award_code) AS "awardName",
              count(*) FILTER (WHERE r.subject = 'individual')::int AS individuals,
              count(*) FILTER (WHERE r.subject = 'collective')::int AS collectives
         FROM award_records r JOIN units u ON u.id = r.unit_id LEFT JOIN award_types t ON t.code = r.award_code
        WHERE r.year = $1
        GROUP BY u.code, u.name, r.award_code, t.name_vi
        ORDER BY u.code, r.award_code`,
      [year],
    );
  }

  /** Submitted nominations (drafts are the unit's own business), oldest first; at most `limit`. */
  async register(filter: { year?: number; unitId?: string }, limit: number): Promise<RegisterRow[]> {
    const where = [`n.status <> 'draft'`];
    const params: unknown[] = [];
    if (filter.year !== undefined) where.push(`n.year = $${params.push(filter.year)}`);
    if (filter.unitId !== undefined) where.push(`n.unit_id = $${params.push(filter.unitId)}`);
    return this.ds.query(
      `SELECT n.nominee_name AS "nomineeName", n.subject, u.name AS "unitName", coalesce(t.name_vi, n.award_code) AS "awardName", n.year,
              n.status, n.stage, n.created_at AS "createdAt", n.due_at AS "dueAt", n.breached_at AS "breachedAt", n.decision_number AS "decisionNumber"
         FROM nominations n JOIN units u ON u.id = n.unit_id LEFT JOIN award_types t ON t.code = n.award_code
        WHERE ${where.join(' AND ')}
        ORDER BY n.created_at, n.id
        LIMIT ${Number(limit)}`,
      params,
    );
  }
}
