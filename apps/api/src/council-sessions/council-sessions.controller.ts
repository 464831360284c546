import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UuidParam } from '../openapi/path-params';
import { AbsentOpinionDto, CouncilSessionListQuery, CreateCouncilSessionDto, SessionVotesDto } from './council-session.dto';
import { CouncilSessionResponse, CouncilSessionSummary, SessionBallotResults } from './council-session-response.dto';
import { IdempotencyKey, IdempotencyKeyHeader } from '../nominations/idempotency-key.decorators';
import { CouncilSessionsService } from './council-sessions.service';

const Id = () => UuidParam('id', 'The council session');
/** Ballots sent again with the same key are answered, each as first taken, not refused as second votes. */
const RepeatableBallots = () =>
  IdempotencyKeyHeader('Optional. The same key with the same ballots again (a retry after a lost answer) takes none twice: the ballots already taken are answered as they were, where they would otherwise be refused (409 already voted). Any 1–200 visible ASCII characters, unique per batch you mean');
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
  @RepeatableBallots()
  vote(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: SessionVotesDto, @IdempotencyKey() key: string | undefined) {
    return this.service.vote(actor, id, dto, key);
  }

  @Post(':id/absent-opinions') @HttpCode(200)
  @Operation({
    id: 'recordAbsentOpinions',
    summary: 'The secretary records an absent member’s written opinion (ý kiến bằng văn bản)',
    ok: { type: SessionBallotResults },
    fails: [403, 404, 409, 422],
    failures: { 409: 'The session is closed, or a nomination is past council review', 422: NOT_ON_AGENDA },
  })
  @RepeatableBallots()
  absentOpinion(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: AbsentOpinionDto, @IdempotencyKey() key: string | undefined) {
    return this.service.absentOpinion(actor, id, dto, key);
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
