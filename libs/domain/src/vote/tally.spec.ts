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
    recusedCountInBase: fc.boolean(),
  });
  const choice = fc.constantFrom<VoteChoice>('agree', 'disagree', 'abstain');
  // Members, recusals, ballots and written opinions; strangers (not pinned) may turn up in
  // every list, as a stale or forged request could bring them.
  const council = fc.integer({ min: 1, max: 25 }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `m${i}`);
    const anyone = [...ids, 'x1', 'x2'];
    return fc.record({
      memberIds: fc.constant(ids),
      recusedIds: fc.subarray(anyone),
      ballots: fc.dictionary(fc.constantFrom(...anyone), choice),
      writtenOpinionIds: fc.subarray(anyone),
    });
  });

  /** The tally by definition, in exact integer arithmetic (percent points), sharing no code with tallyVotes. */
  function reference(r: VoteRule, c: { memberIds: string[]; recusedIds: string[]; ballots: Record<string, VoteChoice>; writtenOpinionIds: string[] }) {
    const recused = c.memberIds.filter((id) => c.recusedIds.includes(id));
    const eligible = c.memberIds.filter((id) => !recused.includes(id));
    const voters = eligible.filter((id) => c.ballots[id] !== undefined);
    const present = voters.filter((id) => !c.writtenOpinionIds.includes(id)).length;
    const count = (v: VoteChoice) => voters.filter((id) => c.ballots[id] === v).length;
    const agree = count('agree');
    const base = r.base === 'present' ? voters.length : r.recusedCountInBase ? c.memberIds.length : eligible.length;
    const pct = Math.round(r.threshold * 100);
    const reaches = r.comparison === 'at_least' ? agree * 100 >= pct * base : agree * 100 > pct * base;
    const quorumMet = present > 0 && present * 100 >= Math.round(r.quorum * 100) * eligible.length;
    return {
      members: c.memberIds.length,
      recused: recused.length,
      eligible: eligible.length,
      present,
      written: voters.length - present,
      agree,
      disagree: count('disagree'),
      abstain: count('abstain'),
      base,
      quorumMet,
      passed: quorumMet && base > 0 && reaches,
    };
  }

  it('counts and passes as the rule says, with recusals, written opinions and strangers', () => {
    fc.assert(
      fc.property(rule, council, (r, c) => {
        expect(tallyVotes({ rule: r, ...c })).toMatchObject(reference(r, c));
      }),
    );
  });

  it('generates what it claims to: recusals, written opinions that count, strangers and both bases', () => {
    // Guards the arbitraries themselves: a property over cases that never occur proves nothing.
    const seen = { recusal: 0, written: 0, stranger: 0, recusedInBase: 0, presentBase: 0 };
    fc.assert(
      fc.property(rule, council, (r, c) => {
        const t = tallyVotes({ rule: r, ...c });
        if (t.recused > 0) seen.recusal += 1;
        if (t.written > 0) seen.written += 1;
        if (Object.keys(c.ballots).some((id) => !c.memberIds.includes(id))) seen.stranger += 1;
        if (r.recusedCountInBase && t.recused > 0 && r.base === 'all_members') seen.recusedInBase += 1;
        if (r.base === 'present') seen.presentBase += 1;
      }),
      { numRuns: 300 },
    );
    for (const [what, n] of Object.entries(seen)) expect({ what, some: n >= 10 }).toEqual({ what, some: true });
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

  it('a written agree from an absent member counts in the vote, not in the quorum, and never turns a pass into a fail', () => {
    fc.assert(
      fc.property(rule, council, fc.nat(), (r, c, pick) => {
        const absent = c.memberIds.filter((id) => !c.recusedIds.includes(id) && c.ballots[id] === undefined);
        fc.pre(absent.length > 0);
        const who = absent[pick % absent.length];
        const before = tallyVotes({ rule: r, ...c });
        const after = tallyVotes({ rule: r, ...c, ballots: { ...c.ballots, [who]: 'agree' }, writtenOpinionIds: [...c.writtenOpinionIds, who] });
        expect(after).toMatchObject({ present: before.present, written: before.written + 1, agree: before.agree + 1, quorumMet: before.quorumMet });
        if (before.passed) expect(after.passed).toBe(true);
      }),
    );
  });

  it('taking part in writing instead of in the session never turns a fail into a pass, and written opinions alone never pass', () => {
    fc.assert(
      fc.property(rule, council, fc.func(fc.boolean()), (r, c, marks) => {
        const before = tallyVotes({ rule: r, ...c });
        const some = tallyVotes({ rule: r, ...c, writtenOpinionIds: [...c.writtenOpinionIds, ...Object.keys(c.ballots).filter((id) => marks(id))] });
        if (!before.passed) expect(some.passed).toBe(false);
        expect(some).toMatchObject({ agree: before.agree, disagree: before.disagree, abstain: before.abstain, base: before.base });
        const all = tallyVotes({ rule: r, ...c, writtenOpinionIds: Object.keys(c.ballots) });
        expect(all).toMatchObject({ present: 0, quorumMet: false, passed: false });
      }),
    );
  });

  it('ignores the ballots of recused members and strangers', () => {
    fc.assert(
      fc.property(rule, council, choice, (r, c, v) => {
        const ignored = [...c.recusedIds.filter((id) => c.memberIds.includes(id)), 'x1', 'x2'];
        const extra = Object.fromEntries(ignored.map((id) => [id, v]));
        expect(tallyVotes({ rule: r, ...c, ballots: { ...c.ballots, ...extra } })).toEqual(tallyVotes({ rule: r, ...c }));
      }),
    );
  });
});

describe('fractions that a stored decimal cannot hold exactly', () => {
  const members = (n: number) => Array.from({ length: n }, (_, i) => `m${i + 1}`);
  const agreeing = (ids: string[], k: number) => Object.fromEntries(ids.slice(0, k).map((id) => [id, 'agree' as const]));
  const twoThirds = (stored: number, comparison: 'at_least' | 'more_than' = 'at_least') => ({
    threshold: stored, comparison, base: 'all_members' as const, quorum: stored, secret: true,
  });

  it.each([
    [3, 2],
    [6, 4],
    [9, 6],
    [12, 8],
  ])('2/3 of %i members (stored as 0.6667 or 0.6666) is %i, for the quorum and an at-least threshold', (n, whole) => {
    for (const stored of [0.6667, 0.6666, 2 / 3]) {
      const ids = members(n);
      const t = tallyVotes({ rule: twoThirds(stored), memberIds: ids, recusedIds: [], ballots: agreeing(ids, whole) });
      expect(t).toMatchObject({ quorumRequired: whole, required: whole, quorumMet: true, passed: true });
    }
  });

  it('more than 2/3 of 6 is 5, whichever way 2/3 was rounded', () => {
    for (const stored of [0.6667, 0.6666]) {
      expect(tallyVotes({ rule: twoThirds(stored, 'more_than'), memberIds: members(6), recusedIds: [], ballots: {} }).required).toBe(5);
    }
  });

  it('leaves fractions that are not whole counts alone (90 % of 7 is 6.3, so 7)', () => {
    const rule = { threshold: 0.9, comparison: 'at_least' as const, base: 'all_members' as const, quorum: 0.8, secret: false };
    expect(tallyVotes({ rule, memberIds: members(7), recusedIds: [], ballots: {} })).toMatchObject({ required: 7, quorumRequired: 6 });
  });

  it('replays the first release exactly when asked (2/3 of 6 stored as 0.6667 was counted as 5)', () => {
    const ids = members(6);
    const t = tallyVotes({ rule: twoThirds(0.6667), memberIds: ids, recusedIds: [], ballots: agreeing(ids, 4), legacyFractions: true });
    expect(t).toMatchObject({ quorumRequired: 5, required: 5, quorumMet: false, passed: false });
  });
});
