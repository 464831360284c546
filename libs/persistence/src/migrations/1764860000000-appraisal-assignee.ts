import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reassigning a pending task (issue 15): the appraisal of a nomination may be named to one
 * appraiser. Null, as for every existing row, means every appraiser holds it.
 */
export class AppraisalAssignee1764860000000 implements MigrationInterface {
  name = 'AppraisalAssignee1764860000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nominations ADD COLUMN appraiser_id uuid REFERENCES users(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nominations DROP COLUMN appraiser_id`);
  }
}
