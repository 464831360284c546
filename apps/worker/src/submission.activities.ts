import { ApplicationFailure } from '@temporalio/common';
import type { CouncilPin, NominationActivities, SubmissionReads } from '#ktf/contracts';
import { stageASubmissionOpens, stageDeadlineRule } from '#ktf/domain';

type Reads = Pick<NominationActivities, 'loadNominationContext' | 'pinCouncil' | 'planStageDeadline'>;

/**
 * A nomination started with its submission reads its rules and, with them, what opening the
 * submission's stage needs (the council's pin, the deadline's plan): one local activity, not two
 * rounds of them in the creation's workflow task (issue 18). Same reads as the workflow would
 * ask for; a refused pin is left for the submission to meet, so it is refused as before.
 */
export function createSubmissionActivities(reads: Reads): Pick<NominationActivities, 'loadSubmission'> {
  return {
    async loadSubmission({ nominationId, at }): Promise<SubmissionReads> {
      const ctx = await reads.loadNominationContext(nominationId);
      const opens = stageASubmissionOpens(ctx.pipeline);
      if (!opens) return { ctx, opening: null };
      const { stage, councilScope } = opens;
      const rule = stageDeadlineRule(ctx.pipeline, stage);
      const [pin, plan] = await Promise.all([
        councilScope ? pinOrRefusal(reads, { nominationId, scope: councilScope, unitId: ctx.unitId }) : null,
        rule.slaWorkingDays > 0 ? reads.planStageDeadline({ openedAt: at, slaWorkingDays: rule.slaWorkingDays, reminderOffsets: rule.reminderOffsets }) : null,
      ]);
      if (pin === 'refused') return { ctx, opening: null };
      return { ctx, opening: { stage, pin, plan, plannedAt: at } };
    },
  };
}

/** The pin, or 'refused' for a refusal retrying cannot change (no council for the unit). */
async function pinOrRefusal(reads: Reads, input: Parameters<Reads['pinCouncil']>[0]): Promise<CouncilPin | 'refused'> {
  try {
    return await reads.pinCouncil(input);
  } catch (e) {
    if (e instanceof ApplicationFailure && e.nonRetryable) return 'refused';
    throw e;
  }
}
