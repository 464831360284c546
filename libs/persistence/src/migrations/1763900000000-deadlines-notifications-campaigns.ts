import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stage deadlines and their history, notifications, and campaigns (đợt xét khen thưởng). */
export class DeadlinesNotificationsCampaigns1763900000000 implements MigrationInterface {
  name = 'DeadlinesNotificationsCampaigns1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE nominations
        ADD COLUMN stage_epoch int NOT NULL DEFAULT 0,
        ADD COLUMN breached_at timestamptz;
      CREATE INDEX nominations_due ON nominations (due_at) WHERE due_at IS NOT NULL AND stage IS NOT NULL;

      -- One row per stage a nomination passed through: what /stats measures.
      CREATE TABLE stage_visits (
        nomination_id uuid NOT NULL REFERENCES nominations(id),
        epoch int NOT NULL,
        stage text NOT NULL,
        opened_at timestamptz NOT NULL,
        due_at timestamptz,
        closed_at timestamptz,
        breached boolean NOT NULL DEFAULT false,
        PRIMARY KEY (nomination_id, epoch)
      );
      CREATE INDEX stage_visits_closed ON stage_visits (closed_at) WHERE closed_at IS NOT NULL;

      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id),
        nomination_id uuid,
        campaign_id uuid,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        -- Makes a retried activity harmless: the same notice to the same person exists once.
        dedupe_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        email_to text,
        email_state text NOT NULL DEFAULT 'none' CHECK (email_state IN ('none','pending','sending','sent','failed')),
        email_sent_at timestamptz,
        email_error text
      );
      CREATE INDEX notifications_recipient ON notifications (recipient_id, created_at DESC, id DESC);

      CREATE TABLE campaigns (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        award_codes text[] NOT NULL,
        unit_ids uuid[] NOT NULL,
        intake_deadline timestamptz NOT NULL,
        reminder_offsets int[] NOT NULL DEFAULT '{5,2,0}',
        status text NOT NULL CHECK (status IN ('open','closed')),
        workflow_id text NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      );
      CREATE INDEX nominations_campaign ON nominations (campaign_id, unit_id) WHERE campaign_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX nominations_campaign; DROP TABLE campaigns; DROP TABLE notifications; DROP TABLE stage_visits;
      DROP INDEX nominations_due; ALTER TABLE nominations DROP COLUMN breached_at, DROP COLUMN stage_epoch;
    `);
  }
}
