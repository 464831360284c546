import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AdminOnly } from './admin-only.guard';
import { CreateAwardTypeDto, ReplaceAwardTypeDto } from './award-type.dto';
import { AwardTypesService } from './award-types.service';

/** The award catalog: read by everyone signed in, changed by admins. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('award-types')
export class AwardTypesController {
  constructor(private readonly service: AwardTypesService) {}

  @Get()
  list() {
    return this.service.list();
  }

  @Get(':code')
  get(@Param('code') code: string) {
    return this.service.get(code);
  }

  @Post()
  @AdminOnly()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAwardTypeDto) {
    return this.service.create(actor, dto);
  }

  /** Replaces the whole award type; nominations already started keep the rules they pinned. */
  @Put(':code')
  @AdminOnly()
  replace(@CurrentActor() actor: Actor, @Param('code') code: string, @Body() dto: ReplaceAwardTypeDto) {
    return this.service.replace(actor, code, dto);
  }
}
