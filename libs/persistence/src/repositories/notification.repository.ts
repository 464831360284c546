import type { Queryable } from '../data-source';

export interface NewNotification {
  recipientId: string;
  nominationId?: string | null;
  campaignId?: string | null;
  kind: string;
  title: string;
  body: string;
  dedupeKey: string;
  emailTo: string | null;
}

export interface NotificationRow {
  id: string;
  recipient_id: string;
  nomination_id: string | null;
  campaign_id: string | null;
  kind: string;
  title: string;
  body: string;
  created_at: Date;
  read_at: Date | null;
  email_to: string | null;
  email_state: string;
}

/** Stored notifications ("hộp thư") and their email delivery state. */
export class NotificationRepository {
  constructor(private readonly db: Queryable) {}

  /** Inserts what is new (by dedupe key) and returns the ids of every row of these keys. */
  async insertAll(rows: NewNotification[]): Promise<{ id: string; emailState: string }[]> {
    if (rows.length === 0) return [];
    const inserted: { id: string; email_state: string }[] = await this.db.query(
      `INSERT INTO notifications (recipient_id, nomination_id, campaign_id, kind, title, body, dedupe_key, email_to, email_state)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id, email_state`,
      [
        rows.map((r) => r.recipientId),
        rows.map((r) => r.nominationId ?? null),
        rows.map((r) => r.campaignId ?? null),
        rows.map((r) => r.kind),
        rows.map((r) => r.title),
        rows.map((r) => r.body),
        rows.map((r) => r.dedupeKey),
        rows.map((r) => r.emailTo),
        rows.map((r) => (r.emailTo ? 'pending' : 'none')),
      ],
    );
    // Some stored before (a retried transition): read every row of these keys, the old ones too.
    const stored: { id: string; email_state: string }[] =
      inserted.length === rows.length ? inserted : await this.db.query(`SELECT id, email_state FROM notifications WHERE dedupe_key = ANY($1::text[])`, [rows.map((r) => r.dedupeKey)]);
    return stored.map((r) => ({ id: r.id, emailState: r.email_state }));
  }

  /**
   * Claims a pending email for sending. Only one claimer wins, and a claimed email is
   * never claimed again: a retry after a crash mid-send does not send it twice.
   */
  async claimEmail(id: string): Promise<NotificationRow | null> {
    const [rows] = await this.db.query(
      `UPDATE notifications SET email_state='sending' WHERE id=$1 AND email_state='pending' RETURNING *`,
      [id],
    );
    return rows?.[0] ?? null;
  }

  async markEmail(id: string, state: 'sent' | 'failed' | 'pending', error?: string): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET email_state=$2, email_sent_at = CASE WHEN $2='sent' THEN now() ELSE email_sent_at END, email_error=$3 WHERE id=$1`,
      [id, state, error ?? null],
    );
  }

  /** The caller's notifications, newest first, keyset-paginated. */
  async forRecipient(recipientId: string, limit: number, before?: { createdAt: string; id: string }): Promise<NotificationRow[]> {
    return this.db.query(
      `SELECT * FROM notifications WHERE recipient_id=$1
         AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [recipientId, before?.createdAt ?? null, before?.id ?? null, limit],
    );
  }

  async markRead(recipientId: string, id: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.db.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id=$1 AND recipient_id=$2`,
      [id, recipientId],
    );
    return count > 0;
  }
}
