import { DataSource } from 'typeorm';
import { SeedOptions, seedDatabase } from './seed/seed';

/** Runs pending migrations, then the idempotent seed (demo data only when asked). Safe to run on every start. */
export async function migrateAndSeed(ds: DataSource, seed: SeedOptions): Promise<{ applied: string[] }> {
  const applied = await ds.runMigrations({ transaction: 'each' });
  await seedDatabase(ds, seed);
  return { applied: applied.map((m) => m.name) };
}
