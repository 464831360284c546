// What must hold after a crash test, whatever was killed when: a pure check over the state read
// from the database, the audit verifier and the workflows, so it can be tested with a bad state.
import { TERMINAL_STATUSES } from '#ktf/domain';


export interface NominationFact {
  id: string;
  status: string;
  stage: string | null;
  reservedByDecisionId: string | null;
  decisionId: string | null;
  decisionNumber: string | null;
  /** Audit chain of the nomination, actions in sequence order. */
  auditActions: string[];
  /** Which path the driver took it along (the expected chain differs per path). */
  path: string;
  /** What its workflow answers to the snapshot query (null: could not be queried). */
  workflow: { status: string; stage: string | null; decisionId: string | null; decisionNumber: string | null; reservedByDecisionId: string | null } | null;
}

export interface DecisionFact {
  id: string;
  authority: string;
  kind: string;
  year: number;
  seq: number;
  status: string;
  nominationIds: string[];
  signedEvents: number;
}

export interface ChaosState {
  nominations: NominationFact[];
  decisions: DecisionFact[];
  /** Counter rows: the last number taken per authority, kind and year. */
  counters: { authority: string; kind: string; year: number; lastSeq: number }[];
  audit: { ok: boolean; detail: string };
  /** Expected audit chain length per path (measured on a fault-free run, kept as data here). */
  expectedChainLength: Record<string, number>;
}

export function checkInvariants(state: ChaosState): string[] {
  const v: string[] = [];
  for (const n of state.nominations) {
    if (!(TERMINAL_STATUSES as readonly string[]).includes(n.status)) v.push(`nomination ${n.id} not terminal: status ${n.status}, stage ${n.stage}`);
    if (n.reservedByDecisionId) v.push(`nomination ${n.id} still reserved by decision ${n.reservedByDecisionId}`);
    const expected = state.expectedChainLength[n.path];
    if (expected !== undefined && n.auditActions.length !== expected) v.push(`nomination ${n.id} (${n.path}): ${n.auditActions.length} audit events, expected ${expected}`);
    const signed = n.auditActions.filter((a) => a === 'signed').length;
    if (n.status === 'awarded' && signed !== 1) v.push(`nomination ${n.id}: ${signed} 'signed' events, expected 1`);
    if (!n.workflow) v.push(`nomination ${n.id}: its workflow could not be queried`);
    else {
      const read = { status: n.status, stage: n.stage, decisionId: n.decisionId, decisionNumber: n.decisionNumber, reservedByDecisionId: n.reservedByDecisionId };
      for (const key of Object.keys(read) as (keyof typeof read)[]) {
        if (read[key] !== n.workflow[key]) v.push(`nomination ${n.id}: read model ${key}=${read[key]} but workflow ${key}=${n.workflow[key]}`);
      }
    }
  }
  const byId = new Map(state.nominations.map((n) => [n.id, n]));
  for (const d of state.decisions) {
    if (d.status !== 'signed') v.push(`decision ${d.id} (${d.seq}/${d.year}) status ${d.status}, not signed`);
    if (d.signedEvents !== 1) v.push(`decision ${d.id}: ${d.signedEvents} decision_signed events, expected 1`);
    for (const id of d.nominationIds) {
      const n = byId.get(id);
      if (n && n.decisionId !== d.id) v.push(`decision ${d.id} lists nomination ${id}, which points at ${n.decisionId}`);
    }
  }
  for (const c of state.counters) {
    const seqs = state.decisions.filter((d) => d.authority === c.authority && d.kind === c.kind && d.year === c.year).map((d) => d.seq).sort((a, b) => a - b);
    const want = Array.from({ length: c.lastSeq }, (_, i) => i + 1);
    if (seqs.join(',') !== want.join(',')) v.push(`decision numbers ${c.authority}/${c.kind}/${c.year}: [${summarise(seqs)}], expected 1..${c.lastSeq} each once`);
  }
  if (!state.audit.ok) v.push(`audit trail does not verify: ${state.audit.detail}`);
  return v;
}

function summarise(seqs: number[]): string {
  return seqs.length > 12 ? `${seqs.slice(0, 5).join(',')},…,${seqs.slice(-5).join(',')} (${seqs.length})` : seqs.join(',');
}
