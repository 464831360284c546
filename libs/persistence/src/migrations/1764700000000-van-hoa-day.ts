import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 24/11, Ngày Văn hóa Việt Nam, is a paid day off from 2026 (Nghị quyết 80-NQ/TW): Tue 24/11/2026
 * and Wed 24/11/2027. Deadlines are planned from the `holidays` table when a stage opens, so, like
 * any holiday an admin adds later, only deadlines planned after this migration move. A row an
 * admin already set for these dates is kept.
 */
export class VanHoaDay1764700000000 implements MigrationInterface {
  name = 'VanHoaDay1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO holidays (date, kind, name, estimated) VALUES
         ('2026-11-24', 'holiday', 'Ngày Văn hóa Việt Nam', false),
         ('2027-11-24', 'holiday', 'Ngày Văn hóa Việt Nam', false)
       ON CONFLICT DO NOTHING`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM holidays WHERE date IN ('2026-11-24', '2027-11-24') AND name = 'Ngày Văn hóa Việt Nam'`);
  }
}
