import { AuditRecord } from './audit-record';
import { buildChain, fakeSha256 } from './audit-chains.fixture';
import { bundleHeader, BundleTrailer, BundleVerifier } from './audit-bundle';

const eventLine = (r: AuditRecord, i: number) => JSON.stringify({ type: 'event', id: String(i + 1), recordedAt: null, ...r });

function bundle(rows: AuditRecord[], trailer?: Partial<BundleTrailer>): string[] {
  const heads = new Map<string, { subjectType: string; subjectId: string; firstSequence: number; lastSequence: number; lastHash: string; events: number }>();
  for (const r of rows) {
    const h = heads.get(r.subjectId);
    if (h) Object.assign(h, { lastSequence: r.sequence, lastHash: r.hash, events: h.events + 1 });
    else heads.set(r.subjectId, { subjectType: r.subjectType, subjectId: r.subjectId, firstSequence: r.sequence, lastSequence: r.sequence, lastHash: r.hash, events: 1 });
  }
  return [
    JSON.stringify(bundleHeader({ subjectType: 'nomination' }, '2026-01-05T00:00:00.000Z')),
    ...rows.map(eventLine),
    JSON.stringify({ type: 'trailer', events: rows.length, chains: [...heads.values()], ...trailer }),
  ];
}

const verify = (lines: string[]) => {
  const v = new BundleVerifier(fakeSha256);
  lines.forEach((l, i) => v.line(l, i + 1));
  return v.finish();
};

describe('BundleVerifier', () => {
  const a = buildChain('A', 5);
  const b = buildChain('B', 3);

  it('verifies a whole bundle', () => {
    expect(verify(bundle([...a, ...b]))).toMatchObject({ ok: true, checked: 8, chains: 2, notes: [], generatedAt: '2026-01-05T00:00:00.000Z' });
  });

  it('accepts chains cut by a time range, trusting and naming their first prev_hash', () => {
    const r = verify(bundle([...a.slice(2), ...b]));
    expect(r.ok).toBe(true);
    expect(r.notes).toEqual([expect.stringMatching(/^nomination A starts at sequence 3: its prev_hash [0-9a-f]{12}… is trusted/)]);
  });

  it('finds a changed event', () => {
    const lines = bundle([...a, ...b]);
    lines[3] = lines[3].replace('"council_member"', '"appraiser"');
    expect(verify(lines).firstBroken).toMatchObject({ subject: 'A', sequence: 3 });
  });

  it('finds a dropped middle event, and a dropped last event through the trailer', () => {
    const middle = bundle([...a, ...b]);
    middle.splice(2, 1);
    expect(verify(middle).firstBroken).toMatchObject({ subject: 'A', sequence: 2, reason: expect.stringMatching(/missing/) });
    const last = bundle([...a, ...b]);
    last.splice(5, 1); // A's sequence 5; the trailer still says 5
    const r = verify(last);
    expect(r.ok).toBe(false);
    expect(r.broken.map((x) => x.reason).join('\n')).toMatch(/trailer counts 8 events but the bundle has 7[\s\S]*differs from the last event read \(sequence 4\)/);
  });

  it('refuses a bundle without header or trailer, or with lines after the trailer', () => {
    const lines = bundle(a);
    expect(verify(lines.slice(1)).firstBroken?.reason).toMatch(/header/);
    expect(verify(lines.slice(0, -1)).firstBroken?.reason).toMatch(/truncated/);
    expect(verify([...lines, lines[1]]).firstBroken?.reason).toMatch(/follows the trailer/);
    expect(verify([lines[0].replace('"version":1', '"version":9'), ...lines.slice(1)]).firstBroken?.reason).toMatch(/version 9/);
  });

  it('reports chains the trailer and the events disagree on', () => {
    const r = verify(bundle(a, { chains: [] }));
    expect(r.firstBroken).toMatchObject({ subject: 'A', reason: 'chain missing from the trailer' });
  });
});
