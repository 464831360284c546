import type { WrittenTransition } from '#ktf/contracts';
import type { PersonAction } from '#ktf/persistence';
import { inJsonbOrder, trailAfter } from './nomination-answer';

describe('inJsonbOrder', () => {
  it("orders keys as PostgreSQL's jsonb returns them: shorter first, then by bytes, at every depth", () => {
    const ordered = inJsonbOrder({ passed: true, agree: 5, members: 5, by: { zz: 1, a: [{ yy: 1, b: 2 }] }, ý: 1 });
    expect(JSON.stringify(ordered)).toBe('{"by":{"a":[{"b":2,"yy":1}],"zz":1},"ý":1,"agree":5,"passed":true,"members":5}');
  });
});

describe('trailAfter', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 9, 0, s));
  const earlier: PersonAction = { action: 'submitted', actorId: 'u1', actorName: 'Nguyễn Thị Hoa', actorRole: 'unit_officer', occurredAt: at(1), stageBefore: 'unit_proposal', stageAfter: 'council_review' };
  const vote = { action: 'vote_cast', actorId: 'u2', actorRole: 'council_member', occurredAt: at(2).toISOString(), stageBefore: 'council_review' as const, stageAfter: 'council_review' as const };
  const written = { firstSequence: 5, lastSequence: 5, personEvents: [vote] } as unknown as WrittenTransition;

  it('appends the transition to a trail read just before it, named after the caller', () => {
    expect(trailAfter({ actions: [earlier], head: 4, userName: 'Trần Văn Bình' }, written)).toEqual([
      earlier,
      { ...vote, occurredAt: at(2), actorName: 'Trần Văn Bình' },
    ]);
  });

  it('takes a trail read just after it as it is', () => {
    const after = [earlier, { ...vote, occurredAt: at(2), actorName: 'Trần Văn Bình' }];
    expect(trailAfter({ actions: after, head: 5, userName: 'Trần Văn Bình' }, written)).toBe(after);
  });

  it('refuses a trail read that saw another transition (before or after)', () => {
    expect(trailAfter({ actions: [earlier], head: 3, userName: null }, written)).toBeNull();
    expect(trailAfter({ actions: [earlier], head: 6, userName: null }, written)).toBeNull();
  });
});
