import { Context } from '@temporalio/activity';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import type { UpdateDefinition } from '@temporalio/common';
import { NominationQuerySnapshot, NominationSnapshot, nominationWorkflowId, Refusal, snapshotQuery } from '#ktf/contracts';

const DOMAIN_CODES = ['invalid_input', 'forbidden', 'not_found', 'stage_conflict', 'rule_failed'];

export type UpdateAnswer = { done: NominationSnapshot } | { refused: Refusal } | { gone: true };

/**
 * How the decision and council-session workflows act on nominations. A workflow cannot send an
 * Update itself (the TS SDK's external handles only signal and cancel), and a signal could not
 * be refused by the nomination's validator; so an activity executes the Update through the
 * worker's own client, with an update id fixed by the caller: Temporal keeps one Update per id
 * in a workflow run, so an attempt retried after a crash attaches to the first attempt's Update
 * (or gets its outcome) instead of applying it twice.
 */
export interface NominationUpdater {
  update<A>(nominationId: string, def: UpdateDefinition<NominationSnapshot, [A]>, updateId: string, arg: A): Promise<UpdateAnswer>;
  /** The nomination's state now (answered from history when its workflow has ended). */
  snapshot(nominationId: string): Promise<NominationQuerySnapshot>;
}

/** The updater over the activity's client (the worker's connection). */
export const activityClientUpdater: NominationUpdater = {
  async update(nominationId, def, updateId, arg) {
    const handle = Context.current().client.workflow.getHandle(nominationWorkflowId(nominationId));
    try {
      return { done: await handle.executeUpdate(def, { args: [arg], updateId }) };
    } catch (e) {
      const refusal = refusalOf(e);
      if (refusal) return { refused: refusal };
      // Ended (awarded, rejected…) or never existed: it takes no Updates any more.
      if (e instanceof WorkflowNotFoundError) return { gone: true };
      throw e;
    }
  },
  snapshot(nominationId) {
    return Context.current().client.workflow.getHandle(nominationWorkflowId(nominationId)).query(snapshotQuery);
  },
};

/** A refusal by the nomination's validator (a domain code), as data; anything else is null. */
export function refusalOf(e: unknown): Refusal | null {
  if (!(e instanceof Error) || e.name !== 'WorkflowUpdateFailedError') return null;
  const cause = (e as Error & { cause?: unknown }).cause;
  if (!(cause instanceof ApplicationFailure) || !DOMAIN_CODES.includes(cause.type ?? '')) return null;
  return { code: cause.type as string, message: cause.message, details: (cause.details?.[0] ?? {}) as Record<string, unknown> };
}
