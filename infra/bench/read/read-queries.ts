import type { Client } from 'pg';
import type { Role } from '#ktf/domain';
import { CreatedKey, DataSource, findSeedUser, InboxScope, NominationListFilter, NominationQueryRepository, unitId } from '#ktf/persistence';
import { nominationCursor } from '../../../apps/api/src/queries/query-cursor';

/** Values the queries need that depend on the loaded data. */
export interface ReadContext {
  campaignId: string;
  smallUnitId: string;
  /** Key after which only the last page of the unfiltered list remains. */
  deepKey: CreatedKey;
}

/**
 * One read the benchmark times over HTTP and whose SQL plan is checked in and tested:
 * `call` runs the repository method the endpoint uses, so the SQL is the one it builds.
 * `indexes` are the index names the plan must use (all of them).
 */
export interface ReadQuery {
  name: string;
  user: string;
  path(ctx: ReadContext): string;
  call(repo: NominationQueryRepository, ctx: ReadContext): Promise<unknown>;
  indexes: string[];
}

const LIMIT = 20;
const VP = unitId('VP-UBND');

function scopeOf(username: string): InboxScope {
  const u = findSeedUser(username);
  if (!u) throw new Error(`no seeded user ${username}`);
  return { actorId: u.id, unitId: u.unitId, roles: u.roles as Role[], signerAuthorities: u.signerAuthority ? [u.signerAuthority] : [] };
}

const inbox = (user: string, indexes: string[]): ReadQuery => ({
  name: `GET /inbox (${user})`,
  user,
  path: () => `/inbox?limit=${LIMIT}`,
  call: (repo) => repo.inbox(scopeOf(user), null, LIMIT),
  indexes,
});

const list = (name: string, query: (ctx: ReadContext) => Record<string, string | number | boolean>, filter: (ctx: ReadContext) => NominationListFilter, indexes: string[]): ReadQuery => ({
  name: `GET /nominations ${name}`,
  user: 'auditor',
  path: (ctx) => `/nominations?${new URLSearchParams(Object.entries({ ...query(ctx), limit: LIMIT }).map(([k, v]): [string, string] => [k, String(v)]))}`,
  call: (repo, ctx) => repo.list(filter(ctx), null, LIMIT),
  indexes,
});

/** The reads of DESIGN §5 the benchmark measures, each with the index its plan must use. */
export const READ_QUERIES: ReadQuery[] = [
  inbox('council.1', ['nominations_inbox']),
  inbox('appraiser', ['nominations_inbox']),
  inbox('chairman', ['nominations_inbox']),
  inbox('secretary', ['nominations_inbox']),
  inbox('officer.vp', ['nominations_unit_inbox']),
  list('(no filter)', () => ({}), () => ({}), ['nominations_created']),
  list('?stage=council_review', () => ({ stage: 'council_review' }), () => ({ stage: 'council_review' }), ['nominations_stage_created|nominations_created']),
  list('?stage=supplement', () => ({ stage: 'supplement' }), () => ({ stage: 'supplement' }), ['nominations_stage_created']),
  list('?status=draft', () => ({ status: 'draft' }), () => ({ status: 'draft' }), ['nominations_status_created']),
  list('?unitId=<large office>', () => ({ unitId: VP }), () => ({ unitId: VP }), ['nominations_unit_created']),
  list('?unitId=<commune>', (c) => ({ unitId: c.smallUnitId }), (c) => ({ unitId: c.smallUnitId }), ['nominations_unit_created']),
  list('?awardCode=CSTD_TINH', () => ({ awardCode: 'CSTD_TINH' }), () => ({ awardCode: 'CSTD_TINH' }), ['nominations_award_created']),
  list('?campaignId=<2025 round>', (c) => ({ campaignId: c.campaignId }), (c) => ({ campaignId: c.campaignId }), ['nominations_campaign_created']),
  list('?year=2021', () => ({ year: 2021 }), () => ({ year: 2021 }), ['nominations_year_created']),
  list('?overdue=true', () => ({ overdue: true }), () => ({ overdue: true }), ['nominations_open_due_created']),
  list('?overdue=false', () => ({ overdue: false }), () => ({ overdue: false }), ['nominations_created']),
  list('?q=Nguyễn Thị Hương', () => ({ q: 'Nguyễn Thị Hương' }), () => ({ text: 'Nguyễn Thị Hương' }), ['nominations_created|nominations_search_trgm']),
  list('?q=tuan (no marks)', () => ({ q: 'tuan' }), () => ({ text: 'tuan' }), ['nominations_created|nominations_search_trgm']),
  list('?q=Quách Thị Oanh (rare)', () => ({ q: 'Quách Thị Oanh' }), () => ({ text: 'Quách Thị Oanh' }), ['nominations_search_trgm']),
  {
    name: 'GET /nominations last page of a deep cursor walk',
    user: 'auditor',
    path: (ctx) => `/nominations?limit=${LIMIT}&cursor=${nominationCursor.encode(ctx.deepKey)}`,
    call: (repo, ctx) => repo.list({}, ctx.deepKey, LIMIT),
    indexes: ['nominations_created'],
  },
];

/** Finds the data-dependent values (a campaign, a small unit, the key of the last page). */
export async function readContext(c: Client): Promise<ReadContext> {
  const year = new Date().getFullYear() - 1;
  const campaign = await c.query(`SELECT campaign_id FROM nominations WHERE year = $1 AND campaign_id IS NOT NULL LIMIT 1`, [year]);
  const small = await c.query(`SELECT unit_id FROM nominations GROUP BY unit_id ORDER BY count(*) ASC, unit_id LIMIT 1`);
  const total = Number((await c.query(`SELECT count(*) AS n FROM nominations`)).rows[0].n);
  const deep = await c.query(
    `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at, id
     FROM nominations ORDER BY created_at DESC, id DESC OFFSET $1 LIMIT 1`,
    [Math.max(0, total - LIMIT - 1)],
  );
  return {
    campaignId: campaign.rows[0]?.campaign_id,
    smallUnitId: small.rows[0]?.unit_id,
    deepKey: { createdAt: deep.rows[0]?.created_at, id: deep.rows[0]?.id },
  };
}

/** The SQL and parameters a repository call sends, captured instead of run. */
export async function capturedSql(q: ReadQuery, ctx: ReadContext): Promise<{ sql: string; params: unknown[] }> {
  const seen: { sql: string; params: unknown[] }[] = [];
  const fake = { query: async (sql: string, params: unknown[] = []) => (seen.push({ sql, params }), []) } as unknown as DataSource;
  await q.call(new NominationQueryRepository(fake), ctx);
  if (seen.length !== 1) throw new Error(`${q.name}: expected one SQL statement, got ${seen.length}`);
  return seen[0];
}
