import { Context, log } from '@temporalio/activity';
import { releaseReservationUpdate, reserveForDecisionUpdate, signUpdate } from '#ktf/contracts';
import type { DecisionActivities, DecisionRecord, NominationCall, Refusal } from '#ktf/contracts';
import { takeNumberRow, type TakeNumberRow } from '#ktf/persistence';
import type { DecisionDocuments } from './documents/decision-document-signing';
import { activityClientUpdater, NominationUpdater } from './nomination-updates';

/** Where decisions are numbered and sealed (DecisionRepository in production, a double in tests). */
export interface DecisionStore {
  takeNumber(input: TakeNumberRow): Promise<DecisionRecord>;
  findRow(id: string): Promise<DecisionRecord | null>;
  seal(id: string, actorId: string, document?: { sha256: string }): Promise<DecisionRecord>;
  attachDocument(id: string, actorId: string, document: { sha256: string }): Promise<void>;
}

/** Attempts at the decision's PDF before it is sealed without one. */
const DOCUMENT_ATTEMPTS = 3;

/** One Update per (decision run, step) on a nomination: the id Temporal deduplicates by. */
const updateId = (call: NominationCall, step: 'reserve' | 'release' | 'sign') => `decision:${call.decisionId}:${call.runId}:${step}`;
const request = (call: NominationCall) => ({ actor: call.actor, signerAuthority: call.signerAuthority, decisionId: call.decisionId });

/** `documents`: sealing first signs the decision's PDF, and the audit event carries its hash. */
export function createDecisionActivities(store: DecisionStore, nominations: NominationUpdater = activityClientUpdater, documents?: DecisionDocuments): DecisionActivities {
  /**
   * The signed PDF, or null. A document that still fails on the third attempt (a rendering
   * fault is not transient) must not hold the signed decision back: it is sealed without one,
   * the failure logged, and GET …/document.pdf answers that there is none.
   */
  async function signedDocument(decisionId: string): Promise<{ sha256: string } | null> {
    if (!documents) return null;
    try {
      return await documents.ensureSigned(decisionId);
    } catch (e) {
      if (Context.current().info.attempt < DOCUMENT_ATTEMPTS) throw e;
      log.error('the decision is sealed without its PDF: the document could not be made', { decisionId, error: e instanceof Error ? e.message : JSON.stringify(e) });
      return null;
    }
  }
  return {
    async reserveNomination(call): Promise<Refusal | null> {
      const answer = await nominations.update(call.nominationId, reserveForDecisionUpdate, updateId(call, 'reserve'), request(call));
      if ('done' in answer) return null;
      if ('gone' in answer) return { code: 'stage_conflict', message: `nomination ${call.nominationId} is closed`, details: {} };
      // Refused because it is ours already (an earlier attempt's Update, under another id)? Then it is reserved.
      const now = await nominations.snapshot(call.nominationId);
      return now.reservedByDecisionId === call.decisionId ? null : answer.refused;
    },

    async releaseNomination(call): Promise<void> {
      const answer = await nominations.update(call.nominationId, releaseReservationUpdate, updateId(call, 'release'), request(call));
      if ('done' in answer || 'gone' in answer) return;
      // Refused: fine when the reservation is not (or no longer) this decision's.
      const now = await nominations.snapshot(call.nominationId);
      if (now.reservedByDecisionId === call.decisionId) {
        throw new Error(`${call.nominationId}: release refused while reserved for ${call.decisionId}: ${answer.refused.message}`);
      }
    },

    async signNomination(call): Promise<void> {
      const answer = await nominations.update(call.nominationId, signUpdate, updateId(call, 'sign'), {
        ...request(call),
        decisionNumber: call.decisionNumber,
        signedAt: call.signedAt,
      });
      if ('done' in answer) return;
      // Signed already by this decision (its workflow may have ended since): done.
      const now = await nominations.snapshot(call.nominationId);
      if (now.decisionId === call.decisionId) return;
      const why = 'refused' in answer ? answer.refused.message : 'its workflow has ended';
      log.error('a reserved nomination cannot be signed; retrying', { nominationId: call.nominationId, decisionId: call.decisionId, why });
      throw new Error(`${call.nominationId} cannot be signed into ${call.decisionId}: ${why}`);
    },

    takeDecisionNumber: (input) => store.takeNumber(takeNumberRow(input)),
    findDecision: (decisionId) => store.findRow(decisionId),
    prepareDecisionDocument: (decisionId) => signedDocument(decisionId),
    async documentDecision(input) {
      const document = await signedDocument(input.decisionId);
      if (document) await store.attachDocument(input.decisionId, input.actorId, document);
      return document;
    },
    async sealDecision(input) {
      const document = input.document !== undefined ? input.document : await signedDocument(input.decisionId);
      return store.seal(input.decisionId, input.actorId, document ?? undefined);
    },
  };
}
