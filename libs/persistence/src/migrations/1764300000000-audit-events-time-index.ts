import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `GET /audit/events` pages in (occurred_at, id) order, filtered by time range or not at
 * all: this index serves both without a sort. Subject, actor and action filters already
 * have theirs (the chain's unique key, audit_events_actor, audit_events_action).
 */
export class AuditEventsTimeIndex1764300000000 implements MigrationInterface {
  name = 'AuditEventsTimeIndex1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_events_occurred ON audit_events (occurred_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_events_occurred`);
  }
}
