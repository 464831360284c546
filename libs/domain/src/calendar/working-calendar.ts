// Working-day calendar for Vietnamese public offices (Asia/Ho_Chi_Minh).
//
// Pure and deterministic: no imports, no clock, no Intl, no local-time Date methods, so it runs
// unchanged inside Temporal's workflow sandbox. Asia/Ho_Chi_Minh has been a fixed UTC+07:00
// offset with no daylight saving since 1975, so a local date is the UTC date of (instant + 7h).
//
// Local dates are ISO strings `YYYY-MM-DD` (years 0001–9999). Internally a date is a day number:
// whole days since 1970-01-01 (proleptic Gregorian calendar).

export type CalendarDayKind = 'holiday' | 'working_saturday';

/** One exception to the Monday–Friday week, as stored in the `holidays` table. */
export interface CalendarDay {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** `holiday`: a day off; `working_saturday`: a Saturday worked in exchange (ngày làm bù). */
  kind: CalendarDayKind;
  /** Vietnamese name shown to users, e.g. "Tết Nguyên đán". */
  name: string;
  /** True when the entry is our estimate, not yet confirmed by an official notice. */
  estimated?: boolean;
}

export const VN_UTC_OFFSET_MINUTES = 7 * 60;

const MS_PER_DAY = 86_400_000;
const OFFSET_MS = VN_UTC_OFFSET_MINUTES * 60_000;
/** Upper bound for `n` in addWorkingDays/dueAt: ~380 years, far beyond any real time limit. */
const MAX_WORKING_DAYS = 100_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_DAY = daysFromCivil(1, 1, 1);
const MAX_DAY = daysFromCivil(9999, 12, 31);
/** 1969-12-29, a Monday: anchor for counting weekdays. */
const MONDAY_ANCHOR = -3;

// ---- calendar arithmetic on day numbers (proleptic Gregorian, after H. Hinnant's algorithms) ----

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12; // March = 0 … February = 11
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

function isWeekend(dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

/** Number of Mon–Fri days in [MONDAY_ANCHOR, dayNumber) (negative before the anchor); only differences matter. */
function weekdaysBefore(dayNumber: number): number {
  const offset = dayNumber - MONDAY_ANCHOR;
  const weeks = Math.floor(offset / 7);
  return weeks * 5 + Math.min(offset - weeks * 7, 5);
}

/** Number of elements of the ascending array that are <= value. */
function countAtMost(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatDay(dayNumber: number): string {
  if (dayNumber < MIN_DAY || dayNumber > MAX_DAY) {
    throw new RangeError(`Date out of the supported range 0001-01-01..9999-12-31 (day number ${dayNumber})`);
  }
  const [year, month, day] = civilFromDays(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function parseDay(date: string, label = 'date'): number {
  const match = typeof date === 'string' ? DATE_PATTERN.exec(date) : null;
  if (match === null) {
    throw new RangeError(`Invalid ${label} ${JSON.stringify(date)}: expected a local date YYYY-MM-DD`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Invalid ${label} ${JSON.stringify(date)}: no such calendar day`);
  }
  return daysFromCivil(year, month, day);
}

function instantMs(instant: Date, label: string): number {
  // Not `instanceof`: Temporal's workflow sandbox swaps the global Date constructor.
  const isDate = Object.prototype.toString.call(instant) === '[object Date]';
  const ms = isDate ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new RangeError(`Invalid ${label}: expected a valid Date instant`);
  }
  return ms;
}

function localDayOf(instant: Date, label: string): number {
  const dayNumber = Math.floor((instantMs(instant, label) + OFFSET_MS) / MS_PER_DAY);
  formatDay(dayNumber); // range check
  return dayNumber;
}

function endOfDay(dayNumber: number): Date {
  return new Date((dayNumber + 1) * MS_PER_DAY - OFFSET_MS - 1);
}

function checkCount(n: number, label: string): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`Invalid ${label} ${String(n)}: expected an integer from 0 to ${MAX_WORKING_DAYS}`);
  }
}

// ---- public functions ----

/** The local date (Asia/Ho_Chi_Minh) of an instant, `YYYY-MM-DD`. */
export function localDateOf(instant: Date): string {
  return formatDay(localDayOf(instant, 'instant'));
}

/** The last millisecond of a local date, 23:59:59.999+07:00, as an instant. */
export function endOfLocalDay(date: string): Date {
  return endOfDay(parseDay(date));
}

/**
 * Monday–Friday, minus the `holiday` entries, plus the `working_saturday` entries.
 * Dates not covered by the entries (e.g. years not seeded) fall back to plain Monday–Friday.
 */
export class WorkingCalendar {
  /** Day numbers of holidays that fall on Mon–Fri (a holiday on a weekend changes nothing). */
  private readonly weekdayHolidays: readonly number[];
  /** Day numbers of worked Saturdays. */
  private readonly workingSaturdays: readonly number[];
  private readonly holidaySet: ReadonlySet<number>;
  private readonly workingSaturdaySet: ReadonlySet<number>;

  /** Throws RangeError on a malformed entry, a duplicate date, or a working_saturday that is not a Saturday. */
  constructor(days: readonly CalendarDay[]) {
    if (!Array.isArray(days)) throw new RangeError('WorkingCalendar expects an array of calendar days');
    const seen = new Set<number>();
    const holidays: number[] = [];
    const saturdays: number[] = [];
    for (const entry of days) {
      const dayNumber = parseDay(entry?.date, 'calendar day date');
      if (typeof entry.name !== 'string' || entry.name.trim() === '') {
        throw new RangeError(`Calendar day ${entry.date} has no name`);
      }
      if (seen.has(dayNumber)) throw new RangeError(`Calendar day ${entry.date} is listed more than once`);
      seen.add(dayNumber);
      if (entry.kind === 'holiday') {
        if (!isWeekend(dayNumber)) holidays.push(dayNumber);
      } else if (entry.kind === 'working_saturday') {
        if (weekdayOf(dayNumber) !== 6) {
          throw new RangeError(`Calendar day ${entry.date} is marked working_saturday but is not a Saturday`);
        }
        saturdays.push(dayNumber);
      } else {
        throw new RangeError(`Calendar day ${entry.date} has unknown kind ${JSON.stringify(entry.kind)}`);
      }
    }
    this.weekdayHolidays = holidays.sort((a, b) => a - b);
    this.workingSaturdays = saturdays.sort((a, b) => a - b);
    this.holidaySet = new Set(holidays);
    this.workingSaturdaySet = new Set(saturdays);
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(parseDay(date));
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    return formatDay(this.nthWorkingDayAfter(parseDay(date), 1));
  }

  /**
   * The n-th working day strictly after `date` (n >= 1); for n = 0, `date` itself when it is a
   * working day, otherwise the next working day.
   */
  addWorkingDays(date: string, n: number): string {
    checkCount(n, 'number of working days');
    return formatDay(this.addWorkingDayNumbers(parseDay(date), n));
  }

  /**
   * Due instant for a step opened at `openedAt` with a limit of `slaWorkingDays`: the end
   * (23:59:59.999+07:00) of the N-th working day after the local date of `openedAt`. The opening
   * day itself never counts, whatever the hour. With N = 0 the due date is the opening day if it
   * is a working day, otherwise the next working day. The due date is always a working day.
   */
  dueAt(openedAt: Date, slaWorkingDays: number): Date {
    checkCount(slaWorkingDays, 'SLA in working days');
    const opened = localDayOf(openedAt, 'openedAt');
    return endOfDay(this.addWorkingDayNumbers(opened, slaWorkingDays));
  }

  /**
   * Working days d with localDate(from) < d <= localDate(to); 0 when `to` <= `from`.
   * For every n >= 1: workingDaysBetween(x, dueAt(x, n)) === n (also for n = 0 when x falls on
   * a working day).
   */
  workingDaysBetween(from: Date, to: Date): number {
    const fromMs = instantMs(from, 'from');
    const toMs = instantMs(to, 'to');
    if (toMs <= fromMs) return 0;
    return this.countWorkingDays(localDayOf(from, 'from'), localDayOf(to, 'to'));
  }

  /**
   * Working days left before `due`, as seen at `now`. Never 0 when overdue, so the sign alone
   * tells whether the deadline has passed:
   * - now <= due: workingDaysBetween(now, due) >= 0, the working days after today up to and
   *   including the due date. 0 means "due today" (or due later today); for a due instant made by
   *   dueAt(x, n), it is n on the opening day and decreases by one on each working day.
   * - now > due: -max(1, workingDaysBetween(due, now)), minus the working days after the due date
   *   up to and including today. Right after a due date at the end of a Friday it is -1 over the
   *   weekend, still -1 on Monday, then -2 on Tuesday.
   */
  workingDaysLeft(now: Date, due: Date): number {
    const nowMs = instantMs(now, 'now');
    const dueMs = instantMs(due, 'due');
    if (nowMs <= dueMs) return this.workingDaysBetween(now, due);
    return -Math.max(1, this.workingDaysBetween(due, now));
  }

  // ---- internals on day numbers ----

  private isWorkingDayNumber(dayNumber: number): boolean {
    if (isWeekend(dayNumber)) return this.workingSaturdaySet.has(dayNumber);
    return !this.holidaySet.has(dayNumber);
  }

  private addWorkingDayNumbers(start: number, n: number): number {
    if (n === 0) return this.isWorkingDayNumber(start) ? start : this.nthWorkingDayAfter(start, 1);
    return this.nthWorkingDayAfter(start, n);
  }

  private nthWorkingDayAfter(start: number, n: number): number {
    let day = start;
    let remaining = n;
    while (remaining > 0) {
      day += 1;
      if (day > MAX_DAY) formatDay(day); // throws: past 9999-12-31
      if (this.isWorkingDayNumber(day)) remaining -= 1;
    }
    return day;
  }

  /** Working days in (from, to], by counting weekdays and correcting with the sorted exceptions. */
  private countWorkingDays(from: number, to: number): number {
    if (to <= from) return 0;
    const weekdays = weekdaysBefore(to + 1) - weekdaysBefore(from + 1);
    const holidays = countAtMost(this.weekdayHolidays, to) - countAtMost(this.weekdayHolidays, from);
    const saturdays = countAtMost(this.workingSaturdays, to) - countAtMost(this.workingSaturdays, from);
    return weekdays - holidays + saturdays;
  }
}
