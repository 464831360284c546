import { LONE_SURROGATE_IN_TEXT, NUL_IN_TEXT } from '#ktf/domain';

const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const U = 0x75; // u

const hexAt = (text: Uint8Array, i: number): number | null => {
  if (i + 4 > text.length) return null;
  const s = String.fromCharCode(text[i], text[i + 1], text[i + 2], text[i + 3]);
  return /^[0-9a-fA-F]{4}$/.test(s) ? parseInt(s, 16) : null;
};

/**
 * Why the JSON text's strings cannot be stored as they are, or null: the domain's rule
 * (unstorableText: a NUL, a lone surrogate) read on the raw bytes, before parsing. Both reach a
 * string only as a \u escape (JSON forbids raw control characters; raw bytes decode to whole
 * characters), so the escapes are all there is to read.
 */
export function unstorableJsonText(text: Uint8Array): string | null {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!inString) {
      if (c === QUOTE) inString = true;
      continue;
    }
    if (c === QUOTE) {
      inString = false;
    } else if (c === BACKSLASH) {
      if (text[i + 1] !== U) {
        i++; // \" \\ \n …: one character escaped
        continue;
      }
      const code = hexAt(text, i + 2);
      i += 5;
      if (code === null) continue; // malformed: the parser refuses it
      if (code === 0) return NUL_IN_TEXT;
      if (code >= 0xdc00 && code <= 0xdfff) return LONE_SURROGATE_IN_TEXT;
      if (code >= 0xd800 && code <= 0xdbff) {
        const low = text[i + 1] === BACKSLASH && text[i + 2] === U ? hexAt(text, i + 3) : null;
        if (low === null || low < 0xdc00 || low > 0xdfff) return LONE_SURROGATE_IN_TEXT;
        i += 6;
      }
    }
  }
  return null;
}
