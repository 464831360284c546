import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, TemporalFailure } from '@temporalio/common';
import { DomainError, DomainErrorCode } from '#ktf/domain';

const CODES: readonly DomainErrorCode[] = ['invalid_input', 'forbidden', 'not_found', 'stage_conflict', 'rule_failed'];

/** What an activity reports when the reference data cannot carry the step (e.g. no council for the unit). */
const CONFIGURATION = 'configuration';

/** The first ApplicationFailure along a failure's causes (an activity's comes wrapped in an ActivityFailure). */
function applicationFailureIn(e: unknown): ApplicationFailure | undefined {
  for (let f: unknown = e, depth = 0; f instanceof TemporalFailure && depth < 5; f = f.cause, depth++) {
    if (f instanceof ApplicationFailure) return f;
  }
  return undefined;
}

/**
 * An Update rejected by the workflow's validator (or failed by its handler) arrives as
 * an ApplicationFailure whose type is the domain code; turn it back into a DomainError.
 * A step that missing reference data stopped (an activity's `configuration` failure) is a
 * rule the request cannot satisfy now: 422, not a server error.
 */
export function fromTemporalError(e: unknown): unknown {
  if (e instanceof WorkflowNotFoundError) return new DomainError('not_found', 'no running workflow for this nomination');
  if (!(e instanceof WorkflowUpdateFailedError)) return e;
  const f = applicationFailureIn(e.cause);
  if (f?.type && (CODES as readonly string[]).includes(f.type)) {
    const details = (f.details?.[0] ?? {}) as Record<string, unknown>;
    return new DomainError(f.type as DomainErrorCode, f.message, details);
  }
  if (f?.type === CONFIGURATION) return new DomainError('rule_failed', f.message);
  return e;
}
