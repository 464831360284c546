import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { connectDatabase, migrateAndSeed } from '#ktf/persistence';
import { findFreePort, RunningPostgres, startEmbeddedPostgres } from '../../../infra/dev';

export interface ScratchDatabase {
  pg: RunningPostgres;
  ds: DataSource;
  /** Closes the pool, stops Postgres and removes its files. */
  stop(): Promise<void>;
}

/** A throwaway embedded Postgres, migrated and seeded with the demo province, for one spec file. */
export async function startScratchDatabase(name: string, poolSize?: number): Promise<ScratchDatabase> {
  const scratch = await mkdtemp(join(tmpdir(), `ktf-${name}-`));
  await chmod(scratch, 0o755); // as root, postgres runs as another OS user that must traverse it
  const pg = await startEmbeddedPostgres({ port: await findFreePort(), persistent: false, dataDir: join(scratch, 'pg') });
  const ds = await connectDatabase({ url: pg.url, applicationName: `ktf-${name}`, ...(poolSize ? { poolSize } : {}) });
  await migrateAndSeed(ds, { demo: true });
  return {
    pg,
    ds,
    async stop() {
      await ds.destroy();
      await pg.stop();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
