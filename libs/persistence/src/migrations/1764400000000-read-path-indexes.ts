import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the benchmark's read scenario showed missing at 1,000,000 nominations
 * (plans in ./explain/, checked by test/infra/query-plans.spec.ts):
 *
 * - `?year=` walked nominations_created newest-first and filtered, reading every newer
 *   year before reaching an old one (≈ 1.2 s for year=2021).
 * - the inbox sorted every open nomination of its stages (≈ 300 ms for the secretary): the
 *   repository now asks one stage per branch, which nominations_inbox (roles) and
 *   nominations_unit_inbox (a unit's officers) answer already in inbox order.
 * - `?overdue=true` fetched every row with a due date and sorted them (≈ 160 ms); open rows
 *   with a due date in list order, due_at checked inside the index, stop at the first page.
 * - the planner took `stage = 'unit_proposal' AND status = 'draft'` (or `stage = 'signing'
 *   AND signing_authority = …`) for independent conditions and guessed a handful of rows,
 *   so it sorted thousands instead of walking the index; a multi-column MCV list tells it
 *   which combinations actually occur.
 *
 * The partial predicates repeat the queries' own conditions (`openSql`, `OVERDUE`), which is
 * what lets the planner use them; each covers only open nominations, a small share of rows.
 */
export class ReadPathIndexes1764400000000 implements MigrationInterface {
  name = 'ReadPathIndexes1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const open = `status NOT IN ('awarded', 'rejected', 'withdrawn', 'expired')`;
    const inboxOrder = `(coalesce(due_at, 'infinity'::timestamptz)), (coalesce(stage_opened_at, 'infinity'::timestamptz)), id`;
    await q.query(`
      CREATE INDEX nominations_year_created ON nominations (year, created_at DESC, id DESC);
      CREATE INDEX nominations_inbox ON nominations (stage, ${inboxOrder}) WHERE ${open};
      CREATE INDEX nominations_unit_inbox ON nominations (unit_id, stage, ${inboxOrder}) WHERE ${open};
      CREATE INDEX nominations_open_due_created ON nominations (created_at DESC, id DESC, due_at)
        WHERE due_at IS NOT NULL AND stage IS NOT NULL AND ${open};
      CREATE STATISTICS nominations_stage_status (mcv, dependencies) ON stage, status, signing_authority FROM nominations;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP STATISTICS nominations_stage_status; DROP INDEX nominations_open_due_created; DROP INDEX nominations_unit_inbox;
      DROP INDEX nominations_inbox; DROP INDEX nominations_year_created;
    `);
  }
}
