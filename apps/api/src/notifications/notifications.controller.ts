import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Actor, DomainError } from '#ktf/domain';
import { NotificationRepository } from '#ktf/persistence';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UuidParam } from '../openapi/path-params';
import { IsCursor } from '../validation/cursor';
import { OptionalField } from '../validation/field-presence';
import { NotificationPage } from './notification-response.dto';

export class NotificationsQuery {
  @OptionalField() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
  @OptionalField() @IsCursor() cursor?: string;
}

const encode = (createdAt: Date, id: string) => Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');
function decode(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/.test(id)) throw new Error();
    return { createdAt, id };
  } catch {
    throw new DomainError('rule_failed', 'cursor is not one this API returned', { errors: [{ field: 'cursor', messages: ['invalid cursor'] }] });
  }
}

/** The caller's own notifications (hộp thư), newest first. */
@ApiTags('notifications')
@ApiBearerAuth('bearer')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationRepository) {}

  @Get()
  @Operation({ id: 'listMyNotifications', summary: 'The caller’s notifications (hộp thư), newest first', ok: { type: NotificationPage }, fails: [422], failures: { 422: 'The cursor is not one this list returned' } })
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
  @Operation({ id: 'markNotificationRead', summary: 'Mark one of the caller’s notifications read', ok: { status: 204 }, fails: [404] })
  async markRead(@CurrentActor() actor: Actor, @UuidParam('id', 'The notification') id: string) {
    if (!(await this.notifications.markRead(actor.id, id))) throw new DomainError('not_found', 'no such notification of yours');
  }
}
