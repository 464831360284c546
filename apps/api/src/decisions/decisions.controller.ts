import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IdempotencyKey, IdempotencyKeyHeader } from '../nominations/idempotency-key.decorators';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UuidParam } from '../openapi/path-params';
import { DecisionResponse } from './decision-response.dto';
import { DecisionsService } from './decisions.service';
import { SignDecisionDto } from './dto/sign-decision.dto';

@ApiTags('decisions')
@ApiBearerAuth('bearer')
@Controller('decisions')
export class DecisionsController {
  constructor(private readonly service: DecisionsService) {}

  /** 201 with the signed decision; 200 when the same request (Idempotency-Key or decisionId) was signed before. */
  @Post()
  @Operation({
    id: 'signDecision',
    summary: 'Sign a batch of nominations into one numbered decision, all or nothing',
    description:
      'Signers only. Runs as a durable workflow (a batch: a decision workflow; one nomination: one Update to that nomination’s own workflow): the same Idempotency-Key (or decisionId) again joins the decision under way, or returns it once signed (200). A decision of one nomination is answered before its PDF is made (GET …/document.pdf waits for it).',
    ok: { status: 201, type: DecisionResponse },
    alsoOk: [{ status: 200, type: DecisionResponse, description: 'The same Idempotency-Key or decisionId again: the decision it signed' }],
    fails: [403, 404, 409, 422],
    failures: { 404: 'A nomination does not exist (`missing`)', 409: 'A nomination is not awaiting signature, or is being signed', 422: 'The batch mixes decisions and central submissions, or the key was used for another batch' },
  })
  @IdempotencyKeyHeader('Any 1–200 visible ASCII characters, unique per batch you mean')
  async sign(
    @CurrentActor() actor: Actor,
    @Body() dto: SignDecisionDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: { status(code: number): void },
  ) {
    const { replayed, body } = await this.service.sign(actor, dto, key);
    res.status(replayed ? 200 : 201);
    return body;
  }

  @Get(':id')
  @Operation({ id: 'getDecision', summary: 'A decision and the nominations it covers', ok: { type: DecisionResponse }, fails: [403, 404] })
  get(@CurrentActor() actor: Actor, @UuidParam('id', 'The decision') id: string) {
    return this.service.get(actor, id);
  }
}
