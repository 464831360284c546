import { DataSource } from 'typeorm';
import { DEFAULT_AWARD_CATALOG, DEFAULT_PIPELINES, HOLIDAY_SEED } from '#ktf/domain';
import { councilId, SEED_COUNCILS, SEED_UNITS, SEED_USERS, unitId, userId } from './seed-data';

export interface SeedOptions {
  /**
   * true: the demo province's people, units and councils as well (development and tests).
   * false (production): the reference data, plus the one account an operator needs to start —
   * `admin`, with no password until one is set — and the units it belongs to.
   */
  demo: boolean;
}

/** What production gets beside the reference data: the admin account and its units. */
const BOOTSTRAP_USERS = ['admin'];
const BOOTSTRAP_UNITS = ['UBND-TINH', 'VP-UBND'];

/** Demo data only outside production: `NODE_ENV=production` seeds no demo people. */
export const seedOptionsFor = (env: NodeJS.ProcessEnv): SeedOptions => ({ demo: env.NODE_ENV !== 'production' });

/**
 * Idempotent seed: inserts what is missing and never overwrites rows an admin may
 * have edited (ON CONFLICT DO NOTHING everywhere). The award catalog, the pipelines and the
 * holidays always; the demo people, units and councils only with `demo`.
 */
export async function seedDatabase(ds: DataSource, { demo }: SeedOptions): Promise<void> {
  const units = demo ? SEED_UNITS : SEED_UNITS.filter((u) => BOOTSTRAP_UNITS.includes(u.code));
  const users = demo ? SEED_USERS : SEED_USERS.filter((u) => BOOTSTRAP_USERS.includes(u.username));
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
