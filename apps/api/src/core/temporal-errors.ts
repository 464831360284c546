import { WorkflowFailedError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, DomainErrorCode } from '#ktf/domain';

const CODES: readonly DomainErrorCode[] = ['invalid_input', 'forbidden', 'not_found', 'stage_conflict', 'rule_failed'];

/**
 * An Update rejected by the workflow's validator (or failed by its handler), or a workflow
 * that ended with a domain refusal (a decision whose batch was refused), arrives as an
 * ApplicationFailure whose type is the domain code; turn it back into a DomainError.
 */
export function fromTemporalError(e: unknown): unknown {
  if (e instanceof WorkflowNotFoundError) return new DomainError('not_found', 'no running workflow for this nomination');
  if ((e instanceof WorkflowUpdateFailedError || e instanceof WorkflowFailedError) && e.cause instanceof ApplicationFailure) {
    const f = e.cause;
    if (f.type && (CODES as readonly string[]).includes(f.type)) {
      const details = (f.details?.[0] ?? {}) as Record<string, unknown>;
      return new DomainError(f.type as DomainErrorCode, f.message, details);
    }
  }
  return e;
}
