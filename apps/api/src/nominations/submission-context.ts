import { nominationContextOf, SubmissionContext } from '#ktf/contracts';
import { councilPinOf, CouncilScope, PipelineDefinition, stageASubmissionOpens, VoteRule } from '#ktf/domain';
import type { CouncilRoster } from './council-readiness.service';

/**
 * What the workflow would read for a submission (its rules, the council it pins), from what the
 * API has just read to accept it: the same queries' answers, through the same functions as the
 * worker's reads. A council review whose roster is not among `rosters` gets no pin: the workflow
 * then pins it itself.
 */
export function submissionContextOf(
  nominationId: string,
  unit: { id: string; code: string },
  award: { code: string; voteRule: VoteRule },
  pipeline: PipelineDefinition,
  rosters: ReadonlyMap<CouncilScope, CouncilRoster>,
): SubmissionContext {
  const ctx = nominationContextOf(nominationId, unit, award, pipeline);
  const opens = stageASubmissionOpens(pipeline);
  if (!opens) return { ctx, opening: null };
  const roster = opens.councilScope && rosters.get(opens.councilScope);
  return { ctx, opening: { stage: opens.stage, pin: opens.councilScope && roster ? councilPinOf(opens.councilScope, unit.id, roster) : null } };
}
