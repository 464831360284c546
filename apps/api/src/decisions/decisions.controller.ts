import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
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

  @Post()
  @Operation({
    id: 'signDecision',
    summary: 'Sign a batch of nominations into one numbered decision, all or nothing',
    ok: { status: 201, type: DecisionResponse },
    fails: [403, 404, 409, 422],
    failures: { 404: 'A nomination does not exist (`missing`)', 409: 'A nomination is not awaiting signature, or is being signed', 422: 'The batch mixes decisions and central submissions' },
  })
  sign(@CurrentActor() actor: Actor, @Body() dto: SignDecisionDto) {
    return this.service.sign(actor, dto.nominationIds);
  }

  @Get(':id')
  @Operation({ id: 'getDecision', summary: 'A decision and the nominations it covers', ok: { type: DecisionResponse }, fails: [403, 404] })
  get(@CurrentActor() actor: Actor, @UuidParam('id', 'The decision') id: string) {
    return this.service.get(actor, id);
  }
}
