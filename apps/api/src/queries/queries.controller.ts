import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { AwardQueryDto, InboxQueryDto, NominationListQueryDto } from './dto/query-params.dto';
import { AwardPage, InboxPage, NominationPage } from './query-response.dto';
import { QueriesService } from './queries.service';

const CURSOR_422 = 'The cursor is not one this list returned, or the filters contradict each other';

/**
 * The reading side: lists over the read model and the award registry. `GET /nominations`
 * lives here, beside NominationsController's `GET /nominations/:id`; the paths never overlap.
 */
@ApiTags('queries')
@ApiBearerAuth('bearer')
@Controller()
export class QueriesController {
  constructor(private readonly service: QueriesService) {}

  @Get('nominations')
  @Operation({
    id: 'listNominations',
    summary: 'Nominations, newest first, by stage, status, unit, award, campaign, year, overdue or name',
    description: 'Unit officers see their own unit’s only.',
    ok: { type: NominationPage },
    fails: [403, 422],
    failures: { 403: 'A unit officer asked for another unit', 422: CURSOR_422 },
  })
  list(@CurrentActor() actor: Actor, @Query() query: NominationListQueryDto) {
    return this.service.list(actor, query);
  }

  @Get('inbox')
  @Operation({ id: 'getInbox', summary: 'The caller’s work queue: nominations waiting for them to act', ok: { type: InboxPage }, fails: [422], failures: { 422: CURSOR_422 } })
  inbox(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto) {
    return this.service.inbox(actor, query);
  }

  @Get('awards')
  @Operation({ id: 'listAwards', summary: 'The award registry (sổ khen thưởng): who received what, and by which decision', ok: { type: AwardPage }, fails: [422], failures: { 422: CURSOR_422 } })
  awards(@CurrentActor() actor: Actor, @Query() query: AwardQueryDto) {
    return this.service.awards(actor, query);
  }
}
