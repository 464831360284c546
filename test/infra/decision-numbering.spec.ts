// Decision numbers over a real PostgreSQL: `<seq>/QĐ-<authority>` runs from 1, gap-free, per
// authority, per kind (quyết định / tờ trình) and per year of signing in Vietnamese local
// time; concurrent signers queue on the counter row; an allocation that rolls back burns none.
// The API's batch signing on top of it (a refused batch takes no number) is in
// test/e2e/dossier-signing.e2e-spec.ts.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DecisionKind } from '#ktf/domain';
import { DecisionRepository, userId } from '#ktf/persistence';
import { ScratchDatabase, startScratchDatabase } from './support/scratch-database';

jest.setTimeout(120_000);

describe('decision numbering', () => {
  let db: ScratchDatabase;
  let ds: DataSource;
  let repo: DecisionRepository;

  beforeAll(async () => {
    db = await startScratchDatabase('decision-numbering', 12);
    ds = db.ds;
    repo = new DecisionRepository(ds);
  });

  afterAll(async () => {
    await db?.stop();
  });

  // Each test numbers for its own authority, so none depends on another's counters.
  const sign = async (authority: string, signedAt: string, kind: DecisionKind = 'decision', id?: string) =>
    (await repo.takeNumber({ id: id ?? randomUUID(), kind, authority, signedAt: new Date(signedAt), signerId: userId('chairman'), nominationIds: [] })).number;

  it('numbers from 1 without gaps, each authority on its own', async () => {
    expect(await sign('UBND', '2025-03-02T03:00:00Z')).toBe('1/QĐ-UBND');
    expect(await sign('XA-GIA-VIEN', '2025-03-02T03:00:00Z')).toBe('1/QĐ-XA-GIA-VIEN');
    expect(await sign('UBND', '2025-03-03T03:00:00Z')).toBe('2/QĐ-UBND');
    expect(await sign('XA-GIA-VIEN', '2025-03-04T03:00:00Z')).toBe('2/QĐ-XA-GIA-VIEN');
    expect(await sign('UBND', '2025-03-05T03:00:00Z')).toBe('3/QĐ-UBND');
    const stored = await ds.query(`SELECT authority, year, kind, seq, number, status FROM decisions WHERE authority IN ('UBND', 'XA-GIA-VIEN') ORDER BY authority, seq`);
    expect(stored).toEqual([
      { authority: 'UBND', year: 2025, kind: 'decision', seq: 1, number: '1/QĐ-UBND', status: 'numbered' },
      { authority: 'UBND', year: 2025, kind: 'decision', seq: 2, number: '2/QĐ-UBND', status: 'numbered' },
      { authority: 'UBND', year: 2025, kind: 'decision', seq: 3, number: '3/QĐ-UBND', status: 'numbered' },
      { authority: 'XA-GIA-VIEN', year: 2025, kind: 'decision', seq: 1, number: '1/QĐ-XA-GIA-VIEN', status: 'numbered' },
      { authority: 'XA-GIA-VIEN', year: 2025, kind: 'decision', seq: 2, number: '2/QĐ-XA-GIA-VIEN', status: 'numbered' },
    ]);
  });

  it('restarts each year at local midnight on 1 January', async () => {
    expect(await sign('P-NAM-HOA-LU', '2024-12-31T10:00:00Z')).toBe('1/QĐ-P-NAM-HOA-LU');
    expect(await sign('P-NAM-HOA-LU', '2024-12-31T16:59:59.999Z')).toBe('2/QĐ-P-NAM-HOA-LU'); // 23:59 on 31/12 in Hà Nội
    expect(await sign('P-NAM-HOA-LU', '2024-12-31T17:00:00Z')).toBe('1/QĐ-P-NAM-HOA-LU'); // 00:00 on 1/1
    expect(await sign('P-NAM-HOA-LU', '2025-01-02T02:00:00Z')).toBe('2/QĐ-P-NAM-HOA-LU');
    const years = await ds.query(`SELECT year, seq FROM decisions WHERE authority = 'P-NAM-HOA-LU' ORDER BY signed_at`);
    expect(years).toEqual([{ year: 2024, seq: 1 }, { year: 2024, seq: 2 }, { year: 2025, seq: 1 }, { year: 2025, seq: 2 }]);
  });

  it('numbers decisions and central submissions apart', async () => {
    expect(await sign('SO-NOI-VU', '2025-06-02T03:00:00Z', 'submission')).toBe('1/TTr-SO-NOI-VU');
    expect(await sign('SO-NOI-VU', '2025-06-02T03:00:00Z', 'decision')).toBe('1/QĐ-SO-NOI-VU');
    expect(await sign('SO-NOI-VU', '2025-06-03T03:00:00Z', 'submission')).toBe('2/TTr-SO-NOI-VU');
  });

  it('gives signers at the same moment distinct, consecutive numbers', async () => {
    const numbers = await Promise.all(Array.from({ length: 10 }, () => sign('XA-DONG-THINH', '2025-07-01T03:00:00Z')));
    const seqs = numbers.map((n) => Number(n.split('/')[0])).sort((a, b) => a - b);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(numbers).size).toBe(10);
  });

  it('numbers a decision once: the same decision id again (a retried step) gets its number back and burns none', async () => {
    const id = randomUUID();
    expect(await sign('VP-UBND', '2025-08-01T03:00:00Z', 'decision', id)).toBe('1/QĐ-VP-UBND');
    expect(await sign('VP-UBND', '2025-08-01T04:00:00Z', 'decision', id)).toBe('1/QĐ-VP-UBND');
    // Two attempts racing for the same id: one number between them (the loser's transaction rolls back).
    const raced = randomUUID();
    const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined); // TypeORM logs the loser's failed INSERT
    try {
      expect(new Set(await Promise.all([sign('VP-UBND', '2025-08-01T05:00:00Z', 'decision', raced), sign('VP-UBND', '2025-08-01T05:00:00Z', 'decision', raced)]))).toEqual(new Set(['2/QĐ-VP-UBND']));
    } finally {
      quiet.mockRestore();
    }
    expect(await sign('VP-UBND', '2025-08-01T06:00:00Z')).toBe('3/QĐ-VP-UBND');
    expect(await ds.query(`SELECT last_seq FROM decision_counters WHERE authority = 'VP-UBND'`)).toEqual([{ last_seq: 3 }]);
  });
});
