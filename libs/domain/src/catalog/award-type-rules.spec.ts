import { AwardType } from './award-type';
import { awardTypeProblems } from './award-type-rules';
import { DEFAULT_AWARD_CATALOG } from './default-award-catalog';

const bangKhen = DEFAULT_AWARD_CATALOG.find((a) => a.code === 'BANG_KHEN_CT_UBND') as AwardType;
const expectProblem = (a: AwardType, fragment: string) => expect(awardTypeProblems(a).join('\n')).toContain(fragment);

describe('awardTypeProblems', () => {
  it('accepts the seeded catalog', () => {
    for (const a of DEFAULT_AWARD_CATALOG) expect(awardTypeProblems(a)).toEqual([]);
  });

  it('checks the vote rule with assertValidVoteRule, and refuses one that can never pass', () => {
    expectProblem({ ...bangKhen, voteRule: { ...bangKhen.voteRule, threshold: 1.5 } }, 'voteRule: vote rule threshold and quorum must be fractions');
    expectProblem({ ...bangKhen, voteRule: { ...bangKhen.voteRule, threshold: 1, comparison: 'more_than' } }, 'can never pass');
    expect(awardTypeProblems({ ...bangKhen, voteRule: { ...bangKhen.voteRule, threshold: 1, comparison: 'at_least' } })).toEqual([]);
  });

  it('needs subjects, known documents and rewards for its own subjects', () => {
    expectProblem({ ...bangKhen, subjects: [] }, 'subjects must name at least one');
    expectProblem({ ...bangKhen, requiredDocuments: ['to_trinh', 'giay_chung_nhan' as never] }, 'unknown kinds giay_chung_nhan');
    expectProblem({ ...bangKhen, subjects: ['individual'] }, 'rewardMultiplier.collective: not a subject of this award');
    expectProblem({ ...bangKhen, rewardMultiplier: { individual: 1000 } }, 'rewardMultiplier.individual must be a number 0..100');
  });

  it('checks eligibility numbers', () => {
    expectProblem({ ...bangKhen, eligibility: { priorTitles: [{ code: 'BANG_KHEN_CT_UBND', consecutiveYears: 2 }] } }, 'cannot require itself');
    expectProblem({ ...bangKhen, eligibility: { priorTitles: [{ code: 'LDTT', consecutiveYears: 11 }] } }, 'consecutiveYears must be an integer 0..10');
    expectProblem({ ...bangKhen, eligibility: { collective: { minLdttRatio: 7 } } }, 'minLdttRatio must be a fraction');
    expectProblem({ ...bangKhen, subjects: ['individual'], rewardMultiplier: {}, eligibility: { collective: {} } }, 'eligibility.collective needs the collective subject');
  });
});
