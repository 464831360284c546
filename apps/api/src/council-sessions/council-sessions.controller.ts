import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AbsentOpinionDto, CreateCouncilSessionDto, SessionVotesDto } from './council-session.dto';
import { CouncilSessionsService } from './council-sessions.service';

const uuid = new ParseUUIDPipe();

@ApiTags('council-sessions')
@ApiBearerAuth()
@Controller('council-sessions')
export class CouncilSessionsController {
  constructor(private readonly service: CouncilSessionsService) {}

  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCouncilSessionDto) {
    return this.service.create(actor, dto);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.service.get(actor, id);
  }

  @Post(':id/votes') @HttpCode(200)
  vote(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: SessionVotesDto) {
    return this.service.vote(actor, id, dto);
  }

  @Post(':id/absent-opinions') @HttpCode(200)
  absentOpinion(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: AbsentOpinionDto) {
    return this.service.absentOpinion(actor, id, dto);
  }

  @Post(':id/close') @HttpCode(200)
  close(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.service.close(actor, id);
  }
}
