import { DataSource } from 'typeorm';
import { seedDatabase } from './seed/seed';

/** Runs pending migrations, then the idempotent seed. Safe to run on every start. */
export async function migrateAndSeed(ds: DataSource): Promise<{ applied: string[] }> {
  const applied = await ds.runMigrations({ transaction: 'each' });
  await seedDatabase(ds);
  return { applied: applied.map((m) => m.name) };
}
