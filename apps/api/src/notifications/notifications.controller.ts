import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UuidParam } from '../openapi/path-params';
import { NotificationPage } from './notification-response.dto';
import { NotificationsQuery } from './notifications-query.dto';
import { NotificationsService } from './notifications.service';

/** The caller's own notifications (hộp thư), newest first. */
@ApiTags('notifications')
@ApiBearerAuth('bearer')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly service: NotificationsService) {}

  @Get()
  @Operation({ id: 'listMyNotifications', summary: 'The caller’s notifications (hộp thư), newest first', ok: { type: NotificationPage }, fails: [422], failures: { 422: 'The cursor is not one this list returned' } })
  list(@CurrentActor() actor: Actor, @Query() q: NotificationsQuery) {
    return this.service.list(actor, q);
  }

  @Post(':id/read')
  @HttpCode(204)
  @Operation({ id: 'markNotificationRead', summary: 'Mark one of the caller’s notifications read', ok: { status: 204 }, fails: [404] })
  markRead(@CurrentActor() actor: Actor, @UuidParam('id', 'The notification') id: string) {
    return this.service.markRead(actor, id);
  }
}
