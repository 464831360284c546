import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_AWARD_CATALOG, DEFAULT_PIPELINES, HOLIDAY_SEED } from '#ktf/domain';
import { connectDatabase, migrateAndSeed, seedDemoData } from '#ktf/persistence';
import { findFreePort, RunningPostgres, startEmbeddedPostgres } from '../../infra/dev';

jest.setTimeout(120_000);

describe('the seed of a production database', () => {
  let pg: RunningPostgres;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'ktf-production-seed-'));
    await chmod(scratch, 0o755); // as root, postgres runs as another OS user that must traverse it
    pg = await startEmbeddedPostgres({ port: await findFreePort(), persistent: false, dataDir: join(scratch, 'pg') });
  });

  afterAll(async () => {
    await pg?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('holds the rules and one admin without a password, never the demo province, however often it runs', async () => {
    const ds = await connectDatabase({ url: pg.url, applicationName: 'ktf-production-seed' });
    try {
      await migrateAndSeed(ds, { demo: false });
      await migrateAndSeed(ds, { demo: false });
      expect(await ds.query(`SELECT username, roles FROM users ORDER BY username`)).toEqual([{ username: 'admin', roles: ['admin'] }]);
      expect(await ds.query(`SELECT count(*)::int AS n FROM user_credentials`)).toEqual([{ n: 0 }]);
      expect(await ds.query(`SELECT code FROM units`)).toEqual([{ code: 'UBND-TINH' }]);
      expect(await ds.query(`SELECT count(*)::int AS n FROM councils`)).toEqual([{ n: 0 }]);
      expect(await ds.query(`SELECT count(*)::int AS n FROM award_types`)).toEqual([{ n: DEFAULT_AWARD_CATALOG.length }]);
      expect(await ds.query(`SELECT count(*)::int AS n FROM pipeline_definitions`)).toEqual([{ n: DEFAULT_PIPELINES.length }]);
      expect(await ds.query(`SELECT count(*)::int AS n FROM holidays`)).toEqual([{ n: HOLIDAY_SEED.length }]);
    } finally {
      await ds.destroy();
    }
  });

  it('seeds the demo province outside production unless SEED_DEMO_DATA says otherwise, and refuses other values', () => {
    expect(seedDemoData({ NODE_ENV: 'production' })).toBe(false);
    expect(seedDemoData({ NODE_ENV: 'development' })).toBe(true);
    expect(seedDemoData({})).toBe(true);
    expect(seedDemoData({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' })).toBe(true);
    expect(seedDemoData({ NODE_ENV: 'development', SEED_DEMO_DATA: 'false' })).toBe(false);
    expect(() => seedDemoData({ SEED_DEMO_DATA: 'yes' })).toThrow('SEED_DEMO_DATA must be true or false (got "yes")');
  });
});
