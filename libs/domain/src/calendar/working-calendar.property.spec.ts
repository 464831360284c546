import fc from 'fast-check';
import { HOLIDAY_SEED } from './holiday-seed';
import { CalendarDay, WorkingCalendar, endOfLocalDay, localDateOf } from './working-calendar';

// Property tests. The references below use Date's UTC methods, independent of the library code.
const DAY_MS = 86_400_000;
const BASE_MS = Date.UTC(2024, 0, 1); // Mon 2024-01-01
const SPAN_DAYS = 5 * 366; // 2024 … 2028, around the seeded years
const isoDay = (offset: number): string => new Date(BASE_MS + offset * DAY_MS).toISOString().slice(0, 10);
const shiftDay = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const utcWeekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const referenceLocalDate = (instant: Date): string =>
  new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

const seeded = new WorkingCalendar(HOLIDAY_SEED);

const dateArb = fc.integer({ min: 0, max: SPAN_DAYS }).map(isoDay);
const instantArb = fc.integer({ min: BASE_MS, max: BASE_MS + SPAN_DAYS * DAY_MS }).map((ms) => new Date(ms));
const slaArb = fc.integer({ min: 0, max: 60 });

/** Random calendars: weekday holidays, weekend "holidays" (no effect) and worked Saturdays. */
const calendarArb: fc.Arbitrary<WorkingCalendar> = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: SPAN_DAYS }), fc.boolean()), {
    selector: ([offset]) => offset,
    maxLength: 80,
  })
  .map((picks) => {
    const days: CalendarDay[] = picks.map(([offset, flag]) => {
      const date = isoDay(offset);
      const kind = utcWeekday(date) === 6 && flag ? 'working_saturday' : 'holiday';
      return { date, kind, name: kind === 'holiday' ? 'Ngày nghỉ' : 'Ngày làm bù' };
    });
    return new WorkingCalendar(days);
  });
const anyCalendarArb = fc.oneof(fc.constant(seeded), calendarArb);

/** Brute-force count of working days in (localDate(from), localDate(to)]. */
function bruteBetween(cal: WorkingCalendar, from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  let count = 0;
  for (let d = shiftDay(localDateOf(from), 1); d <= localDateOf(to); d = shiftDay(d, 1)) {
    if (cal.isWorkingDay(d)) count += 1;
  }
  return count;
}

describe('local dates (properties)', () => {
  it('localDateOf matches a +7h UTC shift', () => {
    fc.assert(fc.property(instantArb, (t) => localDateOf(t) === referenceLocalDate(t)));
  });

  it('endOfLocalDay is the last millisecond of that local date', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const end = endOfLocalDay(d);
        expect(localDateOf(end)).toBe(d);
        expect(localDateOf(new Date(end.getTime() + 1))).toBe(shiftDay(d, 1));
        expect(end.getTime() - Date.parse(`${d}T00:00:00+07:00`)).toBe(DAY_MS - 1);
      }),
    );
  });

  it('without entries the calendar is plain Monday–Friday', () => {
    const plain = new WorkingCalendar([]);
    fc.assert(fc.property(dateArb, (d) => plain.isWorkingDay(d) === [1, 2, 3, 4, 5].includes(utcWeekday(d))));
  });
});

describe('WorkingCalendar (properties)', () => {
  it('addWorkingDays always lands on a working day on or after the start', () => {
    fc.assert(
      fc.property(anyCalendarArb, dateArb, slaArb, (cal, d, n) => {
        const result = cal.addWorkingDays(d, n);
        expect(cal.isWorkingDay(result)).toBe(true);
        expect(result >= d).toBe(true);
        if (n >= 1) expect(result > d).toBe(true);
      }),
    );
  });

  it('addWorkingDays then workingDaysBetween gives back n (n >= 1)', () => {
    fc.assert(
      fc.property(anyCalendarArb, dateArb, fc.integer({ min: 1, max: 60 }), (cal, d, n) => {
        const result = cal.addWorkingDays(d, n);
        const from = new Date(`${d}T08:00:00+07:00`);
        const to = new Date(`${result}T16:00:00+07:00`);
        expect(cal.workingDaysBetween(from, to)).toBe(n);
      }),
    );
  });

  it('addWorkingDays(d, n + 1) is the next working day after addWorkingDays(d, n) (n >= 1)', () => {
    fc.assert(
      fc.property(anyCalendarArb, dateArb, fc.integer({ min: 1, max: 40 }), (cal, d, n) => {
        expect(cal.addWorkingDays(d, n + 1)).toBe(cal.nextWorkingDay(cal.addWorkingDays(d, n)));
      }),
    );
  });

  it('nextWorkingDay skips exactly the non-working days', () => {
    fc.assert(
      fc.property(anyCalendarArb, dateArb, (cal, d) => {
        const next = cal.nextWorkingDay(d);
        expect(next).toBe(cal.addWorkingDays(d, 1));
        expect(cal.isWorkingDay(next)).toBe(true);
        for (let x = shiftDay(d, 1); x < next; x = shiftDay(x, 1)) expect(cal.isWorkingDay(x)).toBe(false);
        expect(cal.addWorkingDays(d, 0)).toBe(cal.isWorkingDay(d) ? d : next);
      }),
    );
  });

  it('workingDaysBetween matches a day-by-day count', () => {
    fc.assert(
      fc.property(anyCalendarArb, instantArb, instantArb, (cal, a, b) => {
        expect(cal.workingDaysBetween(a, b)).toBe(bruteBetween(cal, a, b));
      }),
      { numRuns: 200 },
    );
  });

  it('workingDaysBetween is additive over ordered instants', () => {
    fc.assert(
      fc.property(anyCalendarArb, instantArb, instantArb, instantArb, (cal, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        expect(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c)).toBe(cal.workingDaysBetween(a, c));
      }),
    );
  });

  it('dueAt is the end of a working day, not before the opening instant', () => {
    fc.assert(
      fc.property(anyCalendarArb, instantArb, slaArb, (cal, opened, n) => {
        const due = cal.dueAt(opened, n);
        const dueDate = localDateOf(due);
        expect(due.getTime()).toBe(endOfLocalDay(dueDate).getTime());
        expect(cal.isWorkingDay(dueDate)).toBe(true);
        expect(due.getTime()).toBeGreaterThanOrEqual(opened.getTime());
        expect(dueDate).toBe(cal.addWorkingDays(localDateOf(opened), n));
      }),
    );
  });

  it('dueAt is monotonic in n, strictly from n = 1', () => {
    fc.assert(
      fc.property(anyCalendarArb, instantArb, slaArb, slaArb, (cal, opened, p, q) => {
        const [n, m] = p <= q ? [p, q] : [q, p];
        const dn = cal.dueAt(opened, n).getTime();
        const dm = cal.dueAt(opened, m).getTime();
        expect(dn).toBeLessThanOrEqual(dm);
        if (n >= 1 && n < m) expect(dn).toBeLessThan(dm);
      }),
    );
  });

  it('workingDaysBetween(x, dueAt(x, n)) === n, and so does workingDaysLeft at x', () => {
    fc.assert(
      fc.property(anyCalendarArb, instantArb, fc.integer({ min: 1, max: 60 }), (cal, opened, n) => {
        const due = cal.dueAt(opened, n);
        expect(cal.workingDaysBetween(opened, due)).toBe(n);
        expect(cal.workingDaysLeft(opened, due)).toBe(n);
      }),
    );
  });

  it('workingDaysLeft is negative exactly when overdue, and never increases as time passes', () => {
    fc.assert(
      fc.property(anyCalendarArb, instantArb, instantArb, instantArb, (cal, due, x, y) => {
        const [early, late] = x.getTime() <= y.getTime() ? [x, y] : [y, x];
        const left = cal.workingDaysLeft(early, due);
        expect(left < 0).toBe(early.getTime() > due.getTime());
        expect(cal.workingDaysLeft(late, due)).toBeLessThanOrEqual(left);
        if (left >= 0) expect(left).toBe(cal.workingDaysBetween(early, due));
        else expect(left).toBe(-Math.max(1, cal.workingDaysBetween(due, early)));
      }),
    );
  });
});
