// Scenario calendars for tests that move the time-skipping server's clock. That clock starts at the
// real time and only moves forward, so a scenario never names an absolute date: it is laid out
// around an anchor found from the server's current time ("the Monday after next", or the next
// 31 December that falls on a Thursday) and places its own holidays and worked Saturdays at
// offsets from it. Every weekday is then fixed by the offset alone, so the due dates the tests
// expect can be counted by hand once and hold on any day the suite runs.
import { CalendarDay, CalendarDayKind, endOfLocalDay, localDateOf } from '#ktf/domain';

const MS_PER_DAY = 86_400_000;

/** `date` (YYYY-MM-DD) plus `days`, as a local date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
function isoWeekday(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday of the week after next (local time): 8 to 14 days after the local date of `nowMs`. */
export function mondayAfterNext(nowMs: number): string {
  const today = localDateOf(new Date(nowMs));
  return addDays(today, 14 - isoWeekday(today));
}

/**
 * 31 December of the first year whose 31 December is a Thursday and lies at least 8 days after
 * `nowMs` (2026, then 2037, 2043, …): a year-end crossing whose weekdays are always the same.
 */
export function nextThursdayYearEnd(nowMs: number): string {
  const earliest = addDays(localDateOf(new Date(nowMs)), 8);
  for (let year = Number(earliest.slice(0, 4)); ; year += 1) {
    const date = `${year}-12-31`;
    if (date >= earliest && isoWeekday(date) === 3) return date;
  }
}

/** Days counted from an anchor date: `day(k)`, instants on them, and the holidays a scenario places. */
export class ScenarioDays {
  readonly days: CalendarDay[] = [];

  constructor(readonly anchor: string) {}

  /** The local date `k` days after the anchor. */
  date(k: number): string {
    return addDays(this.anchor, k);
  }

  /** `hh:mm` local time (+07:00) on day `k`, as an ISO instant. */
  at(k: number, hhmm: string): string {
    return new Date(`${this.date(k)}T${hhmm}:00+07:00`).toISOString();
  }

  /** A due instant: the end of local day `k`, 23:59:59.999+07:00. */
  due(k: number): string {
    return endOfLocalDay(this.date(k)).toISOString();
  }

  /** A reminder instant: 08:00+07:00 of day `k`. */
  remind(k: number): string {
    return this.at(k, '08:00');
  }

  /** Days off at these offsets (each must be a weekday, or it would change nothing). */
  holiday(name: string, ...offsets: number[]): this {
    return this.place('holiday', name, offsets, (w) => w < 5);
  }

  /** Saturdays worked in exchange (ngày làm bù) at these offsets. */
  workingSaturday(name: string, ...offsets: number[]): this {
    return this.place('working_saturday', name, offsets, (w) => w === 5);
  }

  private place(kind: CalendarDayKind, name: string, offsets: number[], fits: (weekday: number) => boolean): this {
    for (const k of offsets) {
      const date = this.date(k);
      if (!fits(isoWeekday(date))) throw new Error(`scenario day ${k} (${date}) cannot be a ${kind}`);
      this.days.push({ date, kind, name });
    }
    return this;
  }
}
