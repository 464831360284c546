import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UuidParam } from '../openapi/path-params';
import { AppraisalDto, DeadlineDto, ExternalDecisionDto, ReasonDto, ReassignDto, ReassignmentCandidatesQuery, ReturnDto, SupplementDto, VoteDto } from './dto/actions.dto';
import { CreateNominationDto, UpdateDraftDto } from './dto/create-nomination.dto';
import { RepeatableRequest } from './idempotency-key';
import { IdempotencyKey, IdempotencyKeyHeader } from './idempotency-key.decorators';
import { HistoryEvent, NominationResponse, ReassignmentCandidate } from './nomination-response.dto';
import { NominationsService } from './nominations.service';
import { ReassignmentService } from './reassignment.service';

const Id = () => UuidParam('id', 'The nomination');
const ACT_FAILS = [403, 404, 409] as const;
/** An action sent again with the same key and body is answered, not taken twice (a lost answer, a retry). */
const Repeatable = () =>
  IdempotencyKeyHeader('Optional. The same key with the same body again (a retry after a lost answer) is not taken twice: it answers 200 with the nomination as it is now, where it would otherwise be refused (409 already voted, stage moved on). Any 1–200 visible ASCII characters, unique per action you mean');
const repeatable = (key: string | undefined, body: unknown): RepeatableRequest | undefined => (key === undefined ? undefined : { key, body });

@ApiTags('nominations')
@ApiBearerAuth('bearer')
@Controller('nominations')
export class NominationsController {
  constructor(
    private readonly service: NominationsService,
    private readonly reassignment: ReassignmentService,
  ) {}

  @Post()
  @Operation({
    id: 'createNomination',
    summary: 'Create a nomination (lập hồ sơ đề nghị) and submit it, or keep a draft',
    description: 'Unit officers only. With an Idempotency-Key, a repeat returns the first result with 200.',
    ok: { status: 201, type: NominationResponse, description: 'Created (submitted unless `submit: false`)' },
    alsoOk: [{ status: 200, type: NominationResponse, description: 'The same Idempotency-Key again: the nomination it created' }],
    fails: [403, 409, 422],
    failures: { 422: 'The award type is not in the catalog or not for this nominee, the campaign does not take it, or no council can vote for the unit (the problem names what is missing: `missing`, `councilScope`, `unitCode`)' },
  })
  @IdempotencyKeyHeader()
  async create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateNominationDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: { status(code: number): void },
  ) {
    const { replayed, body } = await this.service.create(actor, dto, key);
    res.status(replayed ? 200 : 201);
    return body;
  }

  @Get(':id')
  @Operation({ id: 'getNomination', summary: 'A nomination, with what the caller may do now', ok: { type: NominationResponse }, fails: [403, 404] })
  get(@CurrentActor() actor: Actor, @Id() id: string) {
    return this.service.get(actor, id);
  }

  @Patch(':id')
  @Operation({
    id: 'editDraft',
    summary: 'Edit a draft’s content (nominee, achievements, year, campaign) before it is submitted',
    ok: { type: NominationResponse },
    fails: [403, 404, 409, 422],
  })
  editDraft(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: UpdateDraftDto) {
    return this.service.editDraft(actor, id, dto);
  }

  @Get(':id/history')
  @Operation({ id: 'getNominationHistory', summary: 'The nomination’s audit trail, in order', ok: { type: [HistoryEvent] }, fails: [403, 404] })
  history(@CurrentActor() actor: Actor, @Id() id: string) {
    return this.service.history(actor, id);
  }

  @Post(':id/submit') @HttpCode(200)
  @Operation({
    id: 'submitDraft',
    summary: 'Submit a draft (an electronic dossier must then be complete)',
    ok: { type: NominationResponse },
    fails: [...ACT_FAILS, 422],
    failures: { 422: 'The electronic dossier is incomplete (`missing` lists what), or the pipeline cannot start' },
  })
  @Repeatable()
  submit(@CurrentActor() actor: Actor, @Id() id: string, @IdempotencyKey() key: string | undefined) {
    return this.service.submitDraft(actor, id, repeatable(key, {}));
  }

  @Post(':id/votes') @HttpCode(200)
  @Operation({ id: 'castVote', summary: 'A council member’s vote (biểu quyết)', ok: { type: NominationResponse }, fails: [...ACT_FAILS] })
  @Repeatable()
  vote(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: VoteDto, @IdempotencyKey() key: string | undefined) {
    return this.service.act(actor, id, 'vote', { choice: dto.choice }, repeatable(key, dto));
  }

  @Post(':id/appraisal') @HttpCode(200)
  @Operation({
    id: 'appraise',
    summary: 'The appraiser’s decision (thẩm định): approve, ask for a supplement, or reject',
    ok: { type: NominationResponse },
    fails: [...ACT_FAILS, 422],
    failures: { 422: 'Approving over a failed system check needs `override` (`failedChecks` lists them)' },
  })
  @Repeatable()
  appraise(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: AppraisalDto, @IdempotencyKey() key: string | undefined) {
    return this.service.appraise(actor, id, dto, repeatable(key, dto));
  }

  @Post(':id/supplement') @HttpCode(200)
  @Operation({ id: 'resubmitSupplement', summary: 'The unit resubmits after a supplement request (bổ sung hồ sơ)', ok: { type: NominationResponse }, fails: [...ACT_FAILS] })
  @Repeatable()
  supplement(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: SupplementDto, @IdempotencyKey() key: string | undefined) {
    return this.service.act(actor, id, 'supplement', { reason: dto.note }, repeatable(key, dto));
  }

  @Post(':id/withdraw') @HttpCode(200)
  @Operation({ id: 'withdrawNomination', summary: 'The unit withdraws its nomination (rút hồ sơ)', ok: { type: NominationResponse }, fails: [...ACT_FAILS] })
  @Repeatable()
  withdraw(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: ReasonDto, @IdempotencyKey() key: string | undefined) {
    return this.service.act(actor, id, 'withdraw', { reason: dto.reason }, repeatable(key, dto));
  }

  @Post(':id/return') @HttpCode(200)
  @Operation({ id: 'returnToAppraisal', summary: 'The signer returns the nomination to appraisal', ok: { type: NominationResponse }, fails: [...ACT_FAILS] })
  @Repeatable()
  returnToAppraisal(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: ReturnDto, @IdempotencyKey() key: string | undefined) {
    return this.service.act(actor, id, 'return', { reason: dto.comment }, repeatable(key, dto));
  }

  @Post(':id/external-decision') @HttpCode(200)
  @Operation({ id: 'recordExternalDecision', summary: 'Record the central level’s decision on a submitted nomination', ok: { type: NominationResponse }, fails: [...ACT_FAILS] })
  @Repeatable()
  externalDecision(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: ExternalDecisionDto, @IdempotencyKey() key: string | undefined) {
    return this.service.act(actor, id, 'record_external_decision', { ...dto }, repeatable(key, dto));
  }

  @Patch(':id/deadline')
  @Operation({
    id: 'moveDeadline',
    summary: 'Admin: move the running stage’s deadline (reason required, audited); the timer follows',
    ok: { type: NominationResponse },
    fails: [...ACT_FAILS, 422],
    failures: { 409: 'The nomination has ended, or its stage has no deadline', 422: 'dueAt is not later than the current deadline' },
  })
  @Repeatable()
  extendDeadline(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: DeadlineDto, @IdempotencyKey() key: string | undefined) {
    return this.service.act(actor, id, 'extend_deadline', { ...dto }, repeatable(key, dto));
  }

  @Post(':id/reassign') @HttpCode(200)
  @Operation({
    id: 'reassignTask',
    summary: 'Pass a pending council vote or appraisal to another eligible person (chuyển xử lý), audited',
    description: 'For an admin, or for the person who holds the task (going on leave). The inbox, allowed actions and reminders follow the new person.',
    ok: { type: NominationResponse },
    fails: [...ACT_FAILS, 422],
    failures: {
      403: 'Neither an admin nor the person who holds the task',
      409: 'The nomination is not in the task’s stage, is being signed, or the task is no longer pending with `from` (voted, recused, not theirs)',
      422: 'The new person is not eligible (`reason`: role, council, already_member, recused, separation_of_duties, inactive, unknown_user)',
    },
  })
  @Repeatable()
  reassign(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: ReassignDto, @IdempotencyKey() key: string | undefined) {
    return this.reassignment.reassign(actor, id, dto, repeatable(key, dto));
  }

  @Get(':id/reassignment-candidates')
  @Operation({
    id: 'listReassignmentCandidates',
    summary: 'Who a pending council vote or appraisal may pass to: exactly the people POST …/reassign would accept now, by name',
    ok: { type: [ReassignmentCandidate] },
    fails: [403, 404, 409],
    failures: { 403: 'Neither an admin nor the person who holds the task', 409: 'The nomination is not in the task’s stage' },
  })
  reassignmentCandidates(@CurrentActor() actor: Actor, @Id() id: string, @Query() q: ReassignmentCandidatesQuery) {
    return this.reassignment.candidates(actor, id, q.task);
  }
}
