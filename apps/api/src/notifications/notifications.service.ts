import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '#ktf/domain';
import { NotificationRepository } from '#ktf/persistence';
import { decodeNotificationCursor, encodeNotificationCursor } from './notification-cursor';
import { NotificationsQuery } from './notifications-query.dto';

/** The caller's own notifications (hộp thư), newest first. */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationRepository) {}

  async list(actor: Actor, q: NotificationsQuery) {
    const limit = q.limit ?? 20;
    const rows = await this.notifications.forRecipient(actor.id, limit + 1, q.cursor ? decodeNotificationCursor(q.cursor) : undefined);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
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
      nextCursor: rows.length > limit ? encodeNotificationCursor(last.created_at, last.id) : null,
    };
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    if (!(await this.notifications.markRead(actor.id, id))) throw new DomainError('not_found', 'no such notification of yours');
  }
}
