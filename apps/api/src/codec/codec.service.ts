import { Injectable } from '@nestjs/common';
import type { Payload } from '@temporalio/common';
import { AesGcmPayloadCodec, AppConfig, PayloadDecryptionError } from '#ktf/config';
import { Actor, DomainError, hasRole } from '#ktf/domain';
import { BASE64_PATTERN } from '../validation/base64';
import type { CodecPayload, CodecPayloadDto, CodecRequestDto } from './codec.dto';


function bytesOf(value: unknown, field: string): Uint8Array {
  if (typeof value !== 'string' || !BASE64_PATTERN.test(value)) throw new DomainError('invalid_input', `${field} must be base64`, { errors: [{ field, messages: [`${field} must be base64`] }] });
  return new Uint8Array(Buffer.from(value, 'base64'));
}

const b64 = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? new Uint8Array()).toString('base64');

/**
 * The codec server of the Temporal UI and CLI: what they show of a workflow's history passes
 * through here, decrypted with the service's key ring. Whoever calls it reads personal data
 * and votes, so it is for auditors and admins only.
 */
@Injectable()
export class CodecService {
  constructor(
    private readonly codec: AesGcmPayloadCodec,
    private readonly config: AppConfig,
  ) {}

  decode(actor: Actor, namespace: string | undefined, body: CodecRequestDto): Promise<{ payloads: CodecPayload[] }> {
    return this.run(actor, namespace, body, (p) => this.codec.decode(p));
  }

  encode(actor: Actor, namespace: string | undefined, body: CodecRequestDto): Promise<{ payloads: CodecPayload[] }> {
    return this.run(actor, namespace, body, (p) => this.codec.encode(p));
  }

  private async run(actor: Actor, namespace: string | undefined, body: CodecRequestDto, apply: (p: Payload[]) => Promise<Payload[]>) {
    if (!hasRole(actor, 'auditor') && !hasRole(actor, 'admin')) throw new DomainError('forbidden', 'only auditors and admins decode workflow payloads');
    if (namespace !== undefined && namespace !== this.config.TEMPORAL_NAMESPACE) {
      throw new DomainError('not_found', `no codec for namespace ${namespace} (this service's is ${this.config.TEMPORAL_NAMESPACE})`);
    }
    const payloads = body.payloads.map((p, i) => toPayload(p, i));
    let out: Payload[];
    try {
      out = await apply(payloads);
    } catch (e) {
      if (e instanceof PayloadDecryptionError) throw new DomainError('rule_failed', e.message);
      throw e;
    }
    return { payloads: out.map((p) => ({ metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, b64(v)])), data: b64(p.data) })) };
  }
}

function toPayload(p: CodecPayloadDto, i: number): Payload {
  const metadata: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(p.metadata ?? {})) metadata[k] = bytesOf(v, `payloads[${i}].metadata.${k}`);
  return { metadata, data: p.data === undefined ? new Uint8Array() : bytesOf(p.data, `payloads[${i}].data`) };
}
