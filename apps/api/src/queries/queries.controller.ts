import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AwardQueryDto, InboxQueryDto, NominationListQueryDto } from './dto/query-params.dto';
import { QueriesService } from './queries.service';

/**
 * The reading side: lists over the read model and the award registry. `GET /nominations`
 * lives here, beside NominationsController's `GET /nominations/:id`; the paths never overlap.
 */
@ApiTags('queries')
@ApiBearerAuth()
@Controller()
export class QueriesController {
  constructor(private readonly service: QueriesService) {}

  @Get('nominations')
  list(@CurrentActor() actor: Actor, @Query() query: NominationListQueryDto) {
    return this.service.list(actor, query);
  }

  @Get('inbox')
  inbox(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto) {
    return this.service.inbox(actor, query);
  }

  @Get('awards')
  awards(@CurrentActor() actor: Actor, @Query() query: AwardQueryDto) {
    return this.service.awards(actor, query);
  }
}
