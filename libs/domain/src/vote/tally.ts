import { VoteChoice, VoteRule } from './vote-rule';

export interface TallyInput {
  rule: VoteRule;
  /** All council members pinned when the stage opened. */
  memberIds: readonly string[];
  /** Members who may not vote on this nomination (nominee, nominating unit). */
  recusedIds: readonly string[];
  /** Ballots by member id (cast in session or recorded as an absent member's written opinion). */
  ballots: Readonly<Record<string, VoteChoice>>;
  /** Members whose ballot is a written opinion: they count in the vote, not in the quorum. */
  writtenOpinionIds?: readonly string[];
  /**
   * Counts `fraction × members` as first released did, without snapping a fraction such as
   * 2/3 (stored as 0.6667) to the whole count it stands for. Only for replaying nominations
   * that tallied under that code (the workflow's patch `vote-fractions-snap`).
   */
  legacyFractions?: boolean;
}

export interface Tally {
  members: number;
  recused: number;
  eligible: number;
  /** Took part in the session (ballot cast, not a written opinion). */
  present: number;
  written: number;
  agree: number;
  disagree: number;
  abstain: number;
  base: number;
  /** Smallest number of agree votes that passes. */
  required: number;
  quorumRequired: number;
  quorumMet: boolean;
  passed: boolean;
  rule: VoteRule;
}

// Fractions are compared in integer basis points so that 0.9 × 5 is exact.
const BP = 10_000;
const bp = (fraction: number) => Math.round(fraction * BP);

/**
 * `fraction × n` in members. A fraction like 2/3 is stored rounded (0.6667 or 0.6666), so its
 * product with 6 members is 4.0002 or 3.9996, never 4: a product within n basis points of a
 * whole number is that number (a council has far fewer than 10,000 members, so no real
 * fraction is that close to a whole count by design).
 */
function membersOf(fraction: number, n: number, legacy: boolean): number {
  const x = (bp(fraction) * n) / BP;
  if (legacy) return x;
  const whole = Math.round(x);
  return Math.abs(x - whole) * BP <= n ? whole : x;
}

function requiredAgree(rule: VoteRule, base: number, legacy: boolean): number {
  const x = membersOf(rule.threshold, base, legacy);
  return rule.comparison === 'at_least' ? Math.ceil(x) : Math.floor(x) + 1;
}

/** Applies a vote rule to the ballots cast. Pure; ballots of recused or unknown members are ignored. */
export function tallyVotes(input: TallyInput): Tally {
  const { rule } = input;
  const recused = new Set(input.recusedIds.filter((id) => input.memberIds.includes(id)));
  const eligibleIds = input.memberIds.filter((id) => !recused.has(id));
  const counts = { agree: 0, disagree: 0, abstain: 0 };
  for (const id of eligibleIds) {
    const choice = input.ballots[id];
    if (choice) counts[choice] += 1;
  }
  const cast = counts.agree + counts.disagree + counts.abstain;
  const written = new Set(input.writtenOpinionIds ?? []);
  // Quorum counts those who took part in the session; written opinions of absent members do not.
  const present = eligibleIds.filter((id) => input.ballots[id] && !written.has(id)).length;
  const allBase = rule.recusedCountInBase ? input.memberIds.length : eligibleIds.length;
  const base = rule.base === 'all_members' ? allBase : cast;
  const legacy = input.legacyFractions ?? false;
  const required = requiredAgree(rule, base, legacy);
  const quorumRequired = Math.ceil(membersOf(rule.quorum, eligibleIds.length, legacy));
  const quorumMet = present >= quorumRequired && present > 0;
  return {
    members: input.memberIds.length,
    recused: recused.size,
    eligible: eligibleIds.length,
    present,
    written: cast - present,
    ...counts,
    base,
    required,
    quorumRequired,
    quorumMet,
    passed: quorumMet && base > 0 && counts.agree >= required,
    rule,
  };
}

/** True when every eligible member has a ballot, so the tally can close without waiting. */
export function allEligibleVoted(input: Omit<TallyInput, 'rule'>): boolean {
  return input.memberIds
    .filter((id) => !input.recusedIds.includes(id))
    .every((id) => input.ballots[id] !== undefined);
}
