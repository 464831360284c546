// jest globalSetup / globalTeardown of the workflow project: ONE embedded Postgres, migrated and
// seeded, for every workflow test file. Their workers run the worker's real activities against it
// (./real-activities.ts), so what the tests assert is what the database holds. Each test makes
// fresh nominations (random ids) on the seeded people and councils; a test that changes shared
// rows (the holidays, a council) puts them back.
//
// Plain JavaScript over the build in dist/ (`npm run build`, which the workflow tests need anyway
// for the workflow bundle): a TypeScript setup file would cost jest a second type-checking
// compiler in this process, tens of seconds on a busy 2-core machine.
'use strict';

const { chmod, mkdtemp, rm } = require('node:fs/promises');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

/** Read by ./database-url.ts. */
const DATABASE_URL_VARIABLE = 'KTF_WORKFLOW_TEST_DATABASE_URL';
const SHARED = Symbol.for('ktf.workflow-tests.postgres');

async function setup() {
  const { findFreePort, startEmbeddedPostgres } = require('../../../dist/infra/dev');
  const { connectDatabase, migrateAndSeed } = require('#ktf/persistence');
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
  globalThis[SHARED] = { pg, scratch };
  process.env[DATABASE_URL_VARIABLE] = pg.url;
}

async function teardown() {
  const shared = globalThis[SHARED];
  if (!shared) return;
  delete globalThis[SHARED];
  delete process.env[DATABASE_URL_VARIABLE];
  await shared.pg.stop();
  await rm(shared.scratch, { recursive: true, force: true });
}

module.exports = { setup, teardown };
