import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UuidParam } from '../openapi/path-params';
import { AbsentOpinionDto, CouncilSessionListQuery, CreateCouncilSessionDto, SessionVotesDto } from './council-session.dto';
import { CouncilSessionResponse, CouncilSessionSummary, SessionBallotResults } from './council-session-response.dto';
import { CouncilSessionsService } from './council-sessions.service';

const Id = () => UuidParam('id', 'The council session');
const NOT_ON_AGENDA = 'A ballot names a nomination that is not on this session’s agenda (`outside`)';

@ApiTags('council-sessions')
@ApiBearerAuth('bearer')
@Controller('council-sessions')
export class CouncilSessionsController {
  constructor(private readonly service: CouncilSessionsService) {}

  @Post()
  @Operation({
    id: 'openCouncilSession',
    summary: 'The council secretary opens a session over nominations in council review',
    ok: { status: 201, type: CouncilSessionResponse },
    fails: [403, 404, 409, 422],
    failures: { 404: 'A nomination does not exist', 409: 'A nomination is not in council review', 422: 'votingDeadline is not in the future' },
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCouncilSessionDto) {
    return this.service.create(actor, dto);
  }

  @Get()
  @Operation({ id: 'listCouncilSessions', summary: 'Council sessions, newest first (at most 200)', ok: { type: [CouncilSessionSummary] }, fails: [403] })
  list(@CurrentActor() actor: Actor, @Query() q: CouncilSessionListQuery) {
    return this.service.list(actor, q);
  }

  @Get(':id')
  @Operation({ id: 'getCouncilSession', summary: 'A session and where each of its nominations stands', ok: { type: CouncilSessionResponse }, fails: [403, 404] })
  get(@CurrentActor() actor: Actor, @Id() id: string) {
    return this.service.get(actor, id);
  }

  @Post(':id/votes') @HttpCode(200)
  @Operation({
    id: 'castSessionVotes',
    summary: 'A member’s ballots on many nominations of the session, applied in order',
    ok: { type: SessionBallotResults },
    fails: [403, 404, 409, 422],
    failures: { 409: 'The session is closed, or a nomination is past council review', 422: NOT_ON_AGENDA },
  })
  vote(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: SessionVotesDto) {
    return this.service.vote(actor, id, dto);
  }

  @Post(':id/absent-opinions') @HttpCode(200)
  @Operation({
    id: 'recordAbsentOpinions',
    summary: 'The secretary records an absent member’s written opinion (ý kiến bằng văn bản)',
    ok: { type: SessionBallotResults },
    fails: [403, 404, 409, 422],
    failures: { 409: 'The session is closed, or a nomination is past council review', 422: NOT_ON_AGENDA },
  })
  absentOpinion(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: AbsentOpinionDto) {
    return this.service.absentOpinion(actor, id, dto);
  }

  @Post(':id/close') @HttpCode(200)
  @Operation({
    id: 'closeCouncilSession',
    summary: 'Close voting: every nomination still in council review is tallied',
    ok: { type: CouncilSessionResponse },
    fails: [403, 404, 409],
    failures: { 409: 'The session is already closed' },
  })
  close(@CurrentActor() actor: Actor, @Id() id: string) {
    return this.service.close(actor, id);
  }
}
