import { Body, Controller, HttpCode, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { AdminOnly } from '../admin/admin-only.guard';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UuidParam } from '../openapi/path-params';
import { SetPasswordDto } from './sign-in.dto';
import { UserPasswordService } from './user-password.service';

@ApiTags('admin')
@ApiBearerAuth('bearer')
@Controller('users')
export class UserPasswordController {
  constructor(private readonly passwords: UserPasswordService) {}

  /** Admin only: sets a user's password and signs them out everywhere (their refresh tokens are revoked). */
  @Put(':id/password') @HttpCode(204) @AdminOnly()
  @Operation({ id: 'setUserPassword', summary: 'Admin: set a user’s password (their sessions end, their backoff is cleared)', ok: { status: 204 }, fails: [403, 404, 422], failures: { 422: 'The password breaks the password rules (length from AUTH_PASSWORD_MIN_LENGTH, no padding or control characters)' } })
  async set(@CurrentActor() actor: Actor, @UuidParam('id', 'The user') id: string, @Body() dto: SetPasswordDto): Promise<void> {
    await this.passwords.set(actor, id, dto.password);
  }
}
