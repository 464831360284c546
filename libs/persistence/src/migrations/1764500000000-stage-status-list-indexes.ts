import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `GET /nominations?stage=` and `?status=` walked nominations_created newest-first and
 * filtered: cheap for a common stage, but a rare one (supplement, ~1% of rows) or drafts read
 * hundreds of rows per page and missed the 20 ms p99 target at 1,000,000 nominations
 * (benchmark of 2026-11-22: p50 14–15 ms, p99 22–24 ms). These serve the list order directly.
 */
export class StageStatusListIndexes1764500000000 implements MigrationInterface {
  name = 'StageStatusListIndexes1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX nominations_stage_created ON nominations (stage, created_at DESC, id DESC);
      CREATE INDEX nominations_status_created ON nominations (status, created_at DESC, id DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX nominations_status_created; DROP INDEX nominations_stage_created;`);
  }
}
