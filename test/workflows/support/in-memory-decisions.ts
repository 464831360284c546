// A stand-in for DecisionRepository (numbering and sealing) and the council session table, for
// the decision and council-session workflow tests. Same contract as the real ones: a number is
// taken once per decision id, gap-free per (authority, kind, year); sealing appends once.
import { Context } from '@temporalio/activity';
import type { CouncilSessionActivities, DecisionActivities, DecisionRecord } from '#ktf/contracts';
import { createCouncilSessionActivities } from '../../../apps/worker/src/council-session.activities';
import { createDecisionActivities, DecisionStore } from '../../../apps/worker/src/decision.activities';

const format = (kind: DecisionRecord['kind'], seq: number, authority: string) => `${seq}/${kind === 'decision' ? 'QĐ' : 'TTr'}-${authority}`;

/** The stand-in PDF's hash for a decision. */
export const documentHash = (decisionId: string) => `sha256-of-${decisionId}`;

export class InMemoryDecisions implements DecisionStore {
  readonly rows = new Map<string, DecisionRecord>();
  readonly counters = new Map<string, number>();
  /** `decision_signed` events appended, per decision. */
  readonly sealEvents = new Map<string, number>();
  readonly closedSessions: string[] = [];
  /** Steps whose first attempt does the work and then fails, as if the worker died before reporting. */
  readonly failFirstAttemptOf = new Set<string>();
  /** Every activity call in order, as `name` or `name (local)`. */
  readonly calls: string[] = [];
  /** The decisions whose PDF was made (a stand-in for drawing and signing it), per call. */
  readonly documentsMade: string[] = [];
  /** The document hash each decision was sealed with. */
  readonly sealedWith = new Map<string, string | undefined>();
  /** `decision_document_signed` events appended (a PDF made after sealing), per decision: its hash. */
  readonly attached = new Map<string, string[]>();

  reset(): void {
    this.rows.clear();
    this.counters.clear();
    this.sealEvents.clear();
    this.closedSessions.length = 0;
    this.failFirstAttemptOf.clear();
    this.calls.length = 0;
    this.documentsMade.length = 0;
    this.sealedWith.clear();
    this.attached.clear();
  }

  async takeNumber(input: Parameters<DecisionStore['takeNumber']>[0]) {
    const existing = this.rows.get(input.id);
    if (existing) return existing;
    const year = input.signedAt.getUTCFullYear();
    const key = `${input.authority}:${input.kind}:${year}`;
    const seq = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, seq);
    const row: DecisionRecord = {
      id: input.id,
      number: format(input.kind, seq, input.authority),
      kind: input.kind,
      authority: input.authority,
      year,
      signedAt: input.signedAt.toISOString(),
      signerId: input.signerId,
      nominationIds: input.nominationIds,
      status: 'numbered',
      // What the workflow asked for; the real store adds the names and the KT./TL. lines.
      signature: {
        capacity: input.signing?.capacity ?? 'direct',
        delegationId: input.signing?.delegationId ?? null,
        signedForId: input.signing?.principalId ?? input.signerId,
        signedForName: null,
        signerName: null,
        heading: null,
        title: null,
      },
    };
    this.rows.set(input.id, row);
    return row;
  }

  async findRow(id: string) {
    return this.rows.get(id) ?? null;
  }

  async seal(id: string, _actorId: string, document?: { sha256: string }) {
    const row = this.rows.get(id);
    if (!row) throw new Error(`no decision ${id}`);
    if (row.status === 'numbered') {
      row.status = 'signed';
      this.sealedWith.set(id, document?.sha256);
      this.sealEvents.set(id, (this.sealEvents.get(id) ?? 0) + 1);
    }
    return { ...row };
  }

  async attachDocument(id: string, _actorId: string, document: { sha256: string }) {
    if (!this.rows.get(id)) throw new Error(`no decision ${id}`);
    const hashes = this.attached.get(id) ?? [];
    if (!hashes.length) hashes.push(document.sha256); // once per decision, as the real store's key
    this.attached.set(id, hashes);
  }

  async close(sessionId: string) {
    if (!this.closedSessions.includes(sessionId)) this.closedSessions.push(sessionId);
  }

  /** The worker's real activities over this store and the activity's own Temporal client. */
  activities(): DecisionActivities & CouncilSessionActivities {
    const documents = { ensureSigned: async (id: string) => (this.documentsMade.push(id), { sha256: documentHash(id) }) };
    const real = { ...createDecisionActivities(this, undefined, documents), ...createCouncilSessionActivities(this) };
    const wrapped = {} as Record<string, (input: never) => Promise<unknown>>;
    for (const [name, fn] of Object.entries(real) as [string, (input: never) => Promise<unknown>][]) {
      wrapped[name] = async (input: never) => {
        this.calls.push(`${name}${Context.current().info.isLocal ? ' (local)' : ''}`);
        const result = await fn(input);
        if (this.failFirstAttemptOf.has(name) && Context.current().info.attempt === 1) {
          throw new Error(`${name}: lost after doing its work (test)`);
        }
        return result;
      };
    }
    return wrapped as unknown as DecisionActivities & CouncilSessionActivities;
  }
}
