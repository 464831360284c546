import { assertValidVoteRule, VoteRule } from '../vote/vote-rule';
import { DOSSIER_KINDS } from '../dossier/dossier';
import { AwardType, DECIDING_LEVELS, NOMINEE_SUBJECTS } from './award-type';

/** Award codes are upper-case identifiers (`BANG_KHEN_CT_UBND`). */
export const AWARD_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;
/** A reward above 100 × the base salary is a typo, not a commendation. */
export const MAX_REWARD_MULTIPLIER = 100;
export const MAX_PRIOR_TITLE_YEARS = 10;

const inList = (list: readonly string[], v: unknown) => typeof v === 'string' && list.includes(v);

function voteRuleProblems(rule: VoteRule): string[] {
  try {
    assertValidVoteRule(rule);
  } catch (e) {
    return [`voteRule: ${e instanceof Error ? e.message : String(e)}`];
  }
  // "More than 100%" can never be reached: every nomination would fail the vote.
  if (rule.comparison === 'more_than' && rule.threshold >= 1) return ['voteRule: more_than a threshold of 1 can never pass; use at_least 1'];
  return [];
}

/**
 * What is wrong with an award type on its own (empty when valid). Checks that need the
 * database — the pipeline and prior-title codes exist — are the caller's.
 */
export function awardTypeProblems(a: AwardType): string[] {
  const problems: string[] = [];
  if (!AWARD_CODE_PATTERN.test(a.code)) problems.push('code must be 2–40 of A–Z, 0–9 and _, starting with a letter');
  if (!a.nameVi?.trim() || !a.nameEn?.trim()) problems.push('nameVi and nameEn are required');
  if (a.subjects.length === 0) problems.push('subjects must name at least one of individual, collective');
  if (!a.subjects.every((s) => inList(NOMINEE_SUBJECTS, s))) problems.push('subjects may only be individual or collective');
  if (new Set(a.subjects).size !== a.subjects.length) problems.push('subjects must not repeat');
  if (!inList(DECIDING_LEVELS, a.decidingLevel)) problems.push(`decidingLevel must be one of ${DECIDING_LEVELS.join(', ')}`);
  problems.push(...voteRuleProblems(a.voteRule));
  const unknownDocs = a.requiredDocuments.filter((d) => !inList(DOSSIER_KINDS, d));
  if (unknownDocs.length) problems.push(`requiredDocuments: unknown kinds ${unknownDocs.join(', ')}; known: ${DOSSIER_KINDS.join(', ')}`);
  if (new Set(a.requiredDocuments).size !== a.requiredDocuments.length) problems.push('requiredDocuments must not repeat');
  for (const [subject, value] of Object.entries(a.rewardMultiplier)) {
    if (!a.subjects.includes(subject as AwardType['subjects'][number])) problems.push(`rewardMultiplier.${subject}: not a subject of this award`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_REWARD_MULTIPLIER) {
      problems.push(`rewardMultiplier.${subject} must be a number 0..${MAX_REWARD_MULTIPLIER}`);
    }
  }
  for (const [i, t] of (a.eligibility.priorTitles ?? []).entries()) {
    if (t.code === a.code) problems.push(`eligibility.priorTitles[${i}]: an award cannot require itself`);
    if (!Number.isInteger(t.consecutiveYears) || t.consecutiveYears < 0 || t.consecutiveYears > MAX_PRIOR_TITLE_YEARS) {
      problems.push(`eligibility.priorTitles[${i}].consecutiveYears must be an integer 0..${MAX_PRIOR_TITLE_YEARS}`);
    }
  }
  const c = a.eligibility.collective;
  if (c && !a.subjects.includes('collective')) problems.push('eligibility.collective needs the collective subject');
  if (c?.minLdttRatio !== undefined && !(c.minLdttRatio >= 0 && c.minLdttRatio <= 1)) problems.push('eligibility.collective.minLdttRatio must be a fraction in [0,1]');
  for (const key of ['minCstdCoSo', 'maxDisciplined'] as const) {
    const v = c?.[key];
    if (v !== undefined && !(Number.isInteger(v) && v >= 0)) problems.push(`eligibility.collective.${key} must be a non-negative integer`);
  }
  return problems;
}
