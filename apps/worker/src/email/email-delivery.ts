import { log } from '@temporalio/activity';
import { NotificationRepository } from '#ktf/persistence';
import { Mailer } from './mailer';

/** Emails stored notifications, each at most once (claimed before sending). */
export class EmailDelivery {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly mailer: Mailer | undefined,
  ) {}

  get enabled(): boolean {
    return this.mailer !== undefined;
  }

  /** Sends the given stored notifications that are still pending (a claim makes each once). */
  async deliver(ids: string[]): Promise<void> {
    for (const id of ids) await this.sendOnce(id);
  }

  private async sendOnce(id: string): Promise<void> {
    const claimed = await this.notifications.claimEmail(id);
    if (!claimed || !claimed.email_to || !this.mailer) return;
    try {
      await this.mailer.send({ to: claimed.email_to, subject: claimed.title, text: claimed.body, messageId: `<${claimed.id}@ktf.local>` });
      await this.notifications.markEmail(id, 'sent');
    } catch (e) {
      // The server refused: nothing was sent, so the activity's retry may try again.
      await this.notifications.markEmail(id, 'pending', e instanceof Error ? e.message : String(e));
      log.warn('email failed; will retry', { notificationId: id });
      throw e;
    }
  }
}
