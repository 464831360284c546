import fc from 'fast-check';
import { AuditRecord, auditHashInput, GENESIS_HASH } from './audit-record';
import { buildChain, eventFields, fakeSha256 } from './audit-chains.fixture';
import { ChainVerifier, ChainVerifierOptions, mergeVerifyResults } from './chain-verifier';
import { canonicalJson } from './canonical-json';

const verify = (rows: AuditRecord[], opts?: ChainVerifierOptions) => {
  const v = new ChainVerifier(fakeSha256, opts);
  for (const r of rows) v.push(r);
  return v.result();
};

/** Re-hashes a row after an edit, as a tamperer who knows the algorithm would. */
const rehash = (r: AuditRecord): AuditRecord => ({ ...r, hash: fakeSha256(auditHashInput(r, r.prevHash)) });

describe('ChainVerifier', () => {
  const a = buildChain('A', 6);
  const b = buildChain('B', 4);

  it('accepts intact chains and counts what it checked', () => {
    expect(verify([...a, ...b])).toMatchObject({ ok: true, checked: 10, chains: 2, firstBroken: null, brokenCount: 0 });
  });

  it('names a changed field by its row', () => {
    const rows = a.map((r) => (r.sequence === 3 ? { ...r, reason: 'sửa lén' } : r));
    const r = verify(rows);
    expect(r.ok).toBe(false);
    expect(r.firstBroken).toMatchObject({ subject: 'A', sequence: 3 });
    expect(r.firstBroken?.reason).toMatch(/hash does not match/);
    expect(r.brokenCount).toBe(1);
  });

  it('names the next row when the changed row was re-hashed', () => {
    const rows = a.map((r) => (r.sequence === 3 ? rehash({ ...r, actorId: 'someone-else' }) : r));
    expect(verify(rows).firstBroken).toMatchObject({ subject: 'A', sequence: 4, reason: expect.stringMatching(/prev_hash does not match the hash of sequence 3/) });
  });

  it('names a deleted row by the missing sequence', () => {
    expect(verify(a.filter((r) => r.sequence !== 4)).firstBroken).toMatchObject({ subject: 'A', sequence: 4, reason: expect.stringMatching(/event 4 missing/) });
    expect(verify(a.filter((r) => r.sequence !== 1)).firstBroken).toMatchObject({ sequence: 1, reason: expect.stringMatching(/event 1 missing/) });
    expect(verify(a.filter((r) => r.sequence < 2 || r.sequence > 4)).firstBroken?.reason).toMatch(/event 2–4 missing/);
  });

  it('names the first of two rows whose sequences were swapped', () => {
    const rows = a.map((r) => (r.sequence === 2 ? { ...a[2], sequence: 2 } : r.sequence === 3 ? { ...a[1], sequence: 3 } : r));
    const r = verify(rows);
    expect(r.firstBroken).toMatchObject({ subject: 'A', sequence: 2 });
    expect(r.broken.map((x) => x.sequence)).toEqual([2, 3, 4]);
  });

  it('names a forged row, whether its hash is wrong or its link', () => {
    const last = a[a.length - 1];
    const forged = eventFields('A', 7, { action: 'awarded' });
    const badHash = { ...forged, prevHash: last.hash, hash: last.hash };
    expect(verify([...a, badHash]).firstBroken).toMatchObject({ sequence: 7, reason: expect.stringMatching(/hash does not match/) });
    const badLink = rehash({ ...forged, prevHash: GENESIS_HASH, hash: '' });
    expect(verify([...a, badLink]).firstBroken).toMatchObject({ sequence: 7, reason: expect.stringMatching(/prev_hash/) });
  });

  it('names repeated rows and a first row that does not start from genesis', () => {
    expect(verify([...a.slice(0, 3), a[2], ...a.slice(3)]).firstBroken).toMatchObject({ sequence: 3, reason: expect.stringMatching(/repeated/) });
    expect(verify([{ ...a[0], prevHash: 'f'.repeat(64) }]).firstBroken).toMatchObject({ sequence: 1, reason: expect.stringMatching(/genesis/) });
  });

  it('reports the first break in reading order and keeps going', () => {
    const rows = [...a, ...b].map((r) => (r.subjectId === 'B' && r.sequence === 2 ? { ...r, action: 'x' } : r.subjectId === 'A' && r.sequence === 5 ? { ...r, action: 'y' } : r));
    const r = verify(rows);
    expect(r.firstBroken).toMatchObject({ subject: 'A', sequence: 5 });
    expect(r.brokenCount).toBe(2);
    expect(r.broken[1]).toMatchObject({ subject: 'B', sequence: 2 });
  });

  it('accepts a partial chain only when asked, and says whose prev_hash it trusted', () => {
    const tail = a.slice(2);
    expect(verify(tail).ok).toBe(false);
    const r = verify(tail, { allowPartial: true });
    expect(r.ok).toBe(true);
    expect(r.partialChains).toEqual([{ subjectType: 'nomination', subject: 'A', firstSequence: 3, trustedPrevHash: a[1].hash }]);
  });

  it('refuses interleaved subjects when rows must be contiguous', () => {
    const rows = [...a.slice(0, 2), ...b, ...a.slice(2)];
    expect(verify(rows, { requireContiguous: true }).firstBroken?.reason).toMatch(/not contiguous/);
  });

  it('keeps heads when asked', () => {
    const v = new ChainVerifier(fakeSha256, { keepHeads: true });
    [...a, ...b].forEach((r) => v.push(r));
    expect(v.heads()).toEqual([
      { subjectType: 'nomination', subjectId: 'A', firstSequence: 1, lastSequence: 6, lastHash: a[5].hash, events: 6 },
      { subjectType: 'nomination', subjectId: 'B', firstSequence: 1, lastSequence: 4, lastHash: b[3].hash, events: 4 },
    ]);
  });

  it('detects any single changed hashed field at the row that changed (property)', () => {
    // subjectType/subjectId are left out: changing them moves the row to another chain.
    const fields = ['occurredAt', 'actorId', 'actorRole', 'action', 'stageBefore', 'stageAfter', 'reason', 'payload', 'workflowId', 'runId'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.constantFrom(...fields), fc.string({ minLength: 1 }), (seq, field, value) => {
        const original = a[seq - 1][field];
        const changed = field === 'payload' ? { ...(original as object), extra: value } : `${String(original)}${value}`;
        const rows = a.map((r) => (r.sequence === seq ? { ...r, [field]: changed } : r));
        const r = verify(rows);
        return !r.ok && r.firstBroken?.sequence === seq;
      }),
    );
  });
});

describe('mergeVerifyResults', () => {
  // Ten chains in reading order, three of them tampered (two breaks in C, one in F, one in H).
  const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
  const rows = ids.flatMap((id, i) => buildChain(id, 3 + (i % 4))).map((r) =>
    (r.subjectId === 'C' && (r.sequence === 2 || r.sequence === 4)) || (r.subjectId === 'F' && r.sequence === 1) || (r.subjectId === 'H' && r.sequence === 3)
      ? { ...r, reason: 'sửa lén' }
      : r,
  );
  /** Verifies each range of chains on its own verifier, as the pool's threads do. */
  const inRanges = (bounds: string[], maxBreaks: number) => {
    const starts = [...bounds, '~'];
    return starts.slice(0, -1).map((from, i) => verify(rows.filter((r) => r.subjectId >= from && r.subjectId < starts[i + 1]), { maxBreaks }));
  };

  it('equals one verifier reading every range in order, wherever the boundaries fall', () => {
    const whole = verify(rows, { maxBreaks: 20 });
    expect(whole.brokenCount).toBe(4);
    for (const bounds of [[''], ['', 'D'], ['', 'B', 'G'], ['', 'C', 'D', 'F', 'H', 'I'], ['', ...ids.slice(1)]]) {
      expect(mergeVerifyResults(inRanges(bounds, 20), 20)).toEqual(whole);
    }
  });

  it('keeps the first breaks in chain order across ranges, up to the cap', () => {
    const merged = mergeVerifyResults(inRanges(['', 'D', 'G'], 2), 2);
    expect(merged).toEqual(verify(rows, { maxBreaks: 2 }));
    expect(merged.broken.map((b) => [b.subject, b.sequence])).toEqual([['C', 2], ['C', 4]]);
    expect(merged).toMatchObject({ ok: false, brokenCount: 4, firstBroken: { subject: 'C', sequence: 2 } });
    // A break only a later range holds is still counted, and first when earlier ranges are clean.
    const later = mergeVerifyResults(inRanges(['', 'G'], 20).slice(1), 20);
    expect(later).toMatchObject({ ok: false, brokenCount: 1, firstBroken: { subject: 'H', sequence: 3 } });
  });

  it('reports an empty trail as verified', () => {
    expect(mergeVerifyResults([])).toEqual(verify([]));
  });
});

describe('auditHashInput', () => {
  const nullable = fc.option(fc.string(), { nil: undefined }).map((v) => v ?? null);
  it('equals canonical JSON of the row object with prevHash (the documented rule)', () => {
    fc.assert(
      fc.property(
        fc.record({
          subjectType: fc.string(), subjectId: fc.string(), sequence: fc.nat(), occurredAt: fc.string(), action: fc.string(),
          actorId: nullable, actorRole: nullable, stageBefore: nullable, stageAfter: nullable, reason: nullable,
          workflowId: nullable, runId: nullable, payload: fc.dictionary(fc.string(), fc.jsonValue()),
        }),
        fc.string(),
        (f, prevHash) => auditHashInput(f, prevHash) === canonicalJson({ ...f, prevHash }),
      ),
    );
  });

  it('hashes absent nullable fields as null and an absent payload as {}, as stored', () => {
    const full = eventFields('A', 1, { reason: null, payload: {} });
    const sparse = { ...full, reason: undefined, payload: undefined } as unknown as typeof full;
    expect(auditHashInput(sparse, GENESIS_HASH)).toBe(auditHashInput(full, GENESIS_HASH));
  });
});
