import { BallotBox, castBallot } from './ballot-box';

// Members m1–m4 pinned, m4 recused (a member of the nominating unit).
const empty: BallotBox = { memberIds: ['m1', 'm2', 'm3', 'm4'], recusedIds: ['m4'], votedMemberIds: [], ballots: {}, writtenOpinionIds: [] };

describe('castBallot', () => {
  it('records a vote; a secret ballot keeps the choice out of the event', () => {
    const cast = castBallot(empty, { kind: 'vote', memberId: 'm1', choice: 'disagree', secret: true });
    expect(cast).toEqual({
      box: { ...empty, votedMemberIds: ['m1'], ballots: { m1: 'disagree' } },
      event: { action: 'vote_cast', payload: {} },
      tallyDue: false,
    });
    expect(empty).toEqual({ memberIds: ['m1', 'm2', 'm3', 'm4'], recusedIds: ['m4'], votedMemberIds: [], ballots: {}, writtenOpinionIds: [] }); // not mutated
  });

  it('an open ballot names the choice', () => {
    expect(castBallot(empty, { kind: 'vote', memberId: 'm2', choice: 'agree', secret: false }).event).toEqual({ action: 'vote_cast', payload: { choice: 'agree' } });
  });

  it("records an absent member's written opinion apart, and makes the tally due once every eligible member has a ballot", () => {
    const first = castBallot(empty, { kind: 'vote', memberId: 'm1', choice: 'agree', secret: false });
    const second = castBallot(first.box, { kind: 'absent_opinion', memberId: 'm2', choice: 'abstain', secret: false });
    expect(second.event).toEqual({ action: 'absent_opinion_recorded', payload: { memberId: 'm2', choice: 'abstain' } });
    expect(second.tallyDue).toBe(false);
    const last = castBallot(second.box, { kind: 'absent_opinion', memberId: 'm3', choice: 'agree', secret: true });
    expect(last).toEqual({
      box: { ...empty, votedMemberIds: ['m1', 'm2', 'm3'], ballots: { m1: 'agree', m2: 'abstain', m3: 'agree' }, writtenOpinionIds: ['m2', 'm3'] },
      event: { action: 'absent_opinion_recorded', payload: { memberId: 'm3' } },
      tallyDue: true, // m4 is recused: three ballots are all
    });
  });
});
