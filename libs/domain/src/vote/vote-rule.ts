export type VoteChoice = 'agree' | 'disagree' | 'abstain';
export const VOTE_CHOICES: readonly VoteChoice[] = ['agree', 'disagree', 'abstain'];

/**
 * A council vote rule (per award type, data). `threshold` is a fraction of the base;
 * `comparison` says whether reaching it is enough (80% "at least") or it must be
 * exceeded (a simple majority is "more than" half).
 */
export interface VoteRule {
  threshold: number;
  comparison: 'at_least' | 'more_than';
  base: 'all_members' | 'present';
  /** Fraction of the eligible members that must take part for the vote to count. */
  quorum: number;
  secret: boolean;
  /** Whether recused members still count in an all-members base (default: no). */
  recusedCountInBase?: boolean;
}

export function assertValidVoteRule(rule: VoteRule): void {
  const fraction = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
  if (!fraction(rule.threshold) || !fraction(rule.quorum)) {
    throw new RangeError(`vote rule threshold and quorum must be fractions in [0,1]`);
  }
  if (rule.comparison !== 'at_least' && rule.comparison !== 'more_than') {
    throw new RangeError(`vote rule comparison must be at_least or more_than`);
  }
  if (rule.base !== 'all_members' && rule.base !== 'present') {
    throw new RangeError(`vote rule base must be all_members or present`);
  }
}
