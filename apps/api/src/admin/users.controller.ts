import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AdminOnly } from './admin-only.guard';
import { CreateUserDto, UserListQuery } from './directory.dto';
import { DirectoryService } from './directory.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly service: DirectoryService) {}

  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: UserListQuery) {
    return this.service.users(actor, q);
  }

  @Post()
  @AdminOnly()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.service.createUser(actor, dto);
  }
}
