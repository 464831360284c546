import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { canonicalJson, ChainVerifier, GENESIS_HASH, HashedAuditFields } from '#ktf/domain';
import { auditHash, sha256Hex } from './audit-hash';

const fields: HashedAuditFields = {
  subjectType: 'nomination',
  subjectId: '5b0c2f4e-8d1a-4c1e-9f8a-3c2b1a0f9e8d',
  sequence: 1,
  occurredAt: '2026-01-05T02:00:00.000Z',
  actorId: 'a3f1c1de-0000-4000-8000-000000000001',
  actorRole: 'unit_officer',
  action: 'created',
  stageBefore: null,
  stageAfter: 'unit_proposal',
  reason: null,
  payload: { nominee: 'Nguyễn Thị Hoa' },
  workflowId: 'nomination-5b0c2f4e-8d1a-4c1e-9f8a-3c2b1a0f9e8d',
  runId: 'run-1',
};

describe('auditHash', () => {
  it('is SHA-256 of the canonical JSON of the fields and prevHash (as the walking skeleton wrote rows)', () => {
    const legacy = createHash('sha256').update(canonicalJson({ ...fields, prevHash: GENESIS_HASH }), 'utf8').digest('hex');
    expect(auditHash(fields, GENESIS_HASH)).toBe(legacy);
  });

  it('keeps a pinned value: changing the canonical form breaks every stored chain', () => {
    expect(auditHash(fields, GENESIS_HASH)).toBe(PINNED);
  });

  it('digests any text as createHash does, lone surrogates included (both encode UTF-8 the same way)', () => {
    const legacy = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
    for (const t of ['', 'Đồng Thịnh', '\ud800', 'x\udfffy', '😀']) expect(sha256Hex(t)).toBe(legacy(t));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (t) => sha256Hex(t) === legacy(t)));
  });

  it('is what the shared chain verifier recomputes', () => {
    const v = new ChainVerifier(sha256Hex);
    v.push({ ...fields, prevHash: GENESIS_HASH, hash: auditHash(fields, GENESIS_HASH) });
    expect(v.result()).toMatchObject({ ok: true, checked: 1 });
  });
});

// Cross-checked with Python: sha256(json.dumps(row, sort_keys=True, separators=(',', ':'), ensure_ascii=False)).
const PINNED = 'c1f20831329002bf6b40ff0719fba3e1106bcb98b12f94e8665b38f5395b6f6e';
