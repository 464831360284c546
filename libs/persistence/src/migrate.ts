import { DataSource } from 'typeorm';
import { seedDatabase, SeedOptions } from './seed/seed';

/** Runs pending migrations, then the idempotent seed (the demo province unless told otherwise). Safe to run on every start. */
export async function migrateAndSeed(ds: DataSource, seed: SeedOptions = { demo: true }): Promise<{ applied: string[] }> {
  const applied = await ds.runMigrations({ transaction: 'each' });
  await seedDatabase(ds, seed);
  return { applied: applied.map((m) => m.name) };
}
