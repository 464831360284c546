import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { DecisionsService } from './decisions.service';
import { SignDecisionDto } from './dto/sign-decision.dto';

@ApiTags('decisions')
@ApiBearerAuth()
@Controller('decisions')
export class DecisionsController {
  constructor(private readonly service: DecisionsService) {}

  @Post()
  sign(@CurrentActor() actor: Actor, @Body() dto: SignDecisionDto) {
    return this.service.sign(actor, dto.nominationIds);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.service.get(actor, id);
  }
}
