import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A decision's PDF is stored as it is, out of line (STORAGE EXTERNAL). Its streams are deflated
 * already, so PostgreSQL's attempt to compress the ~140 KB value (the default, EXTENDED) never
 * shrank it and cost ~1.5 ms of the database's CPU per document, right after each decision's answer.
 * Rows stored before keep their form; both read the same.
 */
export class DecisionPdfUncompressed1764950000000 implements MigrationInterface {
  name = 'DecisionPdfUncompressed1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE decision_documents ALTER COLUMN pdf SET STORAGE EXTERNAL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE decision_documents ALTER COLUMN pdf SET STORAGE EXTENDED`);
  }
}
