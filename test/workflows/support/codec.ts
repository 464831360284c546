// The payload codec of the workflow tests: each test file makes its own key, as the project's
// processes do from their configuration. Recording (`npm run histories:record`) uses the one
// committed replay key instead, so the replay test can decrypt the histories it reads: that key
// protects nothing (the histories are made of seeded test people) and is never used elsewhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AesGcmPayloadCodec, parseCodecKeyRing, throwawayPayloadCodec } from '#ktf/config';

export const REPLAY_KEYS_FILE = join(__dirname, '..', 'histories', 'codec-keys');

export function replayCodec(): AesGcmPayloadCodec {
  const { ring, problems } = parseCodecKeyRing(readFileSync(REPLAY_KEYS_FILE, 'utf8'), REPLAY_KEYS_FILE);
  if (problems.length) throw new Error(problems.join('\n'));
  return new AesGcmPayloadCodec(ring);
}

export function testCodec(recording = !!process.env.KTF_RECORD_HISTORIES): AesGcmPayloadCodec {
  return recording ? replayCodec() : throwawayPayloadCodec('test-1');
}
