import { DataSource } from 'typeorm';
import { DEFAULT_AWARD_CATALOG, DEFAULT_PIPELINES, HOLIDAY_SEED } from '#ktf/domain';
import { BOOTSTRAP_UNITS, BOOTSTRAP_USERS, councilId, SEED_COUNCILS, SEED_UNITS, SEED_USERS, unitId, userId } from './seed-data';

export interface SeedOptions {
  /**
   * The demo province (units, people, councils) for development and tests. Without it only the
   * rules (catalog, pipelines, holidays) and one admin account without a password are seeded: a
   * production database never holds demo users.
   */
  demo: boolean;
}

/**
 * Whether to seed the demo province: `SEED_DEMO_DATA=true|false`, otherwise everywhere but
 * production (NODE_ENV=production seeds the rules and one admin account only).
 */
export function seedDemoData(env: NodeJS.ProcessEnv): boolean {
  const explicit = env.SEED_DEMO_DATA;
  if (explicit === undefined || explicit === '') return env.NODE_ENV !== 'production';
  if (explicit === 'true' || explicit === 'false') return explicit === 'true';
  throw new Error(`SEED_DEMO_DATA must be true or false (got "${explicit}")`);
}

/**
 * Idempotent seed: inserts what is missing and never overwrites rows an admin may
 * have edited (ON CONFLICT DO NOTHING everywhere).
 */
export async function seedDatabase(ds: DataSource, { demo }: SeedOptions = { demo: true }): Promise<void> {
  const units = demo ? SEED_UNITS : BOOTSTRAP_UNITS;
  const users = demo ? SEED_USERS : BOOTSTRAP_USERS;
  const councils = demo ? SEED_COUNCILS : [];
  await ds.transaction(async (m) => {
    for (const u of units) {
      await m.query(
        `INSERT INTO units (id, code, name, kind, parent_id) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
        [unitId(u.code), u.code, u.name, u.kind, u.parent ? unitId(u.parent) : null],
      );
    }
    for (const u of users) {
      await m.query(
        `INSERT INTO users (id, username, full_name, unit_id, roles, email, signer_authority)
         VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT DO NOTHING`,
        [userId(u.username), u.username, u.fullName, unitId(u.unit), u.roles, `${u.username}@ktf.local`, u.signerAuthority ?? null],
      );
    }
    for (const c of councils) {
      // One council per scope (the province, or one unit): an admin's own council for it stays the only one.
      const unit = c.unit ? unitId(c.unit) : null;
      await m.query(
        `INSERT INTO councils (id, code, name, level, unit_id)
         SELECT $1::uuid, $2::text, $3::text, $4::text, $5::uuid
         WHERE NOT EXISTS (SELECT 1 FROM councils WHERE level=$4::text AND ($4::text = 'province' OR unit_id=$5::uuid))
         ON CONFLICT DO NOTHING`,
        [councilId(c.code), c.code, c.name, c.level, unit],
      );
      for (const member of c.members) {
        await m.query(
          `INSERT INTO council_members (council_id, user_id, active)
           SELECT $1::uuid, $2::uuid, true WHERE EXISTS (SELECT 1 FROM councils WHERE id=$1::uuid) AND EXISTS (SELECT 1 FROM users WHERE id=$2::uuid)
           ON CONFLICT DO NOTHING`,
          [councilId(c.code), userId(member)],
        );
      }
    }
    for (const p of DEFAULT_PIPELINES) {
      await m.query(`INSERT INTO pipeline_definitions (code, version, name, stages) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING`, [
        p.code, p.version, p.name, JSON.stringify(p.stages),
      ]);
    }
    for (const a of DEFAULT_AWARD_CATALOG) {
      await m.query(`INSERT INTO award_types (code, name_vi, name_en, definition) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING`, [
        a.code, a.nameVi, a.nameEn, JSON.stringify(a),
      ]);
    }
    for (const h of HOLIDAY_SEED) {
      await m.query(`INSERT INTO holidays (date, kind, name, estimated) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING`, [
        h.date, h.kind, h.name, h.estimated ?? false,
      ]);
    }
  });
}

/** The seed a process should run, from its environment (see seedDemoData). */
export const seedOptionsFor = (env: NodeJS.ProcessEnv): SeedOptions => ({ demo: seedDemoData(env) });
