import { DataSource } from 'typeorm';
import type { CalendarDay } from '#ktf/domain';

export class HolidayRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Every day off and compensatory working Saturday, for the working-day calendar. Read for
   * every stage a transition opens (its deadline is planned over them): plain rows, no entity
   * hydration, which cost the closing vote ~1 ms of the worker's time.
   */
  async all(): Promise<CalendarDay[]> {
    return this.days('', []);
  }

  async year(year: number): Promise<CalendarDay[]> {
    return this.days('WHERE date >= make_date($1,1,1) AND date < make_date($1+1,1,1)', [year]);
  }

  private async days(where: string, params: unknown[]): Promise<CalendarDay[]> {
    // The columns are the calendar day's fields, as the calendar takes them.
    return this.ds.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name, estimated FROM holidays ${where} ORDER BY date`, params);
  }

  async upsert(day: CalendarDay): Promise<void> {
    await this.ds.query(
      `INSERT INTO holidays (date, kind, name, estimated) VALUES ($1,$2,$3,$4)
       ON CONFLICT (date) DO UPDATE SET kind=EXCLUDED.kind, name=EXCLUDED.name, estimated=EXCLUDED.estimated`,
      [day.date, day.kind, day.name, day.estimated ?? false],
    );
  }

  async remove(date: string): Promise<boolean> {
    const res: [unknown[], number] = await this.ds.query(`DELETE FROM holidays WHERE date=$1`, [date]);
    return res[1] > 0;
  }
}
