import { ApplicationFailure, log } from '@temporalio/activity';
import type { CouncilPin, NominationActivities, NominationContext, RecordedTransition, RecordTransitionInput } from '#ktf/contracts';
import { councilGap, recusedMemberIds } from '#ktf/domain';
import { NominationRepository, ReferenceRepository, TransitionRecorder } from '#ktf/persistence';
import { CommandSealer, commandSealer } from './command-sealer';
import { EmailDelivery } from './email/email-delivery';
import { NoticeWriter } from './notice-writer';

export interface NominationActivityDeps {
  references: ReferenceRepository;
  nominations: NominationRepository;
  recorder: TransitionRecorder;
  notices: NoticeWriter;
  email: EmailDelivery;
  /** Default: commands stored as is (no codec). */
  commands?: CommandSealer;
}

/** Activities are plain functions over injected repositories (the worker module wires them). */
export function createNominationActivities(
  deps: NominationActivityDeps,
): Pick<NominationActivities, 'loadNominationContext' | 'pinCouncil' | 'recordTransition' | 'deliverEmails' | 'findOrphan'> {
  /** Reference data that cannot meet a rule: retrying will not help; the API answers 422 with `details`. */
  const fatal = (message: string, details?: Record<string, unknown>) =>
    ApplicationFailure.nonRetryable(message, 'configuration', ...(details ? [details] : []));
  const commands = deps.commands ?? commandSealer();

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
      if (!found?.memberIds.length) {
        const unit = { id: n.unitId, code: (await deps.references.unit(n.unitId))?.code ?? n.unitId };
        const gap = councilGap(scope, unit, found);
        throw fatal(gap?.message ?? `no ${scope} council can vote for unit ${unit.code}`, gap?.details);
      }
      const members = await deps.references.usersByIds(found.memberIds);
      return { councilId: found.council.id, memberIds: found.memberIds, recusedIds: recusedMemberIds(scope, n.unitId, members) };
    },

    async recordTransition(input: RecordTransitionInput): Promise<RecordedTransition> {
      const command = input.command && (await commands.seal(input.command));
      const { written: emailIds, adopted, updatedAt, orphan } = await deps.recorder.record({ ...input, command }, (scope) => deps.notices(scope, input));
      // Ids, numbers and action names only: events' reasons and payloads may hold names or a vote.
      log.info(orphan ? 'transition refused: an orphan holds its number' : 'transition recorded', {
        transition: input.projection.transition,
        actions: input.events.map((e) => e.action),
        stage: input.projection.stage,
        adopted: adopted !== undefined,
      });
      if (orphan) return { emailIds: [], orphan: { transition: orphan.transition, command: await commands.open(orphan.command) } };
      return { emailIds: emailIds ?? [], ...(adopted ? { adopted } : {}), ...(updatedAt ? { updatedAt } : {}) };
    },

    async findOrphan({ nominationId, transition }) {
      const orphan = await deps.recorder.orphanAt(nominationId, transition);
      return orphan && { transition: orphan.transition, command: await commands.open(orphan.command) };
    },

    async deliverEmails(ids: string[]): Promise<void> {
      await deps.email.deliver(ids);
    },
  };
}
