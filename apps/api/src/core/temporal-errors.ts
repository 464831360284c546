import { WorkflowFailedError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, TemporalFailure } from '@temporalio/common';
import { DomainError, DomainErrorCode } from '#ktf/domain';

const CODES: readonly DomainErrorCode[] = ['invalid_input', 'forbidden', 'not_found', 'stage_conflict', 'rule_failed', 'unsupported_media_type'];

/** The first ApplicationFailure along a failure's causes (an activity's comes wrapped in an ActivityFailure). */
function applicationFailureIn(e: unknown): ApplicationFailure | undefined {
  for (let f: unknown = e, depth = 0; f instanceof TemporalFailure && depth < 5; f = f.cause, depth++) {
    if (f instanceof ApplicationFailure) return f;
  }
  return undefined;
}

/**
 * Failure types the worker's activities raise that are not domain codes, and the domain
 * code each becomes. `configuration`: the reference data cannot meet a rule (no council for
 * the nominating unit, an award or pipeline missing): nothing the caller can retry now, so a
 * 422 naming what is missing, never a 500.
 */
const ACTIVITY_TYPES: ReadonlyMap<string, DomainErrorCode> = new Map([['configuration', 'rule_failed']]);

/** The ApplicationFailure behind an Update's or a workflow's failure: direct (validator, handler, local activity) or inside an ActivityFailure. */
const applicationFailureOf = (e: WorkflowUpdateFailedError | WorkflowFailedError) => applicationFailureIn(e.cause);

const isDomainCode = (type: string): type is DomainErrorCode => (CODES as readonly string[]).includes(type);

/**
 * An Update rejected by the workflow's validator (or failed by its handler or one of its
 * activities), or a workflow that ended with a domain refusal (a decision whose batch was
 * refused), arrives as an ApplicationFailure whose type is the domain code, or an activity
 * failure type mapped above; turn it back into a DomainError.
 */
export function fromTemporalError(e: unknown): unknown {
  if (e instanceof WorkflowNotFoundError) return new DomainError('not_found', 'no running workflow for this nomination');
  if (e instanceof WorkflowUpdateFailedError || e instanceof WorkflowFailedError) {
    const f = applicationFailureOf(e);
    const code = f?.type ? (isDomainCode(f.type) ? f.type : ACTIVITY_TYPES.get(f.type)) : undefined;
    if (f && code) {
      const details = (f.details?.[0] ?? {}) as Record<string, unknown>;
      return new DomainError(code, f.message, details);
    }
  }
  return e;
}

/** gRPC's NOT_FOUND: what an Update to a workflow that has ended (and never took it) meets. */
const GRPC_NOT_FOUND = 5;

/** The workflow is not running and holds no such Update: it ended, or never existed. */
export function isWorkflowGone(e: unknown): boolean {
  if (e instanceof WorkflowNotFoundError) return true;
  for (let c: unknown = e, depth = 0; c && depth < 4; c = (c as { cause?: unknown }).cause, depth++) {
    if ((c as { code?: unknown }).code === GRPC_NOT_FOUND) return true;
  }
  return false;
}
