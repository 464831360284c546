import { reassignmentDenial, reassignTask } from '#ktf/domain';
import { reassignUpdate } from '#ktf/contracts';
import { toFailure } from './failures';
import { row } from './update-table';

/**
 * A pending task passes to another person (issue 15): a council member's vote changes seat, or
 * the appraisal is named to another appraiser. The change is state plus one audit event; the
 * read model's member list and appraiser carry it to the inbox, allowedActions and reminders.
 */
export const REASSIGNMENT_UPDATES = [
  row(reassignUpdate, {
    async run(m, req) {
      const { s } = m;
      s.view = reassignTask(s.view, req.task, req.from.id, req.to.id);
      const t = m.begin(req, 'reassign');
      t.event('task_reassigned', { reason: req.reason.trim(), payload: { task: req.task, from: req.from.id, to: req.to.id, by: req.actor.id } });
      // The new holder hears of it now; the stage's reminders reach them from here on.
      m.notify(t, { event: 'assigned', recipientId: req.to.id, dueAt: s.deadline.dueAt });
      return t.commit();
    },
    validate(m, req) {
      m.check('reassign')(req);
      // The API checked the same rule against the read model; the workflow's state decides.
      const { view } = m.s;
      const denial = reassignmentDenial(req.actor, req, { view, councilScope: req.councilScope, councilRosterIds: req.councilRosterIds, appraiserId: view.appraiserId });
      if (denial) throw toFailure(denial);
    },
  }),
];
