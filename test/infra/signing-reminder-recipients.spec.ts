// Signing reminders follow delegation (issue 15): over a real PostgreSQL, the recipients of a
// signing stage's notices are the authority's signers plus the delegate of every delegation
// in force today; an expired, future or revoked delegation adds no one.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { findSeedUser, RecipientRepository, userId } from '#ktf/persistence';
import { ScratchDatabase, startScratchDatabase } from './support/scratch-database';

jest.setTimeout(120_000);

describe('signing reminder recipients', () => {
  let db: ScratchDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await startScratchDatabase('signing-recipients', 4);
    ds = db.ds;
  });

  afterAll(async () => {
    await db?.stop();
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

  it('leaves out a deactivated account, whatever the list', async () => {
    const recipients = new RecipientRepository(ds);
    const lists = async () => ({
      signers: (await recipients.signersFor('UBND')).map((r) => r.id),
      appraisers: (await recipients.withRole('appraiser')).map((r) => r.id),
      officers: (await recipients.unitOfficers(findSeedUser('officer.vp')?.unitId as string)).map((r) => r.id),
    });
    const before = await lists();
    expect(before.signers).toContain(userId('secretary')); // the delegate in force from the test above
    expect(before.appraisers).toContain(userId('appraiser'));
    expect(before.officers).toContain(userId('officer.vp'));
    await ds.query(`UPDATE users SET active = false WHERE id = ANY($1)`, [[userId('secretary'), userId('appraiser'), userId('officer.vp')]]);
    try {
      const after = await lists();
      expect(after.signers).toEqual(before.signers.filter((id) => id !== userId('secretary')));
      expect(after.appraisers).toEqual(before.appraisers.filter((id) => id !== userId('appraiser')));
      expect(after.officers).toEqual(before.officers.filter((id) => id !== userId('officer.vp')));
    } finally {
      await ds.query(`UPDATE users SET active = true WHERE id = ANY($1)`, [[userId('secretary'), userId('appraiser'), userId('officer.vp')]]);
    }
  });
});
