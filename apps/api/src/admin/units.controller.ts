import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UnitResponse } from './admin-response.dto';
import { AdminOnly } from './admin-only.guard';
import { CreateUnitDto } from './directory.dto';
import { DirectoryService } from './directory.service';

@ApiTags('admin')
@ApiBearerAuth('bearer')
@Controller('units')
export class UnitsController {
  constructor(private readonly service: DirectoryService) {}

  @Get()
  @Operation({ id: 'listUnits', summary: 'Every unit (đơn vị)', ok: { type: [UnitResponse] } })
  list() {
    return this.service.units();
  }

  @Post()
  @AdminOnly()
  @Operation({
    id: 'createUnit',
    summary: 'Admin: add a unit',
    ok: { status: 201, type: UnitResponse },
    fails: [403, 422],
    failures: { 422: 'The code is taken, or the parent unit does not exist' },
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUnitDto) {
    return this.service.createUnit(actor, dto);
  }
}
