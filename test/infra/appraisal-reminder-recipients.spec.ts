// Appraisal reminders follow a reassignment (issue 15): over a real PostgreSQL, the recipients of
// an appraisal's notices are every active appraiser until the appraisal is named to one, then that
// appraiser alone (none once their account is deactivated: an admin reassigns it).
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RecipientRepository, unitId, userId } from '#ktf/persistence';
import { ScratchDatabase, startScratchDatabase } from './support/scratch-database';

jest.setTimeout(120_000);

describe('appraisal reminder recipients', () => {
  let db: ScratchDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await startScratchDatabase('appraisal-recipients', 4);
    ds = db.ds;
  });

  afterAll(async () => {
    await db?.stop();
  });

  it('reaches every appraiser while the appraisal is not named, then only the one it is named to', async () => {
    const recipients = new RecipientRepository(ds);
    const second = randomUUID();
    await ds.query(`INSERT INTO users (id, username, full_name, unit_id, roles, email) VALUES ($1, 'appraiser.2', 'Lê Thị Thẩm Định', $2, '{appraiser}', 'appraiser.2@ktf.local')`, [
      second,
      unitId('SO-NOI-VU'),
    ]);
    const ids = async (named: string | null) => (await recipients.appraisersFor(named)).map((r) => [r.id, r.email]);
    expect(await ids(null)).toEqual([[userId('appraiser'), 'appraiser@ktf.local'], [second, 'appraiser.2@ktf.local']].sort((a, b) => a[0].localeCompare(b[0])));
    expect(await ids(second)).toEqual([[second, 'appraiser.2@ktf.local']]);
    // Named to someone who is no appraiser (never accepted by the rule): no one, rather than the wrong person.
    expect(await ids(userId('council.1'))).toEqual([]);
    await ds.query(`UPDATE users SET active = false WHERE id = $1`, [second]);
    expect(await ids(second)).toEqual([]);
    expect(await ids(null)).toEqual([[userId('appraiser'), 'appraiser@ktf.local']]);
  });
});
