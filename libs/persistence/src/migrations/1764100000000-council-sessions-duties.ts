import { MigrationInterface, QueryRunner } from 'typeorm';

/** Council sessions (one meeting over many nominations) and separation-of-duties memory. */
export class CouncilSessionsDuties1764100000000 implements MigrationInterface {
  name = 'CouncilSessionsDuties1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE nominations ADD COLUMN actor_duties jsonb NOT NULL DEFAULT '{}';
      CREATE TABLE council_sessions (
        id uuid PRIMARY KEY,
        council_id uuid REFERENCES councils(id),
        secretary_id uuid NOT NULL,
        nomination_ids uuid[] NOT NULL,
        voting_deadline timestamptz,
        status text NOT NULL CHECK (status IN ('open','closed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE council_sessions; ALTER TABLE nominations DROP COLUMN actor_duties;`);
  }
}
