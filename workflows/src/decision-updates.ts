import * as wf from '@temporalio/workflow';
import {
  appraiseUpdate,
  externalDecisionUpdate,
  releaseReservationUpdate,
  reserveForDecisionUpdate,
  returnUpdate,
  signDecisionAloneUpdate,
  signUpdate,
} from '#ktf/contracts';
import type { DecisionActivities, SignAloneRequest } from '#ktf/contracts';
import { STEP_OPTIONS } from './decision.workflow';
import { toFailure } from './failures';
import type { NominationMachine } from './nomination-machine';
import { requireReason, requireReservation } from './nomination-machine';
import { take } from './stage-opening';
import { row } from './update-table';

/** A decision's PDF after the answer: an ordinary activity, so the Update's answer does not wait for it. */
const documentSteps = wf.proxyActivities<DecisionActivities>({ ...STEP_OPTIONS, startToCloseTimeout: '2 minutes' });

/**
 * A decision over this nomination alone, taken by the nomination itself: the batch protocol's
 * steps in its order, in two commits: the reservation with the number (one transaction), then
 * the signature with the seal (one transaction). Each leaves what a batch's steps leave (reserved
 * and numbered; signed and sealed), so a task lost between them leaves a state the same Update
 * sent again, or the decision workflow's `resume`, finishes. While the reservation holds, every
 * other action is refused (as in a batch). The decision is sealed without its PDF, which is
 * made after the answer.
 */
async function signAlone(m: NominationMachine, req: SignAloneRequest) {
  const { s } = m;
  const { decisionId } = req;
  m.serve(req, 'sign');
  const reserving = m.begin(req, 'sign');
  await take(m, reserving, { type: 'reserve', decisionId });
  const numbering = {
    decisionId,
    kind: req.kind,
    authority: req.authority,
    signerId: req.actor.id,
    nominationIds: [s.ctx.nominationId],
    signedAt: m.log.now(),
    ...(req.signing ? { signing: req.signing } : {}),
  };
  reserving.decision = { number: numbering };
  await reserving.commit();
  const decision = reserving.decided;
  if (!decision) throw new Error(`decision ${decisionId}: the reservation was recorded without its number`);
  // Signed meanwhile by a decision workflow of the same id (a batch of one started before): done there.
  requireReservation(s, decisionId);
  const t = m.begin(req, 'sign');
  await take(m, t, { type: 'sign', decisionId, decisionNumber: decision.number });
  if (s.view.status === 'awarded') t.award = { decisionId, decisionNumber: decision.number, awardedAt: decision.signedAt };
  t.decision = { seal: { decisionId, actorId: req.actor.id } };
  const snapshot = await t.commit();
  m.afterward(documentSteps.documentDecision({ decisionId, actorId: req.actor.id }));
  return snapshot;
}

/** What appraisal and the signers decide: appraise, return, reserve/release/sign for a decision, a central outcome. */
export const DECISION_UPDATES = [
  row(appraiseUpdate, {
    async run(m, req) {
      m.serve(req, 'appraise');
      const t = m.begin(req, 'appraise');
      const { decision, reason, items, failedChecks, override } = req;
      await take(m, t, { type: 'appraise', decision, reason: reason ?? null, items: items ?? [], failedChecks: failedChecks ?? [], override: override || null });
      return t.commit();
    },
    validate(m, req) {
      m.check('appraise')(req);
      if (req.decision !== 'approve') requireReason(req.reason, req.decision);
    },
  }),
  row(returnUpdate, {
    async run(m, req) {
      m.serve(req, 'return');
      const t = m.begin(req, 'return');
      await take(m, t, { type: 'return', reason: req.reason ?? null });
      return t.commit();
    },
    validate: (m, req) => (m.check('return')(req), requireReason(req.reason, 'return')),
  }),
  row(reserveForDecisionUpdate, {
    async run(m, req) {
      m.serve(req, 'sign');
      const t = m.begin(req, 'sign');
      await take(m, t, { type: 'reserve', decisionId: req.decisionId });
      return t.commit();
    },
    validate: (m, req) => m.check('sign')(req),
  }),
  row(releaseReservationUpdate, {
    async run(m, req) {
      const t = m.begin(req, 'sign');
      await take(m, t, { type: 'release', decisionId: req.decisionId });
      return t.commit();
    },
    validate(m, req) {
      // Only a signer of this nomination's authority may undo a reservation (role before state).
      m.check('sign', { ...m.s.view, reservedByDecisionId: null })(req);
      requireReservation(m.s, req.decisionId);
    },
  }),
  row(signUpdate, {
    async run(m, req) {
      const { s } = m;
      const t = m.begin(req, 'sign');
      await take(m, t, { type: 'sign', decisionId: req.decisionId, decisionNumber: req.decisionNumber });
      if (s.view.status === 'awarded') t.award = { decisionId: req.decisionId, decisionNumber: req.decisionNumber, awardedAt: req.signedAt };
      return t.commit();
    },
    validate(m, req) {
      requireReservation(m.s, req.decisionId);
      // Phase 2 of a batch: the reservation is ours, so check role and authority as if unreserved.
      m.check('sign', { ...m.s.view, reservedByDecisionId: null })(req);
    },
  }),
  row(signDecisionAloneUpdate, {
    run: signAlone,
    validate: (m, req) => m.check('sign')(req),
  }),
  row(externalDecisionUpdate, {
    async run(m, req) {
      m.serve(req, 'record_external_decision');
      const t = m.begin(req, 'record_external_decision');
      await take(m, t, { type: 'external_decision', outcome: req.outcome, decisionNumber: req.decisionNumber ?? null, reason: req.reason ?? null });
      if (req.outcome === 'awarded') t.award = { decisionId: null, decisionNumber: req.decisionNumber ?? '', awardedAt: m.log.now() };
      return t.commit();
    },
    validate(m, req) {
      m.check('record_external_decision')(req);
      if (req.outcome === 'refused') requireReason(req.reason, 'record a refusal');
      if (req.outcome === 'awarded' && !req.decisionNumber?.trim()) {
        throw toFailure({ code: 'invalid_input', message: 'the central decision number is required', details: {} });
      }
    },
  }),
];
