import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the reading side: the nomination list (keyset over created_at DESC, id DESC),
 * accent-insensitive substring search on folded names (pg_trgm), the inbox and the award
 * registry (sorted by Vietnamese name with the ICU collation "vi-x-icu").
 *
 * Both pg_trgm and ICU ship with the embedded PostgreSQL 18 binaries and with the official
 * postgres images. pg_trgm is a trusted extension, but creating it needs CREATE on the
 * database, which ktf_owner lacks in docker-compose: there the init script creates it as
 * the superuser first, and IF NOT EXISTS turns this statement into a no-op.
 */
export class QueryIndexes1764000000000 implements MigrationInterface {
  name = 'QueryIndexes1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      -- The unfiltered list and the year/status/stage filters walk this in order.
      CREATE INDEX nominations_created ON nominations (created_at DESC, id DESC);
      CREATE INDEX nominations_award_created ON nominations (award_code, created_at DESC, id DESC);
      CREATE INDEX nominations_campaign_created ON nominations (campaign_id, created_at DESC, id DESC)
        WHERE campaign_id IS NOT NULL;
      -- LIKE '%word%' on the folded name: trigram GIN serves any substring of 3+ characters.
      CREATE INDEX nominations_search_trgm ON nominations USING gin (nominee_search gin_trgm_ops);
      -- overdue=true is served by nominations_due (migration 1763900000000).
      -- Council members' inbox: "am I pinned on it", only while a council reviews.
      CREATE INDEX nominations_council_members ON nominations USING gin (council_member_ids)
        WHERE stage = 'council_review';

      CREATE INDEX award_records_search_trgm ON award_records USING gin (nominee_search gin_trgm_ops);
      CREATE INDEX award_records_unit_year ON award_records (unit_id, year DESC);
      CREATE INDEX award_records_award_year ON award_records (award_code, year DESC);
      -- The registry's order: newest year first, then names in Vietnamese alphabetical order
      -- (A Ă Â B C D Đ E Ê …), which byte order gets wrong for every accented initial.
      CREATE INDEX award_records_year_name ON award_records (year DESC, nominee_name COLLATE "vi-x-icu", id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX award_records_year_name; DROP INDEX award_records_award_year; DROP INDEX award_records_unit_year;
      DROP INDEX award_records_search_trgm; DROP INDEX nominations_council_members;
      DROP INDEX nominations_search_trgm; DROP INDEX nominations_campaign_created; DROP INDEX nominations_award_created;
      DROP INDEX nominations_created;
    `);
  }
}
