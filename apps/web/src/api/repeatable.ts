import { isProblem } from './problem';

/**
 * One Idempotency-Key per action the user takes (per `mutate`: its variables object), kept across
 * its retries: the API answers a repeat with the first outcome instead of taking it twice or
 * refusing it (409 "already voted" after a lost answer).
 */
const keys = new WeakMap<object, string>();
export function idempotencyKeyOf(variables: object): string {
  let key = keys.get(variables);
  if (!key) keys.set(variables, (key = crypto.randomUUID()));
  return key;
}

/** A connection lost, or the API restarting: safe to send again, as the action carries its key. */
export function retryableFailure(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && (error instanceof TypeError || isProblem(error, 502) || isProblem(error, 503) || isProblem(error, 504));
}

/** React Query's retry options for a mutation whose request carries `idempotencyKeyOf` its variables. */
export const RETRY_REPEATABLE = { retry: retryableFailure, retryDelay: (attempt: number) => 500 * 2 ** attempt } as const;
