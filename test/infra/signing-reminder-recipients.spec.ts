// Signing reminders follow delegation (issue 15): over a real PostgreSQL, the recipients of a
// signing stage's notices are the authority's signers plus the delegate of every delegation
// in force today; an expired, future or revoked delegation adds no one.
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { connectDatabase, migrateAndSeed, RecipientRepository, userId } from '#ktf/persistence';
import { findFreePort, RunningPostgres, startEmbeddedPostgres } from '../../infra/dev';

jest.setTimeout(120_000);

describe('signing reminder recipients', () => {
  let pg: RunningPostgres;
  let ds: DataSource;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'ktf-signing-recipients-'));
    await chmod(scratch, 0o755); // as root, postgres runs as another OS user that must traverse it
    pg = await startEmbeddedPostgres({ port: await findFreePort(), persistent: false, dataDir: join(scratch, 'pg') });
    ds = await connectDatabase({ url: pg.url, applicationName: 'ktf-signing-recipients', poolSize: 4 });
    await migrateAndSeed(ds, { demo: true });
  });

  afterAll(async () => {
    await ds?.destroy();
    await pg?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  const delegate = (delegateUser: string, from: string, to: string, revoked = false) =>
    ds.query(
      `INSERT INTO delegations (id, kind, authority, principal_id, delegate_id, principal_title, delegate_title, valid_from, valid_to, created_by, revoked_at)
       VALUES ($1, 'KT', 'UBND', $2, $3, 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', $4, $5, $2, $6)`,
      [randomUUID(), userId('chairman'), userId(delegateUser), from, to, revoked ? new Date(Date.now() - 60_000) : null],
    );

  it('adds the delegate in force to the signers, and no one for an expired, future or revoked delegation', async () => {
    const recipients = new RecipientRepository(ds);
    expect((await recipients.signersFor('UBND')).map((r) => r.id)).toEqual([userId('chairman')]);
    await delegate('council.1', '2000-01-01', '2000-12-31');
    await delegate('council.2', '2999-01-01', '2999-12-31');
    await delegate('council.3', '2000-01-01', '2999-12-31', true);
    await delegate('secretary', '2000-01-01', '2999-12-31');
    const ids = (await recipients.signersFor('UBND')).map((r) => r.id);
    expect(ids).toEqual([userId('chairman'), userId('secretary')].sort());
  });
});
