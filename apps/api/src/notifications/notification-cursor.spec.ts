import { DomainError } from '#ktf/domain';
import { decodeNotificationCursor, encodeNotificationCursor } from './notification-cursor';

const ID = '0b6f3c52-8f1e-4c2a-9d7e-3a1b2c4d5e6f';

describe('the notifications cursor', () => {
  it('gives back the last row’s creation time and id', () => {
    const cursor = encodeNotificationCursor(new Date('2025-04-30T01:02:03.004Z'), ID);
    expect(decodeNotificationCursor(cursor)).toEqual({ createdAt: '2025-04-30T01:02:03.004Z', id: ID });
  });

  it('refuses a cursor this list did not write, naming the field', () => {
    const forged = [Buffer.from('["not a date","x"]').toString('base64url'), 'not-base64-json', Buffer.from(JSON.stringify(['2025-04-30T01:02:03.004Z', 'short'])).toString('base64url')];
    const refusalOf = (cursor: string): unknown => {
      try {
        decodeNotificationCursor(cursor);
        return 'accepted';
      } catch (e) {
        return e instanceof DomainError ? [e.code, e.details] : e;
      }
    };
    for (const cursor of forged) expect(refusalOf(cursor)).toEqual(['rule_failed', { errors: [{ field: 'cursor', messages: ['invalid cursor'] }] }]);
  });
});
