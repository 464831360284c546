import { DomainError } from '#ktf/domain';

/** Visible ASCII, as header values travel safely; the document states the same pattern. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export function assertIdempotencyKey(key: string | undefined): void {
  if (key !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(key)) {
    const messages = ['Idempotency-Key must be 1–200 visible ASCII characters'];
    throw new DomainError('invalid_input', messages[0], { errors: [{ field: 'Idempotency-Key', messages }] });
  }
}
