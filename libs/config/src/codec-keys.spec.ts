import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';
import { developmentCodecKeyRing, newCodecKeyEntry, parseCodecKeyRing, readCodecKeyRing } from './codec-keys';

const K1 = Buffer.alloc(32, 1).toString('base64');
const K2 = Buffer.alloc(32, 2).toString('base64');
const base = { DATABASE_URL: 'postgres://ktf@127.0.0.1:5432/ktf' };
const problemsOf = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig({ ...base, ...env });
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  return '';
};

describe('the payload codec key ring', () => {
  it('reads id:base64 entries newest first, from commas or lines, skipping comments', () => {
    const { ring, problems } = parseCodecKeyRing(`# rotated 2026-11\n2026-11:${K2}\n2026-01:${K1}`, 'file');
    expect(problems).toEqual([]);
    expect(ring.map((k) => [k.id, k.key.equals(Buffer.alloc(32, k.id === '2026-11' ? 2 : 1))])).toEqual([['2026-11', true], ['2026-01', true]]);
    expect(parseCodecKeyRing(`a:${K1}, b:${K2}`, 'env').ring.map((k) => k.id)).toEqual(['a', 'b']);
  });

  it('names every bad entry: no colon, bad id, duplicate id, wrong key length', () => {
    const { problems } = parseCodecKeyRing(`nokey,bad id:${K1},a:${K1},a:${K2},short:${Buffer.alloc(16).toString('base64')}`, 'TEMPORAL_CODEC_KEYS');
    expect(problems).toEqual([
      '  - TEMPORAL_CODEC_KEYS: entry 1: must be id:base64-key (e.g. 2026-11:<44 characters of base64>)',
      `  - TEMPORAL_CODEC_KEYS: entry 2: key id "bad id" must be 1–64 letters, digits, '.', '_' or '-'`,
      '  - TEMPORAL_CODEC_KEYS: entry 4: key id "a" appears twice',
      '  - TEMPORAL_CODEC_KEYS: entry 5: key "short" must be 32 random bytes in base64 (openssl rand -base64 32), got 16 bytes',
    ]);
  });

  it('stops the start in production without keys, and on bad keys anywhere', () => {
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toContain('  - TEMPORAL_CODEC_KEYS: must be set in production (or TEMPORAL_CODEC_KEYS_FILE): workflow payloads are encrypted with it');
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), TEMPORAL_CODEC_KEYS: `p1:${K1}` })).toBe('');
    expect(problemsOf({ TEMPORAL_CODEC_KEYS: 'p1:abc' })).toContain('key "p1" must be 32 random bytes in base64');
    expect(problemsOf({ TEMPORAL_CODEC_KEYS: `p1:${K1}`, TEMPORAL_CODEC_KEYS_FILE: '/x' })).toContain('  - TEMPORAL_CODEC_KEYS: give it or TEMPORAL_CODEC_KEYS_FILE, not both');
    expect(problemsOf({ TEMPORAL_CODEC_KEYS_FILE: '/nonexistent/ktf-keys' })).toContain('  - TEMPORAL_CODEC_KEYS_FILE: cannot read /nonexistent/ktf-keys (ENOENT)');
    expect(problemsOf({})).toBe(''); // development: the generated key file is used
  });

  it('reads the ring from TEMPORAL_CODEC_KEYS_FILE', () => {
    const read = () => Buffer.from(`f2:${K2}\nf1:${K1}\n`);
    expect(readCodecKeyRing({ NODE_ENV: 'production', TEMPORAL_CODEC_KEYS_FILE: '/etc/ktf/codec-keys' }, read).ring?.map((k) => k.id)).toEqual(['f2', 'f1']);
  });

  it('generates the development key once and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ktf-codec-'));
    try {
      const file = join(dir, '.data', 'temporal-codec-keys');
      const first = developmentCodecKeyRing(file);
      const second = developmentCodecKeyRing(file);
      expect(first.map((k) => k.id)).toEqual(['dev-1']);
      expect(second[0].key.equals(first[0].key)).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain(`dev-1:${first[0].key.toString('base64')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('makes new entries that parse', () => {
    const { ring, problems } = parseCodecKeyRing(newCodecKeyEntry('2027-01'), 'x');
    expect({ problems, id: ring[0].id, bytes: ring[0].key.length }).toEqual({ problems: [], id: '2027-01', bytes: 32 });
  });
});
