import { closeVotingUpdate, recordAbsentOpinionUpdate, scheduleVotingUpdate, voteUpdate } from '#ktf/contracts';
import { toFailure } from './failures';
import { deadlineRule, replanDeadline } from './stage-deadlines';
import { take } from './stage-opening';
import { row } from './update-table';

/** What the council does: members vote; the secretary closes, records written opinions, schedules the session. */
export const COUNCIL_UPDATES = [
  row(voteUpdate, {
    async run(m, req) {
      m.serve(req, 'vote');
      // With a secret ballot the audit records only that the member voted.
      const t = m.begin(req, 'vote');
      await take(m, t, { type: 'vote', memberId: req.actor.id, choice: req.choice });
      return t.commit();
    },
    validate: (m, req) => m.check('vote')(req),
  }),
  row(closeVotingUpdate, {
    async run(m, req) {
      m.serve(req, 'close_voting');
      const t = m.begin(req, 'close_voting');
      await take(m, t, { type: 'close_voting' });
      return t.commit();
    },
    validate: (m, req) => m.check('close_voting')(req),
  }),
  row(recordAbsentOpinionUpdate, {
    async run(m, req) {
      m.serve(req, 'record_absent_opinion');
      const t = m.begin(req, 'record_absent_opinion');
      await take(m, t, { type: 'absent_opinion', memberId: req.memberId, choice: req.choice });
      return t.commit();
    },
    validate(m, req) {
      m.check('record_absent_opinion')(req);
      // The absent member must be one who could vote now (pinned, not recused, not yet voted).
      const member = { ...req, actor: { ...req.actor, id: req.memberId, roles: ['council_member' as const] } };
      m.check('vote', { ...m.s.view, actorDuties: {} })(member);
    },
  }),
  row(scheduleVotingUpdate, {
    async run(m, req) {
      const { s } = m;
      m.serve(req, 'schedule_voting');
      const from = s.deadline.dueAt;
      const rule = deadlineRule(s, 'council_review');
      const plan = await m.holding(() =>
        m.acts.extendDeadline({ currentDueAt: from ?? req.votingDeadline, dueAt: req.votingDeadline, reminderOffsets: rule.reminderOffsets, now: m.log.now() }),
      );
      replanDeadline(s, plan);
      const t = m.begin(req, 'schedule_voting');
      t.event('council_session_scheduled', { payload: { sessionId: req.sessionId, from, to: plan.dueAt } });
      return t.commit();
    },
    validate(m, req) {
      m.check('schedule_voting')(req);
      if (!(Date.parse(req.votingDeadline) > Date.now())) {
        throw toFailure({ code: 'rule_failed', message: 'the voting deadline must be in the future', details: { field: 'votingDeadline' } });
      }
    },
  }),
];
