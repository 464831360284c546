// The seed over a real PostgreSQL: production (NODE_ENV=production, as the compose `migrate`
// service and `npm start` in production run it) gets the reference data and the one admin
// account to start from, never the demo province's people, units or councils.
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DEFAULT_AWARD_CATALOG, DEFAULT_PIPELINES, HOLIDAY_SEED } from '#ktf/domain';
import { connectDatabase, DecisionDocumentRepository, HolidayRepository, migrateAndSeed, SEED_COUNCILS, SEED_UNITS, SEED_USERS, seedOptionsFor } from '#ktf/persistence';
import { findFreePort, RunningPostgres, startEmbeddedPostgres } from '../../infra/dev';

jest.setTimeout(120_000);

describe('the seed', () => {
  let pg: RunningPostgres;
  let ds: DataSource;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'ktf-seed-'));
    await chmod(scratch, 0o755); // as root, postgres runs as another OS user that must traverse it
    pg = await startEmbeddedPostgres({ port: await findFreePort(), persistent: false, dataDir: join(scratch, 'pg') });
    ds = await connectDatabase({ url: pg.url, applicationName: 'ktf-seed-test' });
  });

  afterAll(async () => {
    await ds?.destroy();
    await pg?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  const count = async (table: string) => Number((await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const usernames = async () => (await ds.query(`SELECT username FROM users ORDER BY username`)).map((r: { username: string }) => r.username);

  it('loads demo data everywhere but production', () => {
    expect(seedOptionsFor({ NODE_ENV: 'production' })).toEqual({ demo: false });
    expect(seedOptionsFor({ NODE_ENV: 'development' })).toEqual({ demo: true });
    expect(seedOptionsFor({ NODE_ENV: 'test' })).toEqual({ demo: true });
    expect(seedOptionsFor({})).toEqual({ demo: true });
    // SEED_DEMO_DATA overrides either way; anything else is refused, not guessed.
    expect(seedOptionsFor({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' })).toEqual({ demo: true });
    expect(seedOptionsFor({ NODE_ENV: 'development', SEED_DEMO_DATA: 'false' })).toEqual({ demo: false });
    expect(() => seedOptionsFor({ SEED_DEMO_DATA: 'yes' })).toThrow('SEED_DEMO_DATA must be true or false (got "yes")');
  });

  it('gives production the catalog, the pipelines, the holidays and only the admin account, without a password', async () => {
    await migrateAndSeed(ds, seedOptionsFor({ NODE_ENV: 'production' }));
    expect(await usernames()).toEqual(['admin']);
    expect((await ds.query(`SELECT code FROM units ORDER BY code`)).map((r: { code: string }) => r.code)).toEqual(['UBND-TINH', 'VP-UBND']);
    expect(await count('councils')).toBe(0);
    expect(await count('council_members')).toBe(0);
    expect(await count('award_types')).toBe(DEFAULT_AWARD_CATALOG.length);
    expect(await count('pipeline_definitions')).toBe(DEFAULT_PIPELINES.length);
    expect(await count('holidays')).toBeGreaterThan(0);
    expect((await ds.query(`SELECT roles FROM users WHERE username = 'admin'`))[0].roles).toEqual(['admin']);
    expect(await count('user_credentials')).toBe(0);
  });

  it('adds the demo province on top when run again outside production, and is idempotent', async () => {
    await migrateAndSeed(ds, { demo: true });
    await migrateAndSeed(ds, { demo: true });
    expect(await count('users')).toBe(SEED_USERS.length);
    expect(await count('units')).toBe(SEED_UNITS.length);
    expect(await count('councils')).toBe(SEED_COUNCILS.length);
  });

  it('names the seeded signers as the worker makes their development keys at start-up', async () => {
    await migrateAndSeed(ds, { demo: true });
    expect(await new DecisionDocumentRepository(ds).signerIdentities()).toEqual([
      { username: 'chairman', fullName: 'Nguyễn Cao Sơn', organization: 'Ủy ban nhân dân tỉnh' },
      { username: 'head.dongthinh', fullName: 'Lại Văn Cường', organization: 'UBND xã Đồng Thịnh' },
      { username: 'head.vp', fullName: 'Trịnh Quốc Bảo', organization: 'Văn phòng UBND tỉnh' },
    ]);
  });

  it('reads the seeded holidays back as the working-day calendar takes them: every one, in date order, names intact', async () => {
    await migrateAndSeed(ds, { demo: false });
    const holidays = new HolidayRepository(ds);
    const all = await holidays.all();
    const expected = [...HOLIDAY_SEED].map((h) => ({ date: h.date, kind: h.kind, name: h.name, estimated: h.estimated ?? false })).sort((a, b) => a.date.localeCompare(b.date));
    expect(all).toEqual(expected);
    expect(all.some((d) => /[ăâđêôơư]/i.test(d.name))).toBe(true);
    const year = Number(all[0].date.slice(0, 4));
    expect(await holidays.year(year)).toEqual(expected.filter((d) => d.date.startsWith(`${year}-`)));
  });

  it('lets a process that is done exit at once, though its pool keeps idle connections for minutes', () => {
    // A CLI or a test that never closes its data source: its idle connections must not hold it.
    const script = `require('#ktf/persistence').connectDatabase({ url: process.argv[1] }).then((ds) => ds.query('SELECT 1')).then(() => console.log('queried'))`;
    const started = Date.now();
    const run = spawnSync(process.execPath, ['-e', script, pg.url], { cwd: join(__dirname, '..', '..'), encoding: 'utf8', timeout: 30_000 });
    expect({ status: run.status, stdout: run.stdout.trim(), stderr: run.stderr }).toEqual({ status: 0, stdout: 'queried', stderr: '' });
    expect(Date.now() - started).toBeLessThan(8_000); // under the driver's own idle timeout (10 s), let alone ours (600 s)
  });
});
