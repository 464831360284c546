import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { AdminOnly } from '../admin/admin-only.guard';
import { CurrentActor } from '../auth/current-actor.decorator';
import { SetPasswordDto } from './sign-in.dto';
import { UserPasswordService } from './user-password.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('users')
export class UserPasswordController {
  constructor(private readonly passwords: UserPasswordService) {}

  /** Admin only: sets a user's password and signs them out everywhere (their refresh tokens are revoked). */
  @Put(':id/password') @HttpCode(204) @AdminOnly() @ApiNoContentResponse()
  async set(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: SetPasswordDto): Promise<void> {
    await this.passwords.set(actor, id, dto.password);
  }
}
