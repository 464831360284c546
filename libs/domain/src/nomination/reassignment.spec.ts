import { Actor } from '../roles';
import { NOMINATION_VIEW_UNIT, nominationView } from './nomination-view.fixture';
import { candidatesDenial, eligibleAssignees, holdsPendingTask, reassignCouncilVote, ReassignmentFacts, reassignmentDenial, ReassignmentRequest, reassignTask } from './reassignment';

const UNIT = NOMINATION_VIEW_UNIT;
const person = (id: string, roles: Actor['roles'], unitId = 'unit-snv'): Actor => ({ id, roles, unitId });
const view = nominationView;
const facts = (over: Partial<ReassignmentFacts> = {}): ReassignmentFacts => ({
  view: view(),
  councilScope: 'province',
  councilRosterIds: ['c1', 'c2', 'c3', 'c4', 'c5'],
  appraiserId: 'a1',
  ...over,
});
const admin = person('adm', ['admin']);
const c1 = person('c1', ['council_member']);
const c4 = person('c4', ['council_member']);
const vote = (over: Partial<ReassignmentRequest> = {}): ReassignmentRequest => ({ task: 'council_vote', from: c1, to: c4, reason: 'Nghỉ phép năm', ...over });
const appraisal = (over: Partial<ReassignmentRequest> = {}): ReassignmentRequest => ({
  task: 'appraisal',
  from: person('a1', ['appraiser']),
  to: person('a2', ['appraiser']),
  reason: 'Đi công tác',
  ...over,
});
const deny = (requester: Actor, req: ReassignmentRequest, f = facts()) => {
  const e = reassignmentDenial(requester, req, f);
  return e && { code: e.code, message: e.message, reason: e.details.reason };
};

describe('reassigning a pending task', () => {
  it('lets an admin or the assignee going on leave pass a pending vote to another member of the same council', () => {
    expect(deny(admin, vote())).toBeNull();
    expect(deny(c1, vote())).toBeNull();
  });

  it('lets an admin or the appraiser pass the appraisal to another appraiser', () => {
    const f = facts({ view: view({ stage: 'appraisal' }) });
    expect(deny(admin, appraisal(), f)).toBeNull();
    expect(deny(person('a1', ['appraiser']), appraisal(), f)).toBeNull();
  });

  it('refuses anyone else with 403', () => {
    expect(deny(c4, vote())).toEqual({ code: 'forbidden', message: 'only an admin or the current assignee may reassign this task', reason: undefined });
  });

  it('refuses a blank or overlong reason, or the same person, with 400', () => {
    expect(deny(admin, vote({ reason: '  ' }))?.code).toBe('invalid_input');
    expect(deny(admin, vote({ reason: 'x'.repeat(501) }))?.message).toBe('the reason must be at most 500 characters');
    expect(deny(admin, vote({ to: c1 }))?.message).toBe('the task is already assigned to this person');
  });

  it('refuses with 409 when the task is not pending', () => {
    expect(deny(admin, vote(), facts({ view: view({ stage: 'appraisal' }) }))?.message).toBe(
      'a council_vote task can be reassigned only in stage council_review, not appraisal',
    );
    expect(deny(admin, vote(), facts({ view: view({ status: 'withdrawn', stage: null }) }))?.code).toBe('stage_conflict');
    expect(deny(admin, vote(), facts({ view: view({ reservedByDecisionId: 'd1' }) }))?.code).toBe('stage_conflict');
    expect(deny(admin, vote({ from: person('c2', ['council_member']) }))?.message).toBe('this member has already voted; the vote is no longer pending');
    expect(deny(admin, vote({ from: person('c3', ['council_member']) }))?.message).toBe('this member is recused; there is no vote to pass on');
    expect(deny(admin, vote({ from: person('c9', ['council_member']) }))?.message).toBe('this person holds no vote on this nomination');
    const f = facts({ view: view({ stage: 'appraisal' }), appraiserId: 'a9' });
    expect(deny(admin, appraisal(), f)?.message).toBe('the appraisal of this nomination is not assigned to this person');
  });

  it('refuses an ineligible new assignee with 422 naming why', () => {
    expect(deny(admin, vote({ to: person('c4', ['appraiser']) }))).toMatchObject({ code: 'rule_failed', reason: 'role' });
    expect(deny(admin, vote({ to: person('c8', ['council_member']) }))).toMatchObject({ code: 'rule_failed', reason: 'council' });
    expect(deny(admin, vote({ to: person('c2', ['council_member']) }))).toMatchObject({ code: 'rule_failed', reason: 'already_member' });
    expect(deny(admin, vote({ to: person('c4', ['council_member'], UNIT) }))).toMatchObject({ code: 'rule_failed', reason: 'recused' });
    const sod = facts({ view: view({ actorDuties: { c4: 'unit' } }) });
    expect(deny(admin, vote(), sod)).toEqual({
      code: 'rule_failed',
      message: 'separation of duties: the new assignee already acted on this nomination in the unit duty',
      reason: 'separation_of_duties',
    });
    const appr = facts({ view: view({ stage: 'appraisal', actorDuties: { a2: 'council' } }) });
    expect(deny(admin, appraisal(), appr)).toMatchObject({ reason: 'separation_of_duties' });
  });

  it('does not recuse the nominating unit’s people from the unit’s own council', () => {
    expect(deny(admin, vote({ to: person('c4', ['council_member'], UNIT) }), facts({ councilScope: 'unit' }))).toBeNull();
  });

  it('moves the vote to the new member in the same seat', () => {
    expect(reassignCouncilVote(view(), 'c1', 'c4').councilMemberIds).toEqual(['c4', 'c2', 'c3']);
  });

  it('lets any appraiser pass an appraisal not yet named to anyone, and nobody else', () => {
    const f = facts({ view: view({ stage: 'appraisal' }), appraiserId: null });
    expect(deny(admin, appraisal(), f)).toBeNull();
    expect(deny(admin, appraisal({ from: person('c1', ['council_member']) }), f)?.message).toBe('the appraisal of this nomination is not assigned to this person');
  });

  it('names the appraisal to the new appraiser, and moves a vote without touching the other seats', () => {
    expect(reassignTask(view({ stage: 'appraisal' }), 'appraisal', 'a1', 'a2')).toEqual(view({ stage: 'appraisal', appraiserId: 'a2' }));
    expect(reassignTask(view(), 'council_vote', 'c1', 'c4')).toEqual(view({ councilMemberIds: ['c4', 'c2', 'c3'] }));
  });

  it('knows who holds a pending task: an unvoted, unrecused member; the named appraiser, or any until one is named', () => {
    expect(['c1', 'c2', 'c3', 'c4'].filter((id) => holdsPendingTask(view(), person(id, ['council_member'])))).toEqual(['c1']);
    const open = view({ stage: 'appraisal' });
    expect(holdsPendingTask(open, person('a1', ['appraiser']))).toBe(true);
    expect(holdsPendingTask(open, person('c1', ['council_member']))).toBe(false);
    expect(holdsPendingTask(view({ stage: 'appraisal', actorDuties: { a1: 'council' } }), person('a1', ['appraiser']))).toBe(false);
    const named = view({ stage: 'appraisal', appraiserId: 'a2' });
    expect([holdsPendingTask(named, person('a1', ['appraiser'])), holdsPendingTask(named, person('a2', ['appraiser']))]).toEqual([false, true]);
    expect(holdsPendingTask(view({ stage: 'signing' }), person('c1', ['council_member']))).toBe(false);
  });

  it('lists as candidates exactly the people a reassignment would accept', () => {
    const people = [
      c4,
      person('c5', ['council_member'], UNIT), // of the nominating unit: recused from the provincial council
      person('c2', ['council_member']), // seated already
      person('c8', ['council_member']), // on no roster of this council
      person('c6', ['appraiser']), // not a council member
    ];
    const rosterWithC5 = facts({ councilRosterIds: ['c1', 'c2', 'c3', 'c4', 'c5'] });
    expect(eligibleAssignees('council_vote', rosterWithC5, people).map((p) => p.id)).toEqual(['c4']);
    expect(eligibleAssignees('council_vote', facts({ councilScope: 'unit' }), people).map((p) => p.id)).toEqual(['c4', 'c5']);
    // Each one listed passes the whole rule; each one left out is refused by it.
    for (const p of people) expect(deny(admin, vote({ to: p }), rosterWithC5) === null).toBe(p.id === 'c4');

    const appraisers = [person('a1', ['appraiser']), person('a2', ['appraiser']), person('a3', ['appraiser'])];
    const named = facts({ view: view({ stage: 'appraisal', actorDuties: { a3: 'council' } }), appraiserId: 'a1' });
    expect(eligibleAssignees('appraisal', named, appraisers).map((p) => p.id)).toEqual(['a2']);
  });

  it('shows the candidates to an admin or a holder only, in the task’s stage', () => {
    expect(candidatesDenial(admin, 'council_vote', view())).toBeNull();
    expect(candidatesDenial(c1, 'council_vote', view())).toBeNull();
    expect(candidatesDenial(c4, 'council_vote', view())?.code).toBe('forbidden');
    expect(candidatesDenial(person('c2', ['council_member']), 'council_vote', view())?.code).toBe('forbidden'); // voted already
    expect(candidatesDenial(admin, 'appraisal', view())?.message).toBe('a appraisal task can be reassigned only in stage appraisal, not council_review');
    expect(candidatesDenial(admin, 'council_vote', view({ status: 'withdrawn', stage: null }))?.code).toBe('stage_conflict');
  });
});
