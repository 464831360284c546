// Migration 1764700000000 over a real PostgreSQL that was migrated before it: 24/11/2026 and
// 24/11/2027 (Ngày Văn hóa Việt Nam) join the holidays table, a row an admin already set for one
// of those dates is kept, and nothing else in the table changes.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '#ktf/persistence';
import { findFreePort, RunningPostgres, startEmbeddedPostgres } from '../../infra/dev';

jest.setTimeout(120_000);

describe('migration: Ngày Văn hóa Việt Nam', () => {
  let pg: RunningPostgres;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'ktf-vanhoa-'));
    await chmod(scratch, 0o755); // as root, postgres runs as another OS user that must traverse it
    pg = await startEmbeddedPostgres({ port: await findFreePort(), persistent: false, dataDir: join(scratch, 'pg') });
  });

  afterAll(async () => {
    await pg?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('adds 24/11/2026 and 24/11/2027 to a database migrated before it, keeping what an admin set', async () => {
    // Exactly the migrations released before it, then it alone (later ones are not its concern).
    const at = MIGRATIONS.findIndex((m) => m.name === 'VanHoaDay1764700000000');
    expect(at).toBeGreaterThan(0);
    const before = new DataSource({ type: 'postgres', url: pg.url, migrations: MIGRATIONS.slice(0, at), logging: ['error'] });
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    await before.query(`INSERT INTO holidays (date, kind, name) VALUES ('2026-09-02', 'holiday', 'Quốc khánh'), ('2027-11-24', 'holiday', 'Nghỉ theo quyết định của tỉnh')`);
    await before.destroy();

    const ds = new DataSource({ type: 'postgres', url: pg.url, migrations: MIGRATIONS.slice(0, at + 1), logging: ['error'] });
    await ds.initialize();
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      expect(applied.map((m) => m.name)).toEqual(['VanHoaDay1764700000000']);
      const rows = await ds.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name, estimated FROM holidays ORDER BY date`);
      expect(rows).toEqual([
        { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh', estimated: false },
        { date: '2026-11-24', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam', estimated: false },
        { date: '2027-11-24', kind: 'holiday', name: 'Nghỉ theo quyết định của tỉnh', estimated: false },
      ]);
    } finally {
      await ds.destroy();
    }
  });
});
