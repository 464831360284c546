import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the benchmark's read scenario showed missing at 1,000,000 nominations
 * (plans in ./explain/, checked by test/infra/query-plans.spec.ts):
 *
 * - `?year=` walked nominations_created newest-first and filtered, reading every newer
 *   year before reaching an old one (≈ 1.2 s for year=2021).
 * - the inbox sorted every open nomination of its stages (≈ 300 ms for the secretary):
 *   the repository now asks one stage per branch, each answered in inbox order by
 *   nominations_inbox, and merges the branches' first pages.
 * - `?overdue=true` fetched every row with a due date and sorted them; open rows with a due
 *   date, in list order, stop at the first page.
 *
 * The partial predicates repeat the queries' own conditions (`openSql`, `OVERDUE`), which is
 * what lets the planner use them.
 */
export class ReadPathIndexes1764400000000 implements MigrationInterface {
  name = 'ReadPathIndexes1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX nominations_year_created ON nominations (year, created_at DESC, id DESC);
      CREATE INDEX nominations_inbox ON nominations
        (stage, (coalesce(due_at, 'infinity'::timestamptz)), (coalesce(stage_opened_at, 'infinity'::timestamptz)), id)
        WHERE status NOT IN ('awarded', 'rejected', 'withdrawn', 'expired');
      CREATE INDEX nominations_open_due_created ON nominations (created_at DESC, id DESC)
        WHERE due_at IS NOT NULL AND stage IS NOT NULL AND status NOT IN ('awarded', 'rejected', 'withdrawn', 'expired');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX nominations_open_due_created; DROP INDEX nominations_inbox; DROP INDEX nominations_year_created;`);
  }
}
