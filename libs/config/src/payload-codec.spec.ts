import { DefaultPayloadConverter } from '@temporalio/common';
import { AesGcmPayloadCodec, type CodecKey, ENCRYPTED_ENCODING, KEY_ID_METADATA, PayloadDecryptionError } from './payload-codec';

const key = (id: string, byte: number): CodecKey => ({ id, key: Buffer.alloc(32, byte) });
const converter = new DefaultPayloadConverter();
const vote = { choice: 'disagree', actor: { name: 'Phạm Quang Huy' }, reason: 'Chưa đủ thành tích' };
const str = (b: Uint8Array | null | undefined) => Buffer.from(b ?? new Uint8Array()).toString('utf8');

describe('the AES-256-GCM payload codec', () => {
  it('encrypts under the newest key, naming it in the metadata, and decodes back to the same value', async () => {
    const codec = new AesGcmPayloadCodec([key('2026-11', 1), key('2026-01', 2)]);
    const [sealed] = await codec.encode([converter.toPayload(vote)]);
    expect(str(sealed.metadata?.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(str(sealed.metadata?.[KEY_ID_METADATA])).toBe('2026-11');
    expect(Object.keys(sealed.metadata ?? {}).sort()).toEqual(['encoding', KEY_ID_METADATA]);
    for (const secret of ['disagree', 'Phạm Quang Huy', 'json/plain']) expect(Buffer.from(sealed.data ?? []).includes(Buffer.from(secret))).toBe(false);
    const [plain] = await codec.decode([sealed]);
    expect(converter.fromPayload(plain)).toEqual(vote);
  });

  it('gives two encryptions of one value different bytes (a fresh IV each time)', async () => {
    const codec = new AesGcmPayloadCodec([key('k', 1)]);
    const [a, b] = await codec.encode([converter.toPayload('đồng ý'), converter.toPayload('đồng ý')]);
    expect(Buffer.from(a.data ?? []).equals(Buffer.from(b.data ?? []))).toBe(false);
  });

  it('after a rotation, still decrypts what the old key encrypted, and encrypts with the new one', async () => {
    const before = new AesGcmPayloadCodec([key('2026-01', 2)]);
    const [old] = await before.encode([converter.toPayload(vote)]);
    const after = new AesGcmPayloadCodec([key('2026-11', 1), key('2026-01', 2)]);
    expect(converter.fromPayload((await after.decode([old]))[0])).toEqual(vote);
    const [fresh] = await after.encode([converter.toPayload(vote)]);
    expect(str(fresh.metadata?.[KEY_ID_METADATA])).toBe('2026-11');
    // Once the old key is dropped from the ring, its payloads are refused with a clear message.
    const dropped = new AesGcmPayloadCodec([key('2026-11', 1)]);
    await expect(dropped.decode([old])).rejects.toThrow(new PayloadDecryptionError('no codec key with id "2026-01" in the key ring (was it removed before its payloads expired?)'));
    expect(converter.fromPayload((await dropped.decode([fresh]))[0])).toEqual(vote);
  });

  it('refuses an altered payload, and one relabelled with another key id', async () => {
    const codec = new AesGcmPayloadCodec([key('a', 1), key('b', 1)]);
    const [sealed] = await codec.encode([converter.toPayload(vote)]);
    const altered = Buffer.from(sealed.data ?? []);
    altered[20] ^= 1;
    await expect(codec.decode([{ ...sealed, data: altered }])).rejects.toThrow(/key "a" failed authentication/);
    const relabelled = { ...sealed, metadata: { ...sealed.metadata, [KEY_ID_METADATA]: Buffer.from('b') } };
    await expect(codec.decode([relabelled])).rejects.toThrow(/key "b" failed authentication/);
  });

  it('passes through payloads it did not encrypt (e.g. histories from before the codec)', async () => {
    const codec = new AesGcmPayloadCodec([key('k', 1)]);
    const plain = converter.toPayload({ nominationId: 'n-1' });
    expect(await codec.decode([plain])).toEqual([plain]);
  });

  it('keeps a payload with empty data and several metadata entries intact', async () => {
    const codec = new AesGcmPayloadCodec([key('k', 1)]);
    const original = { metadata: { encoding: Buffer.from('binary/null'), extra: Buffer.from('ă') }, data: new Uint8Array() };
    const [back] = await codec.decode(await codec.encode([original]));
    expect({ encoding: str(back.metadata?.encoding), extra: str(back.metadata?.extra), bytes: back.data?.length }).toEqual({ encoding: 'binary/null', extra: 'ă', bytes: 0 });
  });

  it('refuses a key that is not 32 bytes, and an empty ring', () => {
    expect(() => new AesGcmPayloadCodec([{ id: 'short', key: Buffer.alloc(16) }])).toThrow('codec key short: must be 32 bytes (AES-256), got 16');
    expect(() => new AesGcmPayloadCodec([])).toThrow('the payload codec needs at least one key');
  });
});
