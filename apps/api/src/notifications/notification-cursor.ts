import { DomainError } from '#ktf/domain';

/** The cursor is opaque to clients: base64url of the last row's (created_at, id). */
export const encodeNotificationCursor = (createdAt: Date, id: string) => Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');

export function decodeNotificationCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/.test(id)) throw new Error();
    return { createdAt, id };
  } catch {
    throw new DomainError('rule_failed', 'cursor is not one this API returned', { errors: [{ field: 'cursor', messages: ['invalid cursor'] }] });
  }
}
