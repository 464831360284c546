import { DomainError } from '#ktf/domain';
import { awardCursor, cursorCodec, inboxCursor, nominationCursor } from './query-cursor';

const ID = '5b0c2f4e-8d1a-4c1e-9f8a-3c2b1a0f9e8d';
const AT = '2026-11-22T04:52:19.517008Z';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const refused = (decode: () => unknown) => {
  try {
    decode();
  } catch (e) {
    return e instanceof DomainError && e.code === 'rule_failed';
  }
  return false;
};

describe('query cursors', () => {
  it('round-trip every key they encode, exactly (microseconds, Vietnamese text, nulls)', () => {
    const created = { createdAt: AT, id: ID };
    expect(nominationCursor.decode(nominationCursor.encode(created))).toEqual(created);
    const inbox = { dueAt: null, stageOpenedAt: AT, id: ID };
    expect(inboxCursor.decode(inboxCursor.encode(inbox))).toEqual(inbox);
    const award = { year: 2026, name: 'Đặng Văn Đông', id: ID };
    expect(awardCursor.decode(awardCursor.encode(award))).toEqual(award);
  });

  it('are URL-safe and opaque', () => {
    const c = awardCursor.encode({ year: 2026, name: 'Nguyễn Thị Hoà ??>>', id: ID });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(c).not.toContain('Nguy');
  });

  it('refuse a cursor of another list', () => {
    const c = nominationCursor.encode({ createdAt: AT, id: ID });
    expect(refused(() => inboxCursor.decode(c))).toBe(true);
    expect(refused(() => awardCursor.decode(c))).toBe(true);
  });

  it.each([
    ['not base64url', 'abc+/=='],
    ['not JSON', Buffer.from('{oops').toString('base64url')],
    ['not an array', b64({ createdAt: AT, id: ID })],
    ['too few values', b64(['nominations', AT])],
    ['too many values', b64(['nominations', AT, ID, 1])],
    ['a millisecond timestamp', b64(['nominations', '2026-11-22T04:52:19.517Z', ID])],
    ['SQL in the timestamp', b64(['nominations', "2026-01-01'; DROP TABLE x; --", ID])],
    ['a malformed id', b64(['nominations', AT, 'not-a-uuid'])],
    ['a null where a value is required', b64(['nominations', null, ID])],
  ])('refuse %s', (_, cursor) => {
    expect(refused(() => nominationCursor.decode(cursor))).toBe(true);
  });

  it('check integer and text positions', () => {
    expect(refused(() => awardCursor.decode(b64(['awards', '2026', 'An', ID])))).toBe(true);
    expect(refused(() => awardCursor.decode(b64(['awards', 2026.5, 'An', ID])))).toBe(true);
    expect(refused(() => awardCursor.decode(b64(['awards', 2026, 7, ID])))).toBe(true);
    expect(refused(() => awardCursor.decode(b64(['awards', 2026, 'x'.repeat(1001), ID])))).toBe(true);
  });

  it('name the cursor field in the 400', () => {
    const codec = cursorCodec<{ id: string }>('t', { id: 'uuid' });
    try {
      codec.decode('x');
      throw new Error('accepted');
    } catch (e) {
      expect((e as DomainError).details).toMatchObject({ errors: [{ field: 'cursor' }] });
    }
  });
});
