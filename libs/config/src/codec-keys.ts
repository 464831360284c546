import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CodecKey, CodecKeyRing } from './payload-codec';

/**
 * Where the payload codec's keys come from (README "Encrypted workflow payloads"):
 * TEMPORAL_CODEC_KEYS (the ring itself) or TEMPORAL_CODEC_KEYS_FILE (a file holding it), never
 * both. A ring is `id:base64-key` entries, newest first, separated by commas or new lines;
 * `#` starts a comment line. Production requires one; elsewhere, with neither set, a key is
 * generated once into DEV_CODEC_KEYS_FILE and reused.
 */
export interface CodecKeySettings {
  NODE_ENV: 'development' | 'test' | 'production';
  TEMPORAL_CODEC_KEYS?: string;
  TEMPORAL_CODEC_KEYS_FILE?: string;
}

/** Relative to the working directory, like the other development data (`.data/`). */
export const DEV_CODEC_KEYS_FILE = '.data/temporal-codec-keys';

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** The ring in `text`, with every problem found, each naming `source`. */
export function parseCodecKeyRing(text: string, source: string): { ring: CodecKey[]; problems: string[] } {
  const problems: string[] = [];
  const ring: CodecKey[] = [];
  const entries = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((e) => e.trim())
    .filter((e) => e !== '');
  entries.forEach((entry, i) => {
    const colon = entry.indexOf(':');
    const id = colon < 0 ? '' : entry.slice(0, colon).trim();
    const encoded = colon < 0 ? '' : entry.slice(colon + 1).trim();
    const where = `${source}: entry ${i + 1}`;
    if (colon < 0) return problems.push(`  - ${where}: must be id:base64-key (e.g. 2026-11:<44 characters of base64>)`);
    if (!KEY_ID.test(id)) return problems.push(`  - ${where}: key id "${id}" must be 1–64 letters, digits, '.', '_' or '-'`);
    if (ring.some((k) => k.id === id)) return problems.push(`  - ${where}: key id "${id}" appears twice`);
    const key = BASE64.test(encoded) ? Buffer.from(encoded, encoded.includes('-') || encoded.includes('_') ? 'base64url' : 'base64') : undefined;
    if (!key || key.length !== 32) return problems.push(`  - ${where}: key "${id}" must be 32 random bytes in base64 (openssl rand -base64 32), got ${key ? `${key.length} bytes` : 'no base64'}`);
    ring.push({ id, key });
  });
  if (entries.length === 0) problems.push(`  - ${source}: holds no key`);
  return { ring, problems };
}

/**
 * The configured ring, or the problems that stop the start. `ring` is undefined when nothing is
 * configured outside production (the caller then uses the development key file).
 */
export function readCodecKeyRing(s: CodecKeySettings, read: (path: string) => Buffer = readFileSync): { ring?: CodecKeyRing; problems: string[] } {
  if (s.TEMPORAL_CODEC_KEYS && s.TEMPORAL_CODEC_KEYS_FILE) {
    return { problems: ['  - TEMPORAL_CODEC_KEYS: give it or TEMPORAL_CODEC_KEYS_FILE, not both'] };
  }
  if (s.TEMPORAL_CODEC_KEYS) return parseCodecKeyRing(s.TEMPORAL_CODEC_KEYS, 'TEMPORAL_CODEC_KEYS');
  if (s.TEMPORAL_CODEC_KEYS_FILE) {
    let text: string;
    try {
      text = read(s.TEMPORAL_CODEC_KEYS_FILE).toString('utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { problems: [`  - TEMPORAL_CODEC_KEYS_FILE: cannot read ${s.TEMPORAL_CODEC_KEYS_FILE}${code ? ` (${code})` : ''}`] };
    }
    return parseCodecKeyRing(text, `TEMPORAL_CODEC_KEYS_FILE (${s.TEMPORAL_CODEC_KEYS_FILE})`);
  }
  if (s.NODE_ENV === 'production') {
    return { problems: ['  - TEMPORAL_CODEC_KEYS: must be set in production (or TEMPORAL_CODEC_KEYS_FILE): workflow payloads are encrypted with it'] };
  }
  return { problems: [] };
}

/** One new ring entry, `id:base64-key`. */
export function newCodecKeyEntry(id: string): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}

/**
 * The development key file's ring, generated on first use and kept: payloads written by one
 * `npm start` stay readable by the next. Created exclusively, so two processes starting at
 * once end up with the same key.
 */
export function developmentCodecKeyRing(file: string = DEV_CODEC_KEYS_FILE): CodecKeyRing {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, `# Development only: Temporal payload encryption keys, newest first (README "Encrypted workflow payloads").\n${newCodecKeyEntry('dev-1')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const { ring, problems } = parseCodecKeyRing(readFileSync(path, 'utf8'), path);
  if (problems.length) throw new Error(`Invalid development codec keys:\n${problems.join('\n')}`);
  return ring;
}
