// jest globalSetup of the workflow project: ONE embedded Postgres, migrated and seeded, for every
// workflow test file. Their workers run the real activities against it (./real-activities), so
// what the tests assert is what the database holds. Each test gets fresh nominations (random ids)
// on the seeded people and councils; tests that change shared rows (holidays, a council) put them
// back. Runs outside the test sandbox: '#ktf/persistence' is the build in dist/ (npm run build).
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase, migrateAndSeed } from '#ktf/persistence';
import { findFreePort, RunningPostgres, startEmbeddedPostgres } from '../../../infra/dev';
import { DATABASE_URL_VARIABLE } from './database-url';

interface Shared {
  pg: RunningPostgres;
  scratch: string;
}

const SHARED = Symbol.for('ktf.workflow-tests.postgres');
type WithShared = typeof globalThis & { [SHARED]?: Shared };

export default async function setup(): Promise<void> {
  if (process.env[DATABASE_URL_VARIABLE]) return; // given from outside (e.g. a database kept between runs)
  const scratch = await mkdtemp(join(tmpdir(), 'ktf-workflow-tests-'));
  await chmod(scratch, 0o755); // as root, postgres runs as another OS user that must traverse it
  const pg = await startEmbeddedPostgres({ port: await findFreePort(), persistent: false, dataDir: join(scratch, 'pg') });
  try {
    const ds = await connectDatabase({ url: pg.url, poolSize: 1, applicationName: 'ktf-workflow-tests-setup' });
    try {
      await migrateAndSeed(ds);
    } finally {
      await ds.destroy();
    }
  } catch (e) {
    await pg.stop();
    await rm(scratch, { recursive: true, force: true });
    throw e;
  }
  (globalThis as WithShared)[SHARED] = { pg, scratch };
  process.env[DATABASE_URL_VARIABLE] = pg.url;
}

/** jest globalTeardown: stops what setup started (never a database given from outside). */
export async function teardown(): Promise<void> {
  const shared = (globalThis as WithShared)[SHARED];
  if (!shared) return;
  delete (globalThis as WithShared)[SHARED];
  delete process.env[DATABASE_URL_VARIABLE];
  await shared.pg.stop();
  await rm(shared.scratch, { recursive: true, force: true });
}
