import fc from 'fast-check';
import { allEligibleVoted, tallyVotes } from './tally';
import { VoteChoice, VoteRule } from './vote-rule';

const members = ['m1', 'm2', 'm3', 'm4', 'm5'];
const majority: VoteRule = { threshold: 0.5, comparison: 'more_than', base: 'all_members', quorum: 0.8, secret: false };
const eighty: VoteRule = { threshold: 0.8, comparison: 'at_least', base: 'all_members', quorum: 0.8, secret: false };
const ninety: VoteRule = { threshold: 0.9, comparison: 'at_least', base: 'all_members', quorum: 0.8, secret: true };
const ballots = (...choices: VoteChoice[]) => Object.fromEntries(choices.map((c, i) => [members[i], c]));

describe('tallyVotes', () => {
  it('passes a simple majority with 3 of 5', () => {
    const t = tallyVotes({ rule: majority, memberIds: members, recusedIds: [], ballots: ballots('agree', 'agree', 'agree', 'disagree', 'abstain') });
    expect(t).toMatchObject({ agree: 3, disagree: 1, abstain: 1, present: 5, base: 5, required: 3, quorumMet: true, passed: true });
  });

  it('fails a majority at exactly half (more than half is needed)', () => {
    const four = ['a', 'b', 'c', 'd'];
    const t = tallyVotes({ rule: { ...majority, quorum: 0.5 }, memberIds: four, recusedIds: [], ballots: { a: 'agree', b: 'agree', c: 'disagree', d: 'disagree' } });
    expect(t.required).toBe(3);
    expect(t.passed).toBe(false);
  });

  it('counts 80% and 90% over all members exactly (0.9 × 5 needs 5)', () => {
    const fourAgree = ballots('agree', 'agree', 'agree', 'agree', 'disagree');
    expect(tallyVotes({ rule: eighty, memberIds: members, recusedIds: [], ballots: fourAgree })).toMatchObject({ required: 4, passed: true });
    expect(tallyVotes({ rule: ninety, memberIds: members, recusedIds: [], ballots: fourAgree })).toMatchObject({ required: 5, passed: false });
  });

  it('counts an absent member as not agreeing when the base is all members', () => {
    const t = tallyVotes({ rule: eighty, memberIds: members, recusedIds: [], ballots: ballots('agree', 'agree', 'agree', 'agree') });
    expect(t).toMatchObject({ present: 4, base: 5, required: 4, passed: true });
    const three = tallyVotes({ rule: { ...eighty, quorum: 0.6 }, memberIds: members, recusedIds: [], ballots: ballots('agree', 'agree', 'agree') });
    expect(three).toMatchObject({ base: 5, passed: false });
  });

  it('uses those present as the base when the rule says so', () => {
    const rule: VoteRule = { ...eighty, base: 'present', quorum: 0.6 };
    const t = tallyVotes({ rule, memberIds: members, recusedIds: [], ballots: ballots('agree', 'agree', 'agree') });
    expect(t).toMatchObject({ base: 3, required: 3, passed: true });
  });

  it('fails when the quorum is not met, whatever the votes', () => {
    const t = tallyVotes({ rule: majority, memberIds: members, recusedIds: [], ballots: ballots('agree', 'agree', 'agree') });
    expect(t).toMatchObject({ quorumRequired: 4, quorumMet: false, passed: false });
  });

  it('ignores ballots of recused and unknown members and excludes the recused from the base', () => {
    const t = tallyVotes({ rule: majority, memberIds: members, recusedIds: ['m5'], ballots: { ...ballots('agree', 'agree', 'disagree', 'disagree', 'agree'), stranger: 'agree' } });
    expect(t).toMatchObject({ recused: 1, eligible: 4, present: 4, agree: 2, base: 4, required: 3, passed: false });
    expect(tallyVotes({ rule: { ...majority, recusedCountInBase: true }, memberIds: members, recusedIds: ['m5'], ballots: {} }).base).toBe(5);
  });

  it('counts written opinions in the vote but not in the quorum', () => {
    const b = ballots('agree', 'agree', 'agree', 'agree', 'disagree');
    const withTwoWritten = tallyVotes({ rule: eighty, memberIds: members, recusedIds: [], ballots: b, writtenOpinionIds: ['m4', 'm5'] });
    expect(withTwoWritten).toMatchObject({ present: 3, written: 2, agree: 4, quorumRequired: 4, quorumMet: false, passed: false });
    const withOneWritten = tallyVotes({ rule: eighty, memberIds: members, recusedIds: [], ballots: b, writtenOpinionIds: ['m5'] });
    expect(withOneWritten).toMatchObject({ present: 4, written: 1, quorumMet: true, passed: true });
  });

  it('never passes an empty council', () => {
    expect(tallyVotes({ rule: { ...majority, quorum: 0 }, memberIds: [], recusedIds: [], ballots: {} }).passed).toBe(false);
  });

  it('knows when every eligible member has voted', () => {
    expect(allEligibleVoted({ memberIds: members, recusedIds: ['m5'], ballots: ballots('agree', 'agree', 'agree', 'agree') })).toBe(true);
    expect(allEligibleVoted({ memberIds: members, recusedIds: [], ballots: ballots('agree', 'agree', 'agree', 'agree') })).toBe(false);
  });
});

describe('tallyVotes properties', () => {
  const rule = fc.record<VoteRule>({
    threshold: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
    comparison: fc.constantFrom('at_least' as const, 'more_than' as const),
    base: fc.constantFrom('all_members' as const, 'present' as const),
    quorum: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
    secret: fc.boolean(),
  });
  const council = fc.integer({ min: 1, max: 25 }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `m${i}`);
    return fc.record({
      memberIds: fc.constant(ids),
      recusedIds: fc.subarray(ids),
      ballots: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom<VoteChoice>('agree', 'disagree', 'abstain')),
    });
  });

  it('passes exactly when the quorum is met and agree reaches the threshold of the base', () => {
    fc.assert(
      fc.property(rule, council, (r, c) => {
        const t = tallyVotes({ rule: r, ...c });
        const eligible = c.memberIds.filter((id) => !c.recusedIds.includes(id));
        const votes = eligible.map((id) => c.ballots[id]).filter(Boolean);
        const agree = votes.filter((v) => v === 'agree').length;
        const base = r.base === 'all_members' ? eligible.length : votes.length;
        // Reference in exact integer arithmetic (percent points), independent of the implementation.
        const pct = Math.round(r.threshold * 100);
        const reaches = r.comparison === 'at_least' ? agree * 100 >= pct * base : agree * 100 > pct * base;
        const quorum = votes.length * 100 >= Math.round(r.quorum * 100) * eligible.length && votes.length > 0;
        expect(t.passed).toBe(quorum && base > 0 && reaches);
        expect(t.agree + t.disagree + t.abstain).toBe(t.present + t.written);
        expect(t.present).toBeLessThanOrEqual(t.eligible);
      }),
    );
  });

  it('is monotonic: turning a disagree into an agree never turns a pass into a fail', () => {
    fc.assert(
      fc.property(rule, council, (r, c) => {
        const before = tallyVotes({ rule: r, ...c });
        const flipped = Object.fromEntries(Object.entries(c.ballots).map(([k, v]) => [k, v === 'disagree' ? 'agree' : v])) as typeof c.ballots;
        const after = tallyVotes({ rule: r, ...c, ballots: flipped });
        if (before.passed) expect(after.passed).toBe(true);
      }),
    );
  });
});
