import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UserResponse } from './admin-response.dto';
import { AdminOnly } from './admin-only.guard';
import { CreateUserDto, UserListQuery } from './directory.dto';
import { DirectoryService } from './directory.service';

@ApiTags('admin')
@ApiBearerAuth('bearer')
@Controller('users')
export class UsersController {
  constructor(private readonly service: DirectoryService) {}

  @Get()
  @Operation({ id: 'listUsers', summary: 'Users, by unit or role (email addresses for admins only)', ok: { type: [UserResponse] } })
  list(@CurrentActor() actor: Actor, @Query() q: UserListQuery) {
    return this.service.users(actor, q);
  }

  @Post()
  @AdminOnly()
  @Operation({
    id: 'createUser',
    summary: 'Admin: add a user',
    ok: { status: 201, type: UserResponse },
    fails: [403, 422],
    failures: { 422: 'The username is taken, the unit does not exist, or signerAuthority is missing for a signer (or given to a non-signer)' },
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.service.createUser(actor, dto);
  }
}
