import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';

/**
 * Encryption of every Temporal payload (workflow inputs, results, Update arguments, activity
 * results, query answers, memos), so that Temporal's history, its database and its UI hold
 * ciphertext only: names, reasons and votes are personal data (Luật Bảo vệ dữ liệu cá nhân 2025).
 *
 * An encrypted payload: metadata `encoding` = `binary/encrypted`, `encryption-key-id` = the key's
 * id; data = IV (12 bytes) ‖ AES-256-GCM ciphertext of the original payload ‖ tag (16 bytes).
 * The key id is bound into the tag, so a payload cannot be passed off under another key.
 */
export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';

export interface CodecKey {
  id: string;
  /** 32 bytes (AES-256). */
  key: Buffer;
}

/** Newest first: the first key encrypts; all of them decrypt (older payloads stay readable after a rotation). */
export type CodecKeyRing = readonly CodecKey[];

export class PayloadDecryptionError extends Error {}

const IV_BYTES = 12;
const TAG_BYTES = 16;
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const text = (b: Uint8Array | null | undefined) => (b ? Buffer.from(b).toString('utf8') : undefined);

/**
 * The original payload as bytes: for each metadata entry a length-prefixed key and value, then
 * the data. (Our own framing, so the codec needs no protobuf runtime; only this codec reads it.)
 */
export function serializePayload(p: Payload): Buffer {
  const entries = Object.entries(p.metadata ?? {});
  const parts: Buffer[] = [u32(entries.length)];
  for (const [k, v] of entries) {
    const key = Buffer.from(k, 'utf8');
    parts.push(u32(key.length), key, u32(v.length), Buffer.from(v));
  }
  parts.push(Buffer.from(p.data ?? new Uint8Array()));
  return Buffer.concat(parts);
}

export function deserializePayload(bytes: Buffer): Payload {
  let at = 0;
  const take = (n: number) => {
    if (at + n > bytes.length) throw new PayloadDecryptionError('encrypted payload is truncated');
    const b = bytes.subarray(at, at + n);
    at += n;
    return b;
  };
  const readU32 = () => take(4).readUInt32BE(0);
  const metadata: Record<string, Uint8Array> = {};
  for (let n = readU32(); n > 0; n--) {
    const key = take(readU32()).toString('utf8');
    metadata[key] = new Uint8Array(take(readU32()));
  }
  return { metadata, data: new Uint8Array(bytes.subarray(at)) };
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n, 0);
  return b;
}

const additionalData = (keyId: string) => Buffer.from(`ktf-payload-v1:${keyId}`, 'utf8');

export class AesGcmPayloadCodec implements PayloadCodec {
  private readonly byId: Map<string, Buffer>;

  constructor(private readonly ring: CodecKeyRing) {
    if (ring.length === 0) throw new Error('the payload codec needs at least one key');
    for (const k of ring) if (k.key.length !== 32) throw new Error(`codec key ${k.id}: must be 32 bytes (AES-256), got ${k.key.length}`);
    this.byId = new Map(ring.map((k) => [k.id, k.key]));
  }

  /** The id of the key that encrypts (the newest). */
  get currentKeyId(): string {
    return this.ring[0].id;
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const { id, key } = this.ring[0];
    return payloads.map((p) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(additionalData(id));
      const sealed = Buffer.concat([iv, cipher.update(serializePayload(p)), cipher.final(), cipher.getAuthTag()]);
      return { metadata: { encoding: utf8(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: utf8(id) }, data: new Uint8Array(sealed) };
    });
  }

  /** Payloads not encrypted by this codec pass through unchanged (e.g. histories from before it). */
  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((p) => {
      if (text(p.metadata?.encoding) !== ENCRYPTED_ENCODING) return p;
      const id = text(p.metadata?.[KEY_ID_METADATA]);
      const key = id === undefined ? undefined : this.byId.get(id);
      if (id === undefined || !key) throw new PayloadDecryptionError(`no codec key with id "${id ?? '(none)'}" in the key ring (was it removed before its payloads expired?)`);
      const sealed = Buffer.from(p.data ?? new Uint8Array());
      if (sealed.length < IV_BYTES + TAG_BYTES) throw new PayloadDecryptionError('encrypted payload is truncated');
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
      decipher.setAAD(additionalData(id));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
      } catch {
        throw new PayloadDecryptionError(`encrypted payload under key "${id}" failed authentication (altered, or a different key with the same id)`);
      }
      return deserializePayload(plain);
    });
  }
}
