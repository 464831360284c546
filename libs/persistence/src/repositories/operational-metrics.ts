import { DataSource } from 'typeorm';
import type { PoolUse, ReadModelCounts } from '#ktf/telemetry';

/**
 * Open nominations per stage and the overdue ones, for the metrics scrape: one statement
 * served by the partial indexes on (stage, …) and (due_at) WHERE stage IS NOT NULL.
 */
export async function readModelCounts(ds: DataSource, now: Date = new Date()): Promise<ReadModelCounts> {
  const rows: { stage: string; count: string; overdue: string }[] = await ds.query(
    `SELECT stage, count(*) AS count, count(*) FILTER (WHERE due_at < $1) AS overdue
       FROM nominations WHERE stage IS NOT NULL GROUP BY stage ORDER BY stage`,
    [now],
  );
  return {
    byStage: rows.map((r) => ({ stage: r.stage, count: Number(r.count) })),
    overdue: rows.reduce((sum, r) => sum + Number(r.overdue), 0),
  };
}

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max?: number };
}

/** The pg pool's counters (TypeORM's postgres driver keeps the pool as `master`). */
export function databasePoolUse(ds: DataSource): PoolUse {
  const pool = (ds.driver as unknown as { master?: PgPool }).master;
  if (!pool) return { total: 0, idle: 0, waiting: 0, max: 0 };
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 10 };
}
