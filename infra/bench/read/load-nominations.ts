import type { Client } from 'pg';
import { foldVietnamese } from '#ktf/domain';
import { SEED_COUNCILS, unitId, userId } from '#ktf/persistence';
import { AWARD_WEIGHTS, benchUnits, INSERT_BENCH_UNITS, SEEDED_NOMINATING_UNITS } from './bench-units';
import { COLLECTIVES, expand, FAMILY, GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE } from './vietnamese-names';

/**
 * A deterministic uniform number in [0, 1) from a row number and a stream id: the same rows
 * come out on every run (plans and figures stay comparable), and unlike random() it cannot
 * be evaluated once for a whole subquery by the planner.
 */
const UNIFORM_FN = `
  CREATE OR REPLACE FUNCTION pg_temp.ku(i bigint, s int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (hashint8extended(i, s) & 2147483647)::float8 / 2147483648.0 $$;
  -- A stable UUID from a name, with the version-4/variant bits set so every validator accepts it.
  CREATE OR REPLACE FUNCTION pg_temp.kuuid(name text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT overlay(overlay(md5(name) placing '4' from 13) placing '8' from 17)::uuid $$`;

const UNIT_LEVEL = `('LDTT','CSTD_CO_SO','TTLD_TIEN_TIEN','GIAY_KHEN')`;
const CENTRAL = `('BANG_KHEN_TTG','CSTD_TOAN_QUOC','HUAN_CHUONG_LD_3')`;
const OPEN_STAGES = `('council_review','appraisal','supplement','signing','external_decision')`;

/**
 * Rows i in [$19, $20]. Distributions: units skewed (a few big offices, a long tail of
 * communes), years 2020…now weighted to recent ones, created_at bunched towards the
 * year-end round, terminal statuses for past years (86 % awarded) and every stage open in
 * the current one, names from weighted family/middle/given lists, 70 % inside a campaign.
 */
const INSERT_NOMINATIONS = `
INSERT INTO nominations (id, workflow_id, unit_id, award_code, subject, nominee, nominee_name, nominee_search, achievements,
  year, campaign_id, created_by, created_at, updated_at, status, stage, stage_opened_at, due_at, council_member_ids,
  recused_member_ids, voted_member_ids, signing_authority, decision_number, pipeline_code, pipeline_version, transition, stage_epoch)
SELECT id, 'nomination-' || id, unit_id, award, subject,
  jsonb_build_object('kind', subject, 'fullName', name) || CASE WHEN subject = 'individual' THEN '{"position":"Chuyên viên"}'::jsonb ELSE '{}' END,
  name, search, 'Hoàn thành xuất sắc nhiệm vụ được giao; có sáng kiến được công nhận và áp dụng hiệu quả.',
  year, CASE WHEN pg_temp.ku(i, 20) < 0.7 THEN pg_temp.kuuid('ktf-bench-campaign:' || year) END,
  $21::uuid, created_at, coalesce(opened_at, created_at), status, stage, opened_at,
  CASE WHEN stage IN ${OPEN_STAGES} THEN opened_at + (7 + floor(pg_temp.ku(i, 21) * 21))::int * interval '1 day' END,
  CASE WHEN stage = 'council_review' THEN $16::uuid[] ELSE '{}' END,
  CASE WHEN stage = 'council_review' AND unit_id = $17::uuid THEN ARRAY[$18::uuid] ELSE '{}' END,
  CASE WHEN stage = 'council_review' THEN ($16::uuid[])[1:floor(pg_temp.ku(i, 22) * 5)::int] ELSE '{}' END,
  CASE WHEN stage = 'signing' THEN CASE WHEN pipeline = 'unit-level' THEN unit_code ELSE 'UBND' END END,
  CASE WHEN status = 'awarded' THEN (1 + i % 400) || '/QĐ-UBND' END,
  pipeline, 1, 1 + floor(pg_temp.ku(i, 23) * 15)::int, 1
FROM (
  SELECT *,
    CASE WHEN stage IN ${OPEN_STAGES} OR stage = 'unit_proposal'
      THEN greatest(created_at, now() - pg_temp.ku(i, 12) * interval '30 days') END AS opened_at
  FROM (
    SELECT *,
      CASE
        WHEN year = $22 AND u < 0.08 THEN 'draft' WHEN year = $22 AND u < 0.63 THEN 'in_progress'
        WHEN year = $22 - 1 AND u < 0.01 THEN 'in_progress'
        WHEN year = $22 AND u < 0.90 OR year < $22 AND u < 0.86 THEN 'awarded'
        WHEN u < 0.95 THEN 'rejected' WHEN u < 0.98 THEN 'withdrawn' ELSE 'expired' END AS status,
      CASE
        WHEN year = $22 AND u < 0.08 THEN 'unit_proposal' WHEN year = $22 AND u < 0.30 THEN 'council_review'
        WHEN year = $22 AND u < 0.48 THEN 'appraisal' WHEN year = $22 AND u < 0.51 THEN 'supplement'
        WHEN year = $22 AND u < 0.61 THEN 'signing'
        WHEN year = $22 AND u < 0.63 THEN CASE WHEN pipeline = 'central' THEN 'external_decision' ELSE 'signing' END
        WHEN year = $22 - 1 AND u < 0.01 THEN 'appraisal' END AS stage
    FROM (
      SELECT *,
        CASE WHEN award IN ${UNIT_LEVEL} THEN 'unit-level' WHEN award IN ${CENTRAL} THEN 'central' ELSE 'provincial' END AS pipeline,
        CASE WHEN subject = 'collective' THEN ($14::text[])[ci] WHEN female THEN ($4::text[])[fi] || ' ' || ($8::text[])[mfi] || ' ' || ($12::text[])[gfi]
          ELSE ($4::text[])[fi] || ' ' || ($6::text[])[mmi] || ' ' || ($10::text[])[gmi] END AS name,
        CASE WHEN subject = 'collective' THEN ($15::text[])[ci] WHEN female THEN ($5::text[])[fi] || ' ' || ($9::text[])[mfi] || ' ' || ($13::text[])[gfi]
          ELSE ($5::text[])[fi] || ' ' || ($7::text[])[mmi] || ' ' || ($11::text[])[gmi] END AS search,
        make_timestamptz(year, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh') + power(pg_temp.ku(i, 10), 0.35)
          * (least(make_timestamptz(year + 1, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh'), now() - interval '1 hour') - make_timestamptz(year, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh')) AS created_at
      FROM (
        SELECT *,
          CASE WHEN award IN ('TTLD_TIEN_TIEN','TTLD_XUAT_SAC','CO_THI_DUA_TINH') THEN 'collective'
            WHEN award IN ('LDTT','CSTD_CO_SO','CSTD_TINH','CSTD_TOAN_QUOC') THEN 'individual'
            WHEN pg_temp.ku(i, 5) < 0.2 THEN 'collective' ELSE 'individual' END AS subject
        FROM (
          SELECT g.i, pg_temp.kuuid('ktf-bench-nomination:' || $23::int || ':' || g.i) AS id,
            ($1::uuid[])[ui] AS unit_id, ($2::text[])[ui] AS unit_code,
            $22::int - 6 + floor(7 * sqrt(pg_temp.ku(g.i, 2)))::int AS year,
            ($3::text[])[1 + floor(pg_temp.ku(g.i, 3) * cardinality($3::text[]))::int] AS award,
            pg_temp.ku(g.i, 4) < 0.5 AS female, pg_temp.ku(g.i, 11) AS u,
            1 + floor(pg_temp.ku(g.i, 6) * cardinality($4::text[]))::int AS fi,
            1 + floor(pg_temp.ku(g.i, 7) * cardinality($6::text[]))::int AS mmi,
            1 + floor(pg_temp.ku(g.i, 7) * cardinality($8::text[]))::int AS mfi,
            1 + floor(pg_temp.ku(g.i, 8) * cardinality($10::text[]))::int AS gmi,
            1 + floor(pg_temp.ku(g.i, 8) * cardinality($12::text[]))::int AS gfi,
            1 + floor(pg_temp.ku(g.i, 9) * cardinality($14::text[]))::int AS ci
          FROM generate_series($19::bigint, $20::bigint) AS g(i),
            LATERAL (SELECT 1 + floor(power(pg_temp.ku(g.i, 1), 1.8) * cardinality($1::uuid[]))::int AS ui) AS pick
        ) a
      ) b
    ) c
  ) d
) e`;

const folded = (list: [string, number][]) => {
  const names = expand(list);
  return [names, names.map(foldVietnamese)];
};

/** The parameters of INSERT_NOMINATIONS except the row range. */
export async function nominationParams(c: Client, seed: number): Promise<(from: number, to: number) => unknown[]> {
  const units = benchUnits();
  await c.query(INSERT_BENCH_UNITS, [units.map((u) => u.code), units.map((u) => u.name), units.map((u) => u.kind), unitId('UBND-TINH')]);
  const rows: { id: string; code: string }[] = (
    await c.query(`SELECT id, code FROM units WHERE code LIKE 'BENCH-%' ORDER BY code`)
  ).rows;
  const seededCodes = ['VP-UBND', 'XA-DONG-THINH', 'P-NAM-HOA-LU', 'SO-NOI-VU'];
  const unitIds = [...SEEDED_NOMINATING_UNITS, ...rows.map((r) => r.id)];
  const unitCodes = [...seededCodes, ...rows.map((r) => r.code)];
  const council = SEED_COUNCILS[0].members.map(userId);
  const year = new Date().getFullYear();
  const fixed = [
    unitIds, unitCodes, expand(AWARD_WEIGHTS, 1000),
    ...folded(FAMILY), ...folded(MIDDLE_MALE), ...folded(MIDDLE_FEMALE), ...folded(GIVEN_MALE), ...folded(GIVEN_FEMALE), ...folded(COLLECTIVES),
    council, unitId('XA-DONG-THINH'), userId('council.5'),
  ];
  return (from, to) => [...fixed, from, to, userId('officer.vp'), year, seed];
}

export type LoadProgress = (message: string) => void;

/**
 * Bulk-loads `count` nominations (rows numbered after any already loaded by earlier calls
 * with the same seed are not supported: one call per database). Secondary indexes are
 * dropped first and rebuilt after, which is several times faster than maintaining GIN
 * trigram indexes row by row; their definitions come from the catalog, so the rebuilt
 * indexes are exactly the migrations' ones.
 */
export async function loadNominations(c: Client, count: number, log: LoadProgress = () => undefined, seed = 1): Promise<void> {
  await c.query(UNIFORM_FN);
  const params = await nominationParams(c, seed);
  const rebuild = await dropSecondaryIndexes(c, 'nominations');
  const chunk = 100_000;
  for (let from = 1; from <= count; from += chunk) {
    const to = Math.min(count, from + chunk - 1);
    await c.query(INSERT_NOMINATIONS, params(from, to));
    log(`nominations: ${to.toLocaleString('en')}/${count.toLocaleString('en')}`);
  }
  await rebuildIndexes(c, rebuild, log);
  await c.query('ANALYZE nominations; ANALYZE units');
}

/** Drops the indexes of `table` that back no constraint; returns their definitions. */
export async function dropSecondaryIndexes(c: Client, table: string): Promise<{ name: string; def: string }[]> {
  const { rows } = await c.query<{ name: string; def: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)`,
    [table],
  );
  for (const r of rows) await c.query(`DROP INDEX ${c.escapeIdentifier(r.name)}`);
  return rows;
}

export async function rebuildIndexes(c: Client, defs: { name: string; def: string }[], log: LoadProgress): Promise<void> {
  await c.query(`SET maintenance_work_mem = '512MB'`);
  for (const d of defs) {
    const t0 = Date.now();
    await c.query(d.def);
    log(`index ${d.name} rebuilt in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}
