import { ApplicationFailure, log } from '@temporalio/activity';
import { CouncilPin, NominationActivities, NominationContext, nominationContextOf, PlanDeadlineInput, RecordedTransition, RecordTransitionInput, withDueDate } from '#ktf/contracts';
import type { DeadlinePlan } from '#ktf/domain';
import { councilGap, councilPinOf } from '#ktf/domain';
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
  /** Working-day arithmetic over today's holidays: the deadline of a stage a transition opens (`plansDeadline`). */
  planDeadline: (input: PlanDeadlineInput) => Promise<DeadlinePlan>;
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
      // One round trip (it was three in a row: the row, then award and unit, then the pipeline).
      const rules = await deps.references.nominationRules(nominationId);
      if (!rules) throw fatal(`nomination ${nominationId} has no row`);
      const { award, pipeline, unitCode } = rules;
      if (!award) throw fatal(`award type ${rules.awardCode} is not in the catalog`);
      if (!pipeline) throw fatal(`pipeline ${award.pipelineCode} is not defined`);
      if (unitCode === null) throw fatal(`unit ${rules.unitId} does not exist`);
      return nominationContextOf(nominationId, { id: rules.unitId, code: unitCode }, award, pipeline);
    },

    async pinCouncil({ nominationId, scope, unitId: knownUnitId }): Promise<CouncilPin> {
      const unitId = knownUnitId ?? (await deps.nominations.findById(nominationId))?.unitId;
      if (!unitId) throw fatal(`nomination ${nominationId} has no row`);
      // The council, its active members and their units in one round trip (it was three).
      const roster = await deps.references.councilRoster(scope, unitId);
      if (!roster?.members.length) {
        const unit = { id: unitId, code: (await deps.references.unit(unitId))?.code ?? unitId };
        const gap = councilGap(scope, unit, roster && { memberIds: roster.members.map((m) => m.id) });
        throw fatal(gap?.message ?? `no ${scope} council can vote for unit ${unit.code}`, gap?.details);
      }
      return councilPinOf(scope, unitId, roster);
    },

    async recordTransition(asked: RecordTransitionInput): Promise<RecordedTransition> {
      const opening = asked.plansDeadline;
      const planned = opening && (await deps.planDeadline(opening));
      const input = planned ? withDueDate(asked, planned.dueAt) : asked;
      const command = input.command && (await commands.seal(input.command));
      const { written, adopted, updatedAt, orphan } = await deps.recorder.record({ ...input, command }, async (scope) => ({
        emailIds: await deps.notices(scope, input),
        // Last: the decision's counter (or its chain) is locked for the rest of the transaction only.
        decision: input.decision && (await scope.decide(input.decision)),
      }));
      // Ids, numbers and action names only: events' reasons and payloads may hold names or a vote.
      log.info(orphan ? 'transition refused: an orphan holds its number' : 'transition recorded', {
        transition: input.projection.transition,
        actions: input.events.map((e) => e.action),
        stage: input.projection.stage,
        adopted: adopted !== undefined,
      });
      if (orphan) return { emailIds: [], orphan: { transition: orphan.transition, command: await commands.open(orphan.command) } };
      return {
        emailIds: written?.emailIds ?? [],
        ...(adopted ? { adopted } : {}),
        ...(updatedAt ? { updatedAt } : {}),
        ...(written?.decision ? { decision: written.decision } : {}),
        ...(planned ? { plan: planned } : {}),
      };
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
