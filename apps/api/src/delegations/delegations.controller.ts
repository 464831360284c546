import { Body, Controller, Delete, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UuidParam } from '../openapi/path-params';
import { CreateDelegationDto, DelegationQuery } from './delegation.dto';
import { DelegationResponse } from './delegation-response.dto';
import { DelegationsService } from './delegations.service';

@ApiTags('delegations')
@ApiBearerAuth('bearer')
@Controller('delegations')
export class DelegationsController {
  constructor(private readonly service: DelegationsService) {}

  @Post()
  @Operation({
    id: 'createDelegation',
    summary: 'Lend signing authority for a period: KT. (a deputy signs on behalf) or TL. (the office chief signs by order)',
    description: 'A signer lends their own authority; an admin may record one for any signer (principalId). Audited (`delegation_created`).',
    ok: { status: 201, type: DelegationResponse },
    fails: [403, 404, 409, 422],
    failures: {
      404: 'The principal or the delegate does not exist',
      409: 'A delegation of this authority to this person overlaps the period (`delegationId`)',
      422: 'The principal has no authority, the delegate is not a signer or is the principal, or the period is reversed or over',
    },
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateDelegationDto) {
    return this.service.create(actor, dto);
  }

  @Get()
  @Operation({
    id: 'listDelegations',
    summary: 'Delegations of signing authority, newest first',
    description: 'Admins and auditors see all; a signer sees those they gave or hold.',
    ok: { type: [DelegationResponse] },
    fails: [403],
  })
  list(@CurrentActor() actor: Actor, @Query() q: DelegationQuery) {
    return this.service.list(actor, q);
  }

  @Delete(':id')
  @Operation({
    id: 'revokeDelegation',
    summary: 'Revoke a delegation from now on (decisions signed under it keep it)',
    description: 'The principal or an admin. Audited (`delegation_revoked`).',
    ok: { type: DelegationResponse, description: 'The revoked delegation' },
    fails: [403, 404, 409],
    failures: { 409: 'Revoked already' },
  })
  revoke(@CurrentActor() actor: Actor, @UuidParam('id', 'The delegation') id: string) {
    return this.service.revoke(actor, id);
  }
}
