import { councilScopesOf, DEFAULT_AWARD_CATALOG, DEFAULT_PIPELINES } from '#ktf/domain';
import { SEED_COUNCILS, SEED_UNITS, SEED_USERS } from './seed-data';

const user = (username: string) => SEED_USERS.find((u) => u.username === username);
const proposingUnits = [...new Set(SEED_USERS.filter((u) => u.roles.includes('unit_officer')).map((u) => u.unit))];

describe('seed data', () => {
  it('gives every unit with a unit officer the councils every catalogued award’s pipeline needs', () => {
    const missing: string[] = [];
    for (const award of DEFAULT_AWARD_CATALOG) {
      const pipeline = DEFAULT_PIPELINES.find((p) => p.code === award.pipelineCode);
      if (!pipeline) throw new Error(`${award.code}: no pipeline ${award.pipelineCode}`);
      for (const scope of councilScopesOf(pipeline)) {
        for (const unit of proposingUnits) {
          const council = SEED_COUNCILS.find((c) => c.level === scope && (scope === 'province' || c.unit === unit));
          if (!council?.members.length) missing.push(`${award.code} from ${unit}: ${scope} council`);
        }
      }
    }
    expect(proposingUnits.length).toBeGreaterThan(1);
    expect(missing).toEqual([]);
  });

  it('keeps one council per scope, on known units, with seeded council members only', () => {
    const scopes = SEED_COUNCILS.map((c) => `${c.level}:${c.unit ?? ''}`);
    expect(new Set(scopes).size).toBe(scopes.length);
    expect(SEED_COUNCILS[0]).toMatchObject({ level: 'province', code: 'HD-TDKT-TINH' });
    for (const c of SEED_COUNCILS) {
      if (c.unit) expect(SEED_UNITS.map((u) => u.code)).toContain(c.unit);
      for (const m of c.members) expect(user(m)?.roles).toContain('council_member');
    }
  });

  it('seats a unit council with people of that unit who serve in no other duty, and gives the unit a signer', () => {
    for (const c of SEED_COUNCILS.filter((x) => x.level === 'unit')) {
      for (const m of c.members) expect(user(m)).toMatchObject({ unit: c.unit, roles: ['council_member'] });
      const heads = SEED_USERS.filter((u) => u.signerAuthority === c.unit);
      expect(heads).toHaveLength(1);
      expect(heads[0].roles).toEqual(['signer']);
    }
  });
});
