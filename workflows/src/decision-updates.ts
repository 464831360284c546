import { appraiseUpdate, externalDecisionUpdate, releaseReservationUpdate, reserveForDecisionUpdate, returnUpdate, signUpdate } from '#ktf/contracts';
import { toFailure } from './failures';
import { requireReason, requireReservation } from './nomination-machine';
import { advance, end, openStage } from './stage-opening';
import { row } from './update-table';

/** What appraisal and the signers decide: appraise, return, reserve/release/sign for a decision, a central outcome. */
export const DECISION_UPDATES = [
  row(appraiseUpdate, {
    async run(m, req) {
      m.serve(req, 'appraise');
      const t = m.begin(req, 'appraise');
      t.event(`appraisal_${req.decision}`, { reason: req.reason, payload: { items: req.items ?? [], failedChecks: req.failedChecks ?? [] } });
      if (req.override) t.event('check_overridden', { reason: req.override, payload: { failedChecks: req.failedChecks ?? [] } });
      if (req.decision === 'reject') end(m, t, 'rejected', 'rejected', req.reason);
      else if (req.decision === 'supplement') await openStage(m, t, 'supplement');
      else await advance(m, t, 'appraisal');
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
      t.event('returned_to_appraisal', { reason: req.reason });
      await openStage(m, t, 'appraisal');
      return t.commit();
    },
    validate: (m, req) => (m.check('return')(req), requireReason(req.reason, 'return')),
  }),
  row(reserveForDecisionUpdate, {
    async run(m, req) {
      m.serve(req, 'sign');
      m.s.view.reservedByDecisionId = req.decisionId;
      const t = m.begin(req, 'sign');
      t.event('reserved_for_decision', { payload: { decisionId: req.decisionId } });
      return t.commit();
    },
    validate: (m, req) => m.check('sign')(req),
  }),
  row(releaseReservationUpdate, {
    async run(m, req) {
      m.s.view.reservedByDecisionId = null;
      const t = m.begin(req, 'sign');
      t.event('reservation_released', { payload: { decisionId: req.decisionId } });
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
      s.view.reservedByDecisionId = null;
      s.decisionId = req.decisionId;
      s.decisionNumber = req.decisionNumber;
      const t = m.begin(req, 'sign');
      t.event('signed', { payload: { decisionId: req.decisionId, decisionNumber: req.decisionNumber } });
      await advance(m, t, 'signing');
      if (s.view.status === 'awarded') t.award = { decisionId: req.decisionId, decisionNumber: req.decisionNumber, awardedAt: req.signedAt };
      return t.commit();
    },
    validate(m, req) {
      requireReservation(m.s, req.decisionId);
      // Phase 2 of a batch: the reservation is ours, so check role and authority as if unreserved.
      m.check('sign', { ...m.s.view, reservedByDecisionId: null })(req);
    },
  }),
  row(externalDecisionUpdate, {
    async run(m, req) {
      m.serve(req, 'record_external_decision');
      const t = m.begin(req, 'record_external_decision');
      const payload = { outcome: req.outcome, decisionNumber: req.decisionNumber ?? null };
      if (req.outcome === 'refused') {
        t.event('central_refused', { reason: req.reason, payload });
        end(m, t, 'rejected', 'rejected', req.reason);
      } else {
        m.s.decisionNumber = req.decisionNumber ?? null;
        t.event('central_awarded', { payload });
        end(m, t, 'awarded', 'awarded');
        t.award = { decisionId: null, decisionNumber: req.decisionNumber ?? '', awardedAt: m.log.now() };
      }
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
