import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users are deactivated, never deleted (nominations, decisions and audit events name them).
 * A deactivated user cannot sign in or refresh a session, and cannot join a council.
 */
export class UserActive1764800000000 implements MigrationInterface {
  name = 'UserActive1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN active`);
  }
}
