import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AdminOnly } from './admin-only.guard';
import { CouncilMembersDto, CreateCouncilDto } from './directory.dto';
import { DirectoryService } from './directory.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('councils')
export class CouncilsController {
  constructor(private readonly service: DirectoryService) {}

  @Get()
  list() {
    return this.service.councils();
  }

  @Get(':id')
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.service.council(id);
  }

  @Post()
  @AdminOnly()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCouncilDto) {
    return this.service.createCouncil(actor, dto);
  }

  /** Replaces the active member list (others are deactivated, never deleted). */
  @Put(':id/members')
  @AdminOnly()
  replaceMembers(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CouncilMembersDto) {
    return this.service.replaceMembers(actor, id, dto);
  }
}
