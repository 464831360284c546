import { Actor } from '../roles';
import { actingRoleFor, allowedActions, denialOf } from './actions';
import { NOMINATION_VIEW_UNIT, nominationView } from './nomination-view.fixture';

const UNIT = NOMINATION_VIEW_UNIT;
const view = nominationView;
const actor = (id: string, roles: Actor['roles'], unitId = 'other'): Actor => ({ id, roles, unitId });

describe('action rules', () => {
  it('checks role before stage, so the wrong role is 403 in any stage', () => {
    expect(denialOf(view({ stage: 'appraisal' }), { actor: actor('x', ['appraiser']) }, 'vote')?.code).toBe('forbidden');
    expect(denialOf(view(), { actor: actor('x', ['appraiser']) }, 'appraise')?.code).toBe('stage_conflict');
  });

  it('lets a pinned, unrecused member vote once', () => {
    expect(denialOf(view(), { actor: actor('c1', ['council_member']) }, 'vote')).toBeNull();
    expect(denialOf(view(), { actor: actor('c2', ['council_member']) }, 'vote')?.code).toBe('stage_conflict');
    expect(denialOf(view(), { actor: actor('c3', ['council_member']) }, 'vote')?.code).toBe('forbidden');
    expect(denialOf(view(), { actor: actor('c9', ['council_member']) }, 'vote')?.code).toBe('forbidden');
  });

  it('scopes unit actions to the nominating unit', () => {
    const v = view({ stage: 'unit_proposal', status: 'draft' });
    expect(denialOf(v, { actor: actor('o', ['unit_officer'], UNIT) }, 'submit')).toBeNull();
    expect(denialOf(v, { actor: actor('o', ['unit_officer'], 'elsewhere') }, 'submit')?.code).toBe('forbidden');
    expect(denialOf({ ...v, status: 'in_progress' }, { actor: actor('o', ['unit_officer'], UNIT) }, 'submit')?.code).toBe('stage_conflict');
  });

  it('lets only the signer of the stage’s authority sign, and nothing else act while reserved', () => {
    const v = view({ stage: 'signing', signingAuthority: 'UBND' });
    expect(denialOf(v, { actor: actor('s', ['signer']), signerAuthority: 'UBND' }, 'sign')).toBeNull();
    expect(denialOf(v, { actor: actor('s', ['signer']), signerAuthority: 'VP' }, 'sign')?.code).toBe('forbidden');
    const reserved = { ...v, reservedByDecisionId: 'd1' };
    expect(denialOf(reserved, { actor: actor('o', ['unit_officer'], UNIT) }, 'withdraw')?.code).toBe('stage_conflict');
    expect(denialOf(reserved, { actor: actor('s', ['signer']), signerAuthority: 'UBND' }, 'sign')?.code).toBe('stage_conflict');
  });

  it('keeps one person to one duty per nomination', () => {
    const both = actor('p', ['council_member', 'appraiser']);
    expect(denialOf(view(), { actor: { ...both, id: 'c1' } }, 'vote')).toBeNull();
    const after = view({ stage: 'appraisal', actorDuties: { c1: 'council' } });
    expect(denialOf(after, { actor: { ...both, id: 'c1' } }, 'appraise')?.message).toMatch(/separation of duties/);
    expect(denialOf(after, { actor: { ...both, id: 'other' } }, 'appraise')).toBeNull();
    // The unit's own officer submits, supplements and withdraws: one duty.
    const unitServed = view({ stage: 'supplement', actorDuties: { o: 'unit' } });
    expect(denialOf(unitServed, { actor: actor('o', ['unit_officer'], UNIT) }, 'supplement')).toBeNull();
  });

  it('refuses everything on a closed nomination', () => {
    const closed = view({ status: 'awarded', stage: null });
    expect(allowedActions(closed, { actor: actor('a', ['admin', 'unit_officer', 'signer', 'appraiser'], UNIT) })).toEqual([]);
  });

  it('lists what a caller may do now', () => {
    expect(allowedActions(view(), { actor: actor('c1', ['council_member']) })).toEqual(['vote', 'reassign']);
    expect(allowedActions(view(), { actor: actor('o', ['unit_officer'], UNIT) })).toEqual(['withdraw']);
    expect(allowedActions(view(), { actor: actor('sec', ['council_secretary']) })).toEqual(['close_voting', 'schedule_voting', 'record_absent_opinion']);
  });

  it('names the role a person of several roles acts in', () => {
    const both = actor('x', ['appraiser', 'council_member']);
    expect(actingRoleFor(both, 'vote')).toBe('council_member');
    expect(actingRoleFor(both, 'appraise')).toBe('appraiser');
    expect(actingRoleFor(both, 'sign')).toBe('appraiser'); // a role it does not hold: its first
    expect(actingRoleFor(both, 'read')).toBe('appraiser'); // not a nomination action
    expect(actingRoleFor(actor('n', []), 'vote')).toBeNull();
  });

  it('lists what a person of several roles may do, each action in its own role and scope', () => {
    const officerMember = actor('om', ['unit_officer', 'council_member'], UNIT);
    expect(allowedActions(view({ councilMemberIds: ['om'], recusedMemberIds: ['om'], votedMemberIds: [] }), { actor: officerMember })).toEqual(['withdraw']);
    expect(allowedActions(view({ unitId: 'other', councilMemberIds: ['om'], recusedMemberIds: [], votedMemberIds: [] }), { actor: officerMember })).toEqual(['vote', 'reassign']);
    const appraiserSigner = actor('as', ['appraiser', 'signer']);
    const signing = view({ stage: 'signing', signingAuthority: 'UBND' });
    expect(allowedActions(signing, { actor: appraiserSigner, signerAuthority: 'UBND' })).toEqual(['sign', 'return']);
    expect(allowedActions({ ...signing, actorDuties: { as: 'appraisal' } }, { actor: appraiserSigner, signerAuthority: 'UBND' })).toEqual([]);
  });

  it('offers reassign to an admin and to whoever holds the pending task, in council review and appraisal only', () => {
    expect(allowedActions(view(), { actor: actor('adm', ['admin']) })).toEqual(['extend_deadline', 'reassign']);
    expect(allowedActions(view(), { actor: actor('c1', ['council_member']) })).toEqual(['vote', 'reassign']);
    expect(allowedActions(view(), { actor: actor('c2', ['council_member']) })).toEqual([]);
    expect(denialOf(view(), { actor: actor('c9', ['council_member']) }, 'reassign')?.message).toBe('action reassign needs role admin or a pending task of this person');
    expect(denialOf(view({ stage: 'signing' }), { actor: actor('adm', ['admin']) }, 'reassign')?.code).toBe('stage_conflict');
    expect(actingRoleFor(actor('c1', ['council_member']), 'reassign')).toBe('council_member');
  });

  it('lets only the named appraiser appraise once the appraisal is named to one', () => {
    const named = view({ stage: 'appraisal', appraiserId: 'a2' });
    expect(allowedActions(named, { actor: actor('a2', ['appraiser']) })).toEqual(['appraise', 'reassign']);
    expect(allowedActions(named, { actor: actor('a1', ['appraiser']) })).toEqual([]);
    expect(denialOf(named, { actor: actor('a1', ['appraiser']) }, 'appraise')?.message).toBe('the appraisal of this nomination is assigned to another appraiser');
    expect(allowedActions(view({ stage: 'appraisal' }), { actor: actor('a1', ['appraiser']) })).toEqual(['appraise', 'reassign']);
  });
});
