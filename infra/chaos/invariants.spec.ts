import { ChaosState, checkInvariants, NominationFact } from './invariants';

const awarded = (id: string, decisionId: string, number: string): NominationFact => {
  const facts = { status: 'awarded', stage: null, decisionId, decisionNumber: number, reservedByDecisionId: null };
  return { id, ...facts, auditActions: ['submitted', 'reserved_for_decision', 'signed'], path: 'direct', workflow: { ...facts } };
};

function healthy(): ChaosState {
  return {
    nominations: [awarded('n1', 'd1', '1/QĐ-UBND'), awarded('n2', 'd2', '2/QĐ-UBND')],
    decisions: [
      { id: 'd1', authority: 'UBND', kind: 'decision', year: 2026, seq: 1, status: 'signed', nominationIds: ['n1'], signedEvents: 1 },
      { id: 'd2', authority: 'UBND', kind: 'decision', year: 2026, seq: 2, status: 'signed', nominationIds: ['n2'], signedEvents: 1 },
    ],
    counters: [{ authority: 'UBND', kind: 'decision', year: 2026, lastSeq: 2 }],
    audit: { ok: true, detail: '' },
    expectedChainLength: { direct: 3 },
  };
}

describe('crash-test invariants', () => {
  it('a settled state has no violation', () => {
    expect(checkInvariants(healthy())).toEqual([]);
  });

  it('reports a nomination stuck reserved in signing, as the old in-request batch left them', () => {
    const s = healthy();
    const facts = { status: 'in_progress', stage: 'signing', decisionId: null, decisionNumber: null, reservedByDecisionId: 'gone' };
    s.nominations[1] = { ...s.nominations[1], ...facts, auditActions: ['submitted', 'reserved_for_decision'], workflow: { ...facts } };
    s.decisions.pop();
    s.counters[0].lastSeq = 1;
    expect(checkInvariants(s)).toEqual([
      'nomination n2 not terminal: status in_progress, stage signing',
      'nomination n2 still reserved by decision gone',
      'nomination n2 (direct): 2 audit events, expected 3',
    ]);
  });

  it('reports a gap, a decision left numbered without its signed event, and a read model apart from its workflow', () => {
    const s = healthy();
    s.counters[0].lastSeq = 3;
    s.decisions[1] = { ...s.decisions[1], status: 'numbered', signedEvents: 0 };
    s.nominations[0].workflow = { ...(s.nominations[0].workflow as NonNullable<NominationFact['workflow']>), status: 'in_progress', stage: 'signing' };
    s.audit = { ok: false, detail: 'first broken: nomination n1 #2' };
    expect(checkInvariants(s)).toEqual([
      'nomination n1: read model status=awarded but workflow status=in_progress',
      'nomination n1: read model stage=null but workflow stage=signing',
      'decision d2 (2/2026) status numbered, not signed',
      'decision d2: 0 decision_signed events, expected 1',
      'decision numbers UBND/decision/2026: [1,2], expected 1..3 each once',
      'audit trail does not verify: first broken: nomination n1 #2',
    ]);
  });
});
