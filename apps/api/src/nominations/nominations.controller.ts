import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  extendDeadlineUpdate,
  externalDecisionUpdate,
  resubmitUpdate,
  returnUpdate,
  voteUpdate,
  withdrawUpdate,
} from '#ktf/contracts';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AppraisalDto, DeadlineDto, ExternalDecisionDto, ReasonDto, ReturnDto, SupplementDto, VoteDto } from './dto/actions.dto';
import { CreateNominationDto, UpdateDraftDto } from './dto/create-nomination.dto';
import { NominationsService } from './nominations.service';

const uuid = new ParseUUIDPipe({ version: undefined });

@ApiTags('nominations')
@ApiBearerAuth()
@Controller('nominations')
export class NominationsController {
  constructor(private readonly service: NominationsService) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiResponse({ status: 422, description: 'A rule cannot be met: award not in the catalog or not for this nominee, or no council able to vote for the unit (the problem names what is missing)' })
  @ApiResponse({ status: 429, description: 'Too many writes by this user (Retry-After says when to retry)' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateNominationDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: { status(code: number): void },
  ) {
    const { replayed, body } = await this.service.create(actor, dto, key);
    res.status(replayed ? 200 : 201);
    return body;
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.service.get(actor, id);
  }

  /** Edit a draft's content (nominee, achievements, year, campaign) before it is submitted. */
  @Patch(':id')
  editDraft(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: UpdateDraftDto) {
    return this.service.editDraft(actor, id, dto);
  }

  @Get(':id/history')
  history(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.service.history(actor, id);
  }

  @Post(':id/submit') @HttpCode(200)
  submit(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.service.submitDraft(actor, id);
  }

  @Post(':id/votes') @HttpCode(200)
  vote(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: VoteDto) {
    return this.service.act(actor, id, 'vote', voteUpdate, { choice: dto.choice });
  }

  @Post(':id/appraisal') @HttpCode(200)
  appraise(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: AppraisalDto) {
    return this.service.appraise(actor, id, dto);
  }

  @Post(':id/supplement') @HttpCode(200)
  supplement(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: SupplementDto) {
    return this.service.act(actor, id, 'supplement', resubmitUpdate, { reason: dto.note });
  }

  @Post(':id/withdraw') @HttpCode(200)
  withdraw(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: ReasonDto) {
    return this.service.act(actor, id, 'withdraw', withdrawUpdate, { reason: dto.reason });
  }

  @Post(':id/return') @HttpCode(200)
  returnToAppraisal(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: ReturnDto) {
    return this.service.act(actor, id, 'return', returnUpdate, { reason: dto.comment });
  }

  @Post(':id/external-decision') @HttpCode(200)
  externalDecision(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: ExternalDecisionDto) {
    return this.service.act(actor, id, 'record_external_decision', externalDecisionUpdate, { ...dto });
  }

  /** Admin: move the running stage's deadline (reason required, audited); the timer follows. */
  @Patch(':id/deadline')
  extendDeadline(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: DeadlineDto) {
    return this.service.act(actor, id, 'extend_deadline', extendDeadlineUpdate, { ...dto });
  }
}
