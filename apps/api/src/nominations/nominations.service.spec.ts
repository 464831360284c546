import type { NominationProjection, NominationSnapshot } from '#ktf/contracts';
import { WorkingCalendar } from '#ktf/domain';
import type { NominationEntity, PeopleActionsAtHead } from '#ktf/persistence';
import { NominationsService } from './nominations.service';

// The service alone, without Nest (whose ESM build this unit project does not load): its decorators do nothing here.
jest.mock('@nestjs/common', () => {
  const nothing = () => undefined;
  // Callable (a decorator factory) and constructible (a Logger): either way, nothing.
  const stub = function () {
    return nothing;
  };
  return new Proxy({}, { get: () => stub });
});
// Injected as fakes below; their modules (ESM-only sniffing) are not loaded.
jest.mock('../dossier/dossier.service', () => ({ DossierService: class {} }));

const ID = '0b5a4a1e-5b4e-4f61-9a1a-3c2f3f9e0001';
const MEMBERS = ['c1', 'c2', 'c3'];
const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 9, 0, s));

const before = {
  id: ID, workflowId: `nomination-${ID}`, unitId: 'u', awardCode: 'BANG_KHEN_CT_UBND', subject: 'individual',
  nominee: { kind: 'individual', fullName: 'Nguyễn Thị Hoa' }, nomineeName: 'Nguyễn Thị Hoa', nomineeSearch: 'nguyen thi hoa',
  achievements: 'Sáng kiến', year: 2026, campaignId: null, idempotencyKey: null, createdBy: 'o1', createdAt: at(0), updatedAt: at(1),
  status: 'in_progress', stage: 'council_review', stageOpenedAt: at(1), dueAt: null, councilMemberIds: MEMBERS, recusedMemberIds: [],
  votedMemberIds: [], signingAuthority: null, reservedByDecisionId: null, tally: null, decisionId: null, decisionNumber: null,
  pipelineCode: 'p', pipelineVersion: 1, lastActorId: 'o1', lastAction: 'council_pinned', transition: 1, actorDuties: {}, stageEpoch: 1, breachedAt: null,
} as unknown as NominationEntity;

const projection = {
  status: 'in_progress', stage: 'council_review', unitId: 'u', councilMemberIds: MEMBERS, recusedMemberIds: [], votedMemberIds: ['c1'],
  signingAuthority: null, reservedByDecisionId: null, actorDuties: { c1: 'council' }, transition: 2, stageOpenedAt: at(1).toISOString(),
  pipelineCode: 'p', pipelineVersion: 1, tally: null, decisionId: null, decisionNumber: null, lastActorId: 'c1', lastAction: 'vote_cast',
  stageEpoch: 1, dueAt: null, breachedAt: null,
} as unknown as NominationProjection;

const snapshot: NominationSnapshot = {
  nominationId: ID, status: 'in_progress', stage: 'council_review', transition: 2, tally: null, decisionId: null, decisionNumber: null, dueAt: null,
  written: {
    projection, updatedAt: at(5).toISOString(), firstSequence: 5, lastSequence: 5,
    personEvents: [{ action: 'vote_cast', actorId: 'c1', actorRole: 'council_member', occurredAt: at(5).toISOString(), stageBefore: 'council_review', stageAfter: 'council_review' }],
  },
};

function serviceReading(trail: PeopleActionsAtHead) {
  const readable = jest.fn(async () => before);
  const peopleActions = jest.fn(async () => []);
  const executeUpdate = jest.fn(async () => snapshot);
  // The Update runs under a deadline ACTION_WAIT_SECONDS away (a worker down answers 503, not never).
  const deadlines: number[] = [];
  const withDeadline = async <T>(deadline: number, fn: () => Promise<T>) => (deadlines.push(deadline - Date.now()), fn());
  const service = new NominationsService(
    { ACTION_WAIT_SECONDS: 30 } as never,
    { workflow: { getHandle: () => ({ executeUpdate }) }, connection: { withDeadline } } as never,
    {} as never,
    {} as never,
    { peopleActionsAtHead: async () => trail, peopleActions } as never,
    { readable, signingGrants: async () => [] } as never,
    { calendar: async () => new WorkingCalendar([]) } as never,
    {} as never,
    {} as never,
    {} as never,
  );
  return { service, readable, peopleActions, executeUpdate, deadlines };
}

describe('NominationsService.act', () => {
  const voter = { id: 'c1', roles: ['council_member' as const], unitId: 'u2' };

  it("answers from the Update's result and a trail read beside it: the nomination is read once", async () => {
    const { service, readable, peopleActions, executeUpdate, deadlines } = serviceReading({ actions: [], head: 4, userName: 'Trần Văn Bình' });
    const body = await service.act(voter, ID, 'vote', { choice: 'agree' });
    expect([readable.mock.calls.length, peopleActions.mock.calls.length, executeUpdate.mock.calls.length]).toEqual([1, 0, 1]);
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toBeGreaterThan(29_000);
    expect(deadlines[0]).toBeLessThanOrEqual(30_000);
    expect(body).toMatchObject({
      id: ID, transition: 2, updatedAt: at(5).toISOString(), council: { members: 3, recused: 0, votedMemberIds: ['c1'], recusedMemberIds: [] },
      allowedActions: [],
      actions: [{ action: 'vote_cast', actorId: 'c1', actorName: 'Trần Văn Bình', role: 'council_member', at: at(5).toISOString(), stageBefore: 'council_review', stageAfter: 'council_review' }],
    });
  });

  it('reads the nomination again when the trail read saw another transition', async () => {
    const { service, readable, peopleActions } = serviceReading({ actions: [], head: 3, userName: 'Trần Văn Bình' });
    await service.act(voter, ID, 'vote', { choice: 'agree' });
    expect([readable.mock.calls.length, peopleActions.mock.calls.length]).toEqual([2, 1]);
  });
});
