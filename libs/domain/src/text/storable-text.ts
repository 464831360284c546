export const NUL_IN_TEXT = 'text must not contain the NUL character (U+0000)';
export const LONE_SURROGATE_IN_TEXT = 'text must not contain a lone surrogate (not a Unicode character)';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why `value` (a string, or the strings and keys of an object or array, at any depth) cannot be
 * stored as text, or null: PostgreSQL's text and jsonb refuse the NUL character, and UTF-8
 * cannot carry a lone surrogate (stored as U+FFFD, it would no longer match a hash taken over
 * the text as sent). The API refuses such bodies before any route (edge/json-body.ts); workflows
 * refuse such Updates too, whoever sends them.
 */
export function unstorableText(value: unknown): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? NUL_IN_TEXT : LONE_SURROGATE.test(value) ? LONE_SURROGATE_IN_TEXT : null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const why = unstorableText(v);
      if (why) return why;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const why = unstorableText(k) ?? unstorableText(v);
      if (why) return why;
    }
  }
  return null;
}
