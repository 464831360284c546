import { randomBytes } from 'node:crypto';
import type { DataConverter } from '@temporalio/common';
import { type CodecKeySettings, developmentCodecKeyRing, readCodecKeyRing } from './codec-keys';
import { AesGcmPayloadCodec } from './payload-codec';

/** The codec of this process's key ring (configured, or the development file); throws naming the problem. */
export function payloadCodecFor(s: CodecKeySettings): AesGcmPayloadCodec {
  const { ring, problems } = readCodecKeyRing(s);
  if (problems.length) throw new Error(`Invalid payload encryption keys:\n${problems.join('\n')}`);
  return new AesGcmPayloadCodec(ring ?? developmentCodecKeyRing());
}

/** What every Temporal client and worker of the project is given: payloads leave the process encrypted. */
export function temporalDataConverter(codec: AesGcmPayloadCodec): DataConverter {
  return { payloadCodecs: [codec] };
}

/** A codec with a key of its own, made now and kept nowhere: tests and benchmarks on throwaway servers. */
export function throwawayPayloadCodec(keyId = 'throwaway-1'): AesGcmPayloadCodec {
  return new AesGcmPayloadCodec([{ id: keyId, key: randomBytes(32) }]);
}
