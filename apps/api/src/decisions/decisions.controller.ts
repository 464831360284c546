import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { DecisionsService } from './decisions.service';
import { SignDecisionDto } from './dto/sign-decision.dto';

@ApiTags('decisions')
@ApiBearerAuth()
@Controller('decisions')
export class DecisionsController {
  constructor(private readonly service: DecisionsService) {}

  /** 201 with the signed decision; 200 when the same request (Idempotency-Key or decisionId) was signed before. */
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async sign(
    @CurrentActor() actor: Actor,
    @Body() dto: SignDecisionDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: { status(code: number): void },
  ) {
    const { replayed, body } = await this.service.sign(actor, dto, key);
    res.status(replayed ? 200 : 201);
    return body;
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.service.get(actor, id);
  }
}
