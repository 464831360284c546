import { AuditRecord, auditHashInput, GENESIS_HASH, HashedAuditFields } from './audit-record';

/**
 * Test helpers shared by the verifier specs (not exported from the library). The digest
 * is a stand-in — two FNV-1a passes, 64 hex chars: libs/domain has no crypto, and the
 * chain logic does not depend on which hash function it is given.
 */
export function fakeSha256(text: string): string {
  let out = '';
  for (let round = 0; round < 8; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

export function eventFields(subjectId: string, sequence: number, overrides: Partial<HashedAuditFields> = {}): HashedAuditFields {
  return {
    subjectType: 'nomination',
    subjectId,
    sequence,
    occurredAt: new Date(Date.UTC(2026, 0, 5, 2, 0, sequence)).toISOString(),
    actorId: 'council-1',
    actorRole: 'council_member',
    action: sequence === 1 ? 'created' : 'vote_cast',
    stageBefore: 'council_review',
    stageAfter: 'council_review',
    reason: null,
    payload: { n: sequence, nested: { b: [1, 'Đồng Thịnh'], a: null } },
    workflowId: `nomination-${subjectId}`,
    runId: 'run-1',
    ...overrides,
  };
}

/** A correctly chained list of `length` events for one subject. */
export function buildChain(subjectId: string, length: number, digest = fakeSha256, subjectType = 'nomination'): AuditRecord[] {
  const rows: AuditRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const fields = eventFields(subjectId, seq, { subjectType });
    const hash = digest(auditHashInput(fields, prevHash));
    rows.push({ ...fields, prevHash, hash });
    prevHash = hash;
  }
  return rows;
}
