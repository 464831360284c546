import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AdminOnly } from './admin-only.guard';
import { CreateUnitDto } from './directory.dto';
import { DirectoryService } from './directory.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly service: DirectoryService) {}

  @Get()
  list() {
    return this.service.units();
  }

  @Post()
  @AdminOnly()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUnitDto) {
    return this.service.createUnit(actor, dto);
  }
}
