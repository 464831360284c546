import type { StageKind } from '#ktf/domain';
import { extendDeadlineUpdate } from '#ktf/contracts';
import { toFailure } from './failures';
import { requireReason } from './nomination-machine';
import { deadlineRule, replanDeadline } from './stage-deadlines';
import { row } from './update-table';

/** What an admin may do over any stage: move its deadline (with a reason). */
export const OVERSIGHT_UPDATES = [
  row(extendDeadlineUpdate, {
    async run(m, req) {
      const { s } = m;
      const from = s.deadline.dueAt as string;
      const rule = deadlineRule(s, s.view.stage as StageKind);
      const plan = await m.holding(() =>
        m.acts.extendDeadline({ currentDueAt: from, dueAt: req.dueAt, extendByWorkingDays: req.extendByWorkingDays, reminderOffsets: rule.reminderOffsets, now: m.log.now() }),
      );
      replanDeadline(s, plan);
      const t = m.begin(req, 'extend_deadline');
      t.event('deadline_extended', { reason: req.reason, payload: { from, to: plan.dueAt } });
      return t.commit();
    },
    validate(m, req) {
      const { s } = m;
      m.check('extend_deadline')(req);
      requireReason(req.reason, 'extend a deadline');
      if (!s.deadline.dueAt) throw toFailure({ code: 'stage_conflict', message: 'this stage has no deadline', details: { stage: s.view.stage } });
      if ((req.dueAt === undefined) === (req.extendByWorkingDays === undefined)) {
        throw toFailure({ code: 'invalid_input', message: 'give exactly one of dueAt or extendByWorkingDays', details: {} });
      }
      if (req.dueAt !== undefined && !(Date.parse(req.dueAt) > Date.parse(s.deadline.dueAt))) {
        throw toFailure({ code: 'rule_failed', message: 'the new deadline must be later than the current one', details: { field: 'dueAt' } });
      }
    },
  }),
];
