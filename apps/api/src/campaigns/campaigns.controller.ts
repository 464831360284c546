import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UuidParam } from '../openapi/path-params';
import { CreateCampaignDto, ExtendCampaignDto } from './campaign.dto';
import { CampaignResponse, CampaignWithIntake } from './campaign-response.dto';
import { CampaignsService } from './campaigns.service';

const Id = () => UuidParam('id', 'The campaign');

@ApiTags('campaigns')
@ApiBearerAuth('bearer')
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly service: CampaignsService) {}

  @Post()
  @Operation({
    id: 'openCampaign',
    summary: 'Admin: open a campaign (đợt phát động) for units to nominate into',
    ok: { status: 201, type: CampaignWithIntake },
    fails: [403, 422],
    failures: { 422: 'The deadline is not in the future, or an award code or unit does not exist' },
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCampaignDto) {
    return this.service.create(actor, dto);
  }

  @Get()
  @Operation({ id: 'listCampaigns', summary: 'Every campaign', ok: { type: [CampaignResponse] } })
  list() {
    return this.service.list();
  }

  @Get(':id')
  @Operation({ id: 'getCampaign', summary: 'A campaign with, per addressed unit, how many nominations it has sent', ok: { type: CampaignWithIntake }, fails: [404] })
  get(@Id() id: string) {
    return this.service.get(id);
  }

  @Post(':id/extend')
  @HttpCode(200)
  @Operation({
    id: 'extendCampaign',
    summary: 'Admin: move the intake deadline later (reason required, audited)',
    ok: { type: CampaignWithIntake },
    fails: [403, 404, 422],
    failures: { 404: 'No such campaign (or its intake has ended)', 422: 'The new deadline is not later than the current one and in the future' },
  })
  extend(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: ExtendCampaignDto) {
    return this.service.extend(actor, id, dto);
  }
}
