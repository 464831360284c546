import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Actor, DomainError } from '#ktf/domain';
import { NotificationRepository } from '#ktf/persistence';
import { CurrentActor } from '../auth/current-actor.decorator';

export class NotificationsQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
  @IsOptional() @IsString() cursor?: string;
}

const encode = (createdAt: Date, id: string) => Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');
function decode(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/.test(id)) throw new Error();
    return { createdAt, id };
  } catch {
    throw new DomainError('invalid_input', 'cursor is not valid');
  }
}

/** The caller's own notifications (hộp thư), newest first. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationRepository) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Query() q: NotificationsQuery) {
    const limit = q.limit ?? 20;
    const rows = await this.notifications.forRecipient(actor.id, limit + 1, q.cursor ? decode(q.cursor) : undefined);
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        body: r.body,
        nominationId: r.nomination_id,
        campaignId: r.campaign_id,
        createdAt: r.created_at.toISOString(),
        read: r.read_at !== null,
        email: r.email_state,
      })),
      nextCursor: rows.length > limit ? encode(page[page.length - 1].created_at, page[page.length - 1].id) : null,
    };
  }

  @Post(':id/read')
  @HttpCode(204)
  async markRead(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    if (!(await this.notifications.markRead(actor.id, id))) throw new DomainError('not_found', 'no such notification of yours');
  }
}
