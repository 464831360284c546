/**
 * Typed domain failures. The API maps each code to one HTTP status in one place;
 * workflows carry the code as the ApplicationFailure type.
 */
export type DomainErrorCode =
  | 'invalid_input' // 400
  | 'forbidden' // 403: wrong role or unit scope
  | 'not_found' // 404
  | 'stage_conflict' // 409: action not allowed in the current stage
  | 'rule_failed' // 422: a business rule failed (quota, missing config…)
  | 'unsupported_media_type' // 415: content that is not what it is declared to be, or of a type not accepted
  | 'unauthenticated' // 401: sign-in refused, or no usable session
  | 'rate_limited'; // 429: back off (details.retryAfterSeconds becomes Retry-After)

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
