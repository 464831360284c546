import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { StatsQuery } from './stats-query.dto';
import { StatsResponse } from './stats-response.dto';
import { StatsService } from './stats.service';

@ApiTags('stats')
@ApiBearerAuth('bearer')
@Controller('stats')
export class StatsController {
  constructor(private readonly service: StatsService) {}

  @Get()
  @Operation({
    id: 'getStats',
    summary: 'Open and overdue nominations per stage; on-time rate and working days per stage for a period',
    description: 'For the office (secretary, appraiser, signer, auditor, admin), not for units.',
    ok: { type: StatsResponse },
    fails: [403, 422],
    failures: { 422: 'from is not before to' },
  })
  get(@CurrentActor() actor: Actor, @Query() q: StatsQuery) {
    return this.service.get(actor, q);
  }
}
