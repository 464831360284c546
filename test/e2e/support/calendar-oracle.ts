// An independent working-day count for e2e expectations. The e2e stack runs on the real clock,
// so a test cannot fix the weekday a stage opens on; instead it counts day by day, over the
// holidays the API itself serves, what the production calendar computes with its own
// arithmetic. Deliberately naive (one day at a time, plain UTC+7 shifts) so that it shares no
// code, and so no mistake, with libs/domain/src/calendar.
import type { ApiClient } from './e2e-stack';

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

interface Day {
  date: string;
  kind: 'holiday' | 'working_saturday';
}

/** Local (UTC+7) date of an instant, YYYY-MM-DD. */
export const vnDate = (instant: string | number | Date): string => new Date(new Date(instant).getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);

const nextDate = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** 23:59:59.999+07:00 of a local date, as an ISO instant. */
const endOf = (date: string): string => new Date(Date.parse(`${date}T23:59:59.999Z`) - VN_OFFSET_MS).toISOString();

export class CalendarOracle {
  private readonly off = new Set<string>();
  private readonly worked = new Set<string>();

  constructor(days: readonly Day[]) {
    for (const d of days) (d.kind === 'holiday' ? this.off : this.worked).add(d.date);
  }

  /** The calendar the API serves for this year and the next (enough for any stage of a test). */
  static async load(api: ApiClient, user = 'officer.vp'): Promise<CalendarOracle> {
    const year = Number(vnDate(Date.now()).slice(0, 4));
    const days: Day[] = [];
    for (const y of [year, year + 1]) {
      const res = await api.get(`/holidays?year=${y}`, user);
      if (res.status !== 200) throw new Error(`GET /holidays?year=${y}: ${res.status}`);
      days.push(...res.body.days);
    }
    return new CalendarOracle(days);
  }

  /** The same calendar with one more day off. */
  withHoliday(date: string): CalendarOracle {
    const copy = new CalendarOracle([]);
    for (const d of this.off) copy.off.add(d);
    for (const d of this.worked) copy.worked.add(d);
    copy.off.add(date);
    return copy;
  }

  isWorkingDay(date: string): boolean {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0) return false;
    if (weekday === 6) return this.worked.has(date);
    return !this.off.has(date);
  }

  /** The n-th working day strictly after `date` (n ≥ 1). */
  nthWorkingDayAfter(date: string, n: number): string {
    let day = date;
    for (let left = n; left > 0; ) {
      day = nextDate(day);
      if (this.isWorkingDay(day)) left -= 1;
    }
    return day;
  }

  /** Due instant of a stage opened at `openedAt` with `sla` working days (the opening day never counts). */
  dueAt(openedAt: string, sla: number): string {
    return endOf(this.nthWorkingDayAfter(vnDate(openedAt), sla));
  }

  /** A due instant moved by `n` working days. */
  extended(dueAt: string, n: number): string {
    return this.dueAt(dueAt, n);
  }

  /** Working days after `now`'s local date up to and including `due`'s (negative, at least 1, once overdue). */
  workingDaysLeft(now: number, due: string): number {
    const count = (from: string, to: string) => {
      let n = 0;
      for (let d = nextDate(from); d <= to; d = nextDate(d)) if (this.isWorkingDay(d)) n += 1;
      return n;
    };
    if (now <= Date.parse(due)) return count(vnDate(now), vnDate(due));
    return -Math.max(1, count(vnDate(due), vnDate(now)));
  }
}
