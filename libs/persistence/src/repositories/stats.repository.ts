import { DataSource } from 'typeorm';

export interface StageLoad {
  stage: string;
  open: number;
  overdue: number;
}

export interface ClosedVisit {
  stage: string;
  opened_at: Date;
  closed_at: Date;
  due_at: Date | null;
}

/** Aggregates for /stats: the read model for what is open now, stage visits for what is done. */
export class StatsRepository {
  constructor(private readonly ds: DataSource) {}

  openByStage(now: Date): Promise<StageLoad[]> {
    return this.ds.query(
      `SELECT stage, count(*)::int AS open, count(*) FILTER (WHERE due_at < $1)::int AS overdue
       FROM nominations WHERE stage IS NOT NULL GROUP BY stage ORDER BY stage`,
      [now],
    );
  }

  closedVisits(from: Date, to: Date): Promise<ClosedVisit[]> {
    return this.ds.query(
      `SELECT stage, opened_at, closed_at, due_at FROM stage_visits
       WHERE closed_at >= $1 AND closed_at < $2 ORDER BY stage, closed_at`,
      [from, to],
    );
  }
}
