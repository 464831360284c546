import { join } from 'node:path';
import { Client } from 'pg';
import { connectDatabase, migrateAndSeed } from '#ktf/persistence';
import { findFreePort, findRepoRoot, startEmbeddedPostgres } from '../dev';
import { progress } from './progress';
import { loadNominations } from './read/load-nominations';
import { explainPlansHeader, explainReads, writePlans } from './read/explain-plans';
import { readContext } from './read/read-queries';

/**
 * `node dist/infra/bench/explain.js [--rows 1000000]`: loads the benchmark's nominations
 * into a throwaway Postgres and writes EXPLAIN (ANALYZE, BUFFERS) of every listed read
 * to libs/persistence/src/migrations/explain/, next to the migrations that create the
 * indexes. test/infra/query-plans.spec.ts checks the same queries still use them.
 */
async function main(): Promise<void> {
  const i = process.argv.indexOf('--rows');
  const rows = i > 0 ? Number(process.argv[i + 1]) : 1_000_000;
  if (!Number.isInteger(rows) || rows < 1000) throw new Error('--rows must be an integer ≥ 1000');
  const pg = await startEmbeddedPostgres({ port: await findFreePort(), persistent: false });
  try {
    const ds = await connectDatabase({ url: pg.url, applicationName: 'ktf-explain' });
    await migrateAndSeed(ds, { demo: true });
    await ds.destroy();
    const c = new Client({ connectionString: pg.url });
    await c.connect();
    try {
      await loadNominations(c, rows, progress);
      const plans = await explainReads(c, await readContext(c), true);
      const version = (await c.query('SHOW server_version')).rows[0].server_version as string;
      const dir = join(findRepoRoot(), 'libs/persistence/src/migrations/explain');
      writePlans(dir, plans, explainPlansHeader(rows, version));
      progress(`wrote ${plans.length} plans to ${dir}`);
    } finally {
      await c.end();
    }
  } finally {
    await pg.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
