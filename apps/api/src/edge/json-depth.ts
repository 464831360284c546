const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * True when the JSON text nests objects and arrays deeper than `maxDepth`. Reads the raw bytes
 * once, before anything parses them (a body 5,000 levels deep overflowed the stack of the
 * transformation that follows parsing). Brackets inside strings do not count; UTF-8
 * continuation bytes are all ≥ 0x80, so no multi-byte character is mistaken for one. It does
 * not validate the JSON: the parser still refuses malformed text.
 */
export function exceedsJsonDepth(text: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > maxDepth) return true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}
