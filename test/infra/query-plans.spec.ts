// The read queries keep using the indexes their migrations created. The SQL comes from the
// repository itself (captured, not copied), the data from the benchmark's generator at
// 100,000 rows (at 20,000 the planner rightly prefers other plans for a few of them, e.g. a
// bitmap over the trigram index for a common name). The plans checked in under
// libs/persistence/src/migrations/explain/ show the same queries at 1,000,000 rows
// (`node dist/infra/bench/explain.js`). A failure here means a change to a query or an
// index made the planner fall back to something slower.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { connectDatabase, migrateAndSeed } from '#ktf/persistence';
import { findFreePort, RunningPostgres, startEmbeddedPostgres } from '../../infra/dev';
import { explainReads, QueryPlan } from '../../infra/bench/read/explain-plans';
import { loadNominations } from '../../infra/bench/read/load-nominations';
import { READ_QUERIES, readContext } from '../../infra/bench/read/read-queries';

jest.setTimeout(180_000);

const ROWS = 100_000;

describe('read query plans', () => {
  let pg: RunningPostgres;
  let db: Client;
  let scratch: string;
  let plans: QueryPlan[];

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'ktf-query-plans-'));
    await chmod(scratch, 0o755); // as root, postgres runs as another OS user that must traverse it
    pg = await startEmbeddedPostgres({ port: await findFreePort(), persistent: false, dataDir: join(scratch, 'pg') });
    const ds = await connectDatabase({ url: pg.url, applicationName: 'ktf-query-plans' });
    try {
      await migrateAndSeed(ds, { demo: true });
    } finally {
      await ds.destroy();
    }
    db = new Client({ connectionString: pg.url });
    await db.connect();
    await loadNominations(db, ROWS); // ends with ANALYZE
    plans = await explainReads(db, await readContext(db), false);
  });

  afterAll(async () => {
    await db?.end();
    await pg?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('plans every listed read', () => {
    expect(plans.map((p) => p.query.name)).toEqual(READ_QUERIES.map((q) => q.name));
  });

  it.each(READ_QUERIES.map((q) => [q.name, q.indexes.join(', ')]))('%s uses %s', (name) => {
    const plan = plans.find((p) => p.query.name === name);
    if (!plan) throw new Error(`no plan for ${name}`);
    // `a|b`: either index serves (the planner picks by statistics, e.g. for a common name).
    const missing = plan.query.indexes.filter((i) => !i.split('|').some((alt) => plan.indexes.includes(alt)));
    if (missing.length) throw new Error(`${name} no longer uses ${missing.join(', ')}:\n${plan.text}\n\n${plan.sql}`);
  });
});
