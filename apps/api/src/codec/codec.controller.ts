import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { CodecRequestDto, CodecResponse } from './codec.dto';
import { CodecService } from './codec.service';

const NAMESPACE_HEADER = {
  name: 'X-Namespace',
  required: false,
  description: 'The Temporal namespace the payloads come from (sent by the Temporal UI and CLI); another than this service’s answers 404',
};

/** Temporal's remote codec protocol (`temporal workflow show --codec-endpoint`, the UI's codec server setting). */
@ApiTags('codec')
@ApiBearerAuth('bearer')
@Controller('codec')
export class CodecController {
  constructor(private readonly service: CodecService) {}

  @Post('decode') @HttpCode(200)
  @ApiHeader(NAMESPACE_HEADER)
  @Operation({
    id: 'decodePayloads',
    summary: 'Decrypt Temporal payloads for the Temporal UI or CLI (auditors and admins)',
    ok: { type: CodecResponse },
    fails: [403, 404, 422],
    failures: { 404: 'X-Namespace names another namespace', 422: 'A payload was encrypted with a key the ring no longer holds, or was altered' },
  })
  decode(@CurrentActor() actor: Actor, @Headers('x-namespace') namespace: string | undefined, @Body() dto: CodecRequestDto) {
    return this.service.decode(actor, namespace, dto);
  }

  @Post('encode') @HttpCode(200)
  @ApiHeader(NAMESPACE_HEADER)
  @Operation({
    id: 'encodePayloads',
    summary: 'Encrypt payloads with the newest key, for input typed in the Temporal UI or CLI (auditors and admins)',
    ok: { type: CodecResponse },
    fails: [403, 404],
    failures: { 404: 'X-Namespace names another namespace' },
  })
  encode(@CurrentActor() actor: Actor, @Headers('x-namespace') namespace: string | undefined, @Body() dto: CodecRequestDto) {
    return this.service.encode(actor, namespace, dto);
  }
}
