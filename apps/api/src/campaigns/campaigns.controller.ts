import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CreateCampaignDto, ExtendCampaignDto } from './campaign.dto';
import { CampaignsService } from './campaigns.service';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly service: CampaignsService) {}

  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCampaignDto) {
    return this.service.create(actor, dto);
  }

  @Get()
  list() {
    return this.service.list();
  }

  /** The campaign with, per addressed unit, how many nominations it has sent. */
  @Get(':id')
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.service.get(id);
  }

  @Post(':id/extend')
  @HttpCode(200)
  extend(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ExtendCampaignDto) {
    return this.service.extend(actor, id, dto);
  }
}
