import { ApplicationFailure } from '@temporalio/activity';
import type { CouncilPin, NominationActivities, NominationContext, RecordedTransition, RecordTransitionInput } from '#ktf/contracts';
import { NominationRepository, ReferenceRepository, TransitionRecorder } from '#ktf/persistence';
import { EmailDelivery } from './email/email-delivery';
import { NoticeWriter } from './notice-writer';

export interface NominationActivityDeps {
  references: ReferenceRepository;
  nominations: NominationRepository;
  recorder: TransitionRecorder;
  notices: NoticeWriter;
  email: EmailDelivery;
}

/** Activities are plain functions over injected repositories (the worker module wires them). */
export function createNominationActivities(
  deps: NominationActivityDeps,
): Pick<NominationActivities, 'loadNominationContext' | 'pinCouncil' | 'recordTransition' | 'deliverEmails'> {
  const fatal = (message: string) => ApplicationFailure.nonRetryable(message, 'configuration');

  return {
    async loadNominationContext(nominationId: string): Promise<NominationContext> {
      const n = await deps.nominations.findById(nominationId);
      if (!n) throw fatal(`nomination ${nominationId} has no row`);
      const award = await deps.references.awardType(n.awardCode);
      if (!award) throw fatal(`award type ${n.awardCode} is not in the catalog`);
      const pipeline = await deps.references.latestPipeline(award.pipelineCode);
      if (!pipeline) throw fatal(`pipeline ${award.pipelineCode} is not defined`);
      const unit = await deps.references.unit(n.unitId);
      if (!unit) throw fatal(`unit ${n.unitId} does not exist`);
      return { nominationId, unitId: n.unitId, unitCode: unit.code, awardCode: award.code, voteRule: award.voteRule, pipeline };
    },

    async pinCouncil({ nominationId, scope }): Promise<CouncilPin> {
      const n = await deps.nominations.findById(nominationId);
      if (!n) throw fatal(`nomination ${nominationId} has no row`);
      const found = await deps.references.council(scope, n.unitId);
      if (!found) throw fatal(`no ${scope} council is configured for unit ${n.unitId}`);
      // On the provincial council, members from the nominating unit may not vote on its
      // nominations. A unit's own council is made of that unit's people: none is recused for it.
      const members = scope === 'province' ? await deps.references.usersByIds(found.memberIds) : [];
      const recusedIds = members.filter((m) => m.unitId === n.unitId).map((m) => m.id);
      return { councilId: found.council.id, memberIds: found.memberIds, recusedIds };
    },

    async recordTransition(input: RecordTransitionInput): Promise<RecordedTransition> {
      const emailIds = await deps.recorder.record(input, (scope) => deps.notices(scope, input));
      return { emailIds: emailIds ?? [] };
    },

    async deliverEmails(ids: string[]): Promise<void> {
      await deps.email.deliver(ids);
    },
  };
}
