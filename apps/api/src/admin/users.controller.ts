import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UuidParam } from '../openapi/path-params';
import { UserResponse } from './admin-response.dto';
import { AdminOnly } from './admin-only.guard';
import { CreateUserDto, ReplaceUserDto, UserListQuery } from './directory.dto';
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

  @Put(':id')
  @AdminOnly()
  @Operation({
    id: 'replaceUser',
    summary: 'Admin: change a user’s name, unit, roles, contact, signer authority, or deactivate them (their sessions end); the username stays',
    ok: { type: UserResponse },
    fails: [403, 404, 422],
    failures: {
      422: 'The unit does not exist, signerAuthority is missing for a signer (or given to a non-signer), the admin would lock themselves out, or the user sits on a council and would lose the council_member role or be deactivated',
    },
  })
  replace(@CurrentActor() actor: Actor, @UuidParam('id', 'The user') id: string, @Body() dto: ReplaceUserDto) {
    return this.service.replaceUser(actor, id, dto);
  }
}
