import { connectDatabase } from '../data-source';
import { migrateAndSeed } from '../migrate';
import { seedOptionsFor } from '../seed/seed';

/**
 * `node dist/libs/persistence/src/cli/migrate.js`: migrations + seed against DATABASE_URL (used by
 * docker-compose); with NODE_ENV=production, no demo people, units or councils.
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required (e.g. postgres://user:pass@host:5432/ktf)');
  const ds = await connectDatabase({ url, applicationName: 'ktf-migrate' });
  try {
    const { applied } = await migrateAndSeed(ds, seedOptionsFor(process.env));
    console.log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'schema up to date; seed checked');
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
