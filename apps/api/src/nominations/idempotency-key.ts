import { createHash } from 'node:crypto';
import { DomainError } from '#ktf/domain';

/** Visible ASCII, as header values travel safely; the document states the same pattern. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export function assertIdempotencyKey(key: string | undefined): void {
  if (key !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(key)) {
    const messages = ['Idempotency-Key must be 1–200 visible ASCII characters'];
    throw new DomainError('invalid_input', messages[0], { errors: [{ field: 'Idempotency-Key', messages }] });
  }
}

/** A user's action sent again under its key: the same key with the same body is the same request. */
export interface RepeatableRequest {
  key: string;
  /** The body as the caller sent it (what the API derives from it, e.g. failed checks, is left out). */
  body: unknown;
}

/** JSON with object keys sorted at every level: the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/**
 * The Workflow Update id of a user's action sent with an `Idempotency-Key`: the same caller, nomination,
 * action, key and body give the same id, so Temporal answers a repeat with the first outcome (also
 * after the workflow has ended) instead of taking the action twice. Another body under the same key is
 * another request: judged on its own (a second vote is refused 409, as without a key).
 */
export function actionUpdateId(actorId: string, nominationId: string, action: string, request: RepeatableRequest): string {
  const digest = createHash('sha256').update(canonical([actorId, nominationId, action, request.key, request.body])).digest('hex');
  return `${action}-${digest.slice(0, 40)}`;
}
