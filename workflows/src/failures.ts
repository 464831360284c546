import { ApplicationFailure } from '@temporalio/workflow';
import type { DomainErrorCode } from '#ktf/domain';

/**
 * A domain denial as a non-retryable ApplicationFailure: `type` carries the domain
 * code so the API maps it to the right HTTP status; details carry e.g. the current stage.
 */
export function toFailure(e: { code: DomainErrorCode; message: string; details: Record<string, unknown> }): ApplicationFailure {
  return ApplicationFailure.create({ type: e.code, message: e.message, details: [e.details], nonRetryable: true });
}

/**
 * The message of the failure at the bottom of a chain: an activity's failure reaches the
 * workflow as "Activity task failed", with what actually went wrong as its cause.
 */
export function innermostMessage(e: unknown): string {
  let at = e;
  while (at instanceof Error && at.cause instanceof Error) at = at.cause;
  return at instanceof Error ? at.message : String(at);
}
