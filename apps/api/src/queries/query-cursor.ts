import { DomainError } from '#ktf/domain';
import type { AwardKey, CreatedKey, InboxKey } from '#ktf/persistence';

/** How one position of a keyset is checked when a cursor comes back from a client. */
type Field = 'uuid' | 'utc' | 'utc?' | 'int' | 'text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Exactly what the repository writes (`exactUtc`): anything else would reach a SQL cast.
const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const VALID: Record<Field, (v: unknown) => boolean> = {
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  utc: (v) => typeof v === 'string' && UTC.test(v),
  'utc?': (v) => v === null || (typeof v === 'string' && UTC.test(v)),
  int: (v) => Number.isSafeInteger(v),
  text: (v) => typeof v === 'string' && v.length <= 1000,
};

/** Well-formed (the DTO checked its alphabet) but not written by this list: a rule, not a form (422). */
const invalid = () =>
  new DomainError('rule_failed', 'cursor: not a cursor of this list (pass nextCursor back unchanged)', {
    errors: [{ field: 'cursor', messages: ['not a cursor of this list'] }],
  });

export interface CursorCodec<K> {
  encode(key: K): string;
  /** The key, or a 422 for anything this codec did not produce. */
  decode(cursor: string): K;
}

/**
 * Opaque cursors: base64url of a JSON array [kind, ...key values]. The kind tag keeps a
 * cursor of one list from being replayed against another; every value is checked on the
 * way back in, because a client can send anything.
 */
export function cursorCodec<K extends object>(kind: string, fields: { [P in keyof K]: Field }): CursorCodec<K> {
  const names = Object.keys(fields) as (keyof K & string)[];
  return {
    encode: (key) => Buffer.from(JSON.stringify([kind, ...names.map((n) => key[n])]), 'utf8').toString('base64url'),
    decode: (cursor) => {
      if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
      let parts: unknown;
      try {
        parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        throw invalid();
      }
      if (!Array.isArray(parts) || parts.length !== names.length + 1 || parts[0] !== kind) throw invalid();
      const key: Record<string, unknown> = {};
      names.forEach((n, i) => {
        if (!VALID[fields[n]](parts[i + 1])) throw invalid();
        key[n] = parts[i + 1];
      });
      return key as K;
    },
  };
}

export const nominationCursor = cursorCodec<CreatedKey>('nominations', { createdAt: 'utc', id: 'uuid' });
export const inboxCursor = cursorCodec<InboxKey>('inbox', { dueAt: 'utc?', stageOpenedAt: 'utc?', id: 'uuid' });
export const awardCursor = cursorCodec<AwardKey>('awards', { year: 'int', name: 'text', id: 'uuid' });
