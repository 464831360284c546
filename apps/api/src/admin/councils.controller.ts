import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UuidParam } from '../openapi/path-params';
import { CouncilResponse } from './admin-response.dto';
import { AdminOnly } from './admin-only.guard';
import { CouncilMembersDto, CreateCouncilDto } from './directory.dto';
import { DirectoryService } from './directory.service';

const Id = () => UuidParam('id', 'The council');

@ApiTags('admin')
@ApiBearerAuth('bearer')
@Controller('councils')
export class CouncilsController {
  constructor(private readonly service: DirectoryService) {}

  @Get()
  @Operation({ id: 'listCouncils', summary: 'Every council (Hội đồng TĐKT) with its active members', ok: { type: [CouncilResponse] } })
  list() {
    return this.service.councils();
  }

  @Get(':id')
  @Operation({ id: 'getCouncil', summary: 'A council with its active members', ok: { type: CouncilResponse }, fails: [404] })
  get(@Id() id: string) {
    return this.service.council(id);
  }

  @Post()
  @AdminOnly()
  @Operation({
    id: 'createCouncil',
    summary: 'Admin: add a council (the provincial one, or a unit’s own)',
    ok: { status: 201, type: CouncilResponse },
    fails: [403, 422],
    failures: { 422: 'The code is taken, the unit does not exist, or that level or unit already has a council' },
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCouncilDto) {
    return this.service.createCouncil(actor, dto);
  }

  @Put(':id/members')
  @AdminOnly()
  @Operation({
    id: 'replaceCouncilMembers',
    summary: 'Admin: replace the active members (others are deactivated, never deleted); open reviews keep the members they pinned',
    ok: { type: CouncilResponse },
    fails: [403, 404, 422],
    failures: { 422: 'A user does not exist or lacks the council_member role' },
  })
  replaceMembers(@CurrentActor() actor: Actor, @Id() id: string, @Body() dto: CouncilMembersDto) {
    return this.service.replaceMembers(actor, id, dto);
  }
}
