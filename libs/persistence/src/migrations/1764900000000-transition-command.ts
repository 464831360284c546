import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The command of a nomination's latest transition (the Update and its request, or the timer),
 * overwritten by the next one: what the workflow takes again when the task that recorded the
 * transition was lost with its Update (an orphan transition, see TransitionRecorder).
 */
export class TransitionCommand1764900000000 implements MigrationInterface {
  name = 'TransitionCommand1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nominations ADD COLUMN last_command jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nominations DROP COLUMN last_command`);
  }
}
