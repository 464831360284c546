import { HOLIDAY_SEED } from './holiday-seed';
import { CalendarDay, WorkingCalendar, endOfLocalDay, localDateOf, VN_UTC_OFFSET_MINUTES } from './working-calendar';

const calendar = new WorkingCalendar(HOLIDAY_SEED);
/** An instant given as local time in Asia/Ho_Chi_Minh. */
const vn = (date: string, time = '09:00:00'): Date => new Date(`${date}T${time}+07:00`);
const dueDate = (opened: Date, n: number): string => localDateOf(calendar.dueAt(opened, n));

describe('localDateOf / endOfLocalDay', () => {
  it('uses a fixed +07:00 offset', () => {
    expect(VN_UTC_OFFSET_MINUTES).toBe(420);
  });

  it('switches the local date at 17:00:00Z', () => {
    expect(localDateOf(new Date('2026-02-12T16:59:59.999Z'))).toBe('2026-02-12');
    expect(localDateOf(new Date('2026-02-12T17:00:00.000Z'))).toBe('2026-02-13');
    expect(localDateOf(new Date('2026-12-31T16:59:59.999Z'))).toBe('2026-12-31');
    expect(localDateOf(new Date('2026-12-31T17:00:00.000Z'))).toBe('2027-01-01');
    expect(localDateOf(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
    expect(localDateOf(new Date('2024-02-29T12:00:00Z'))).toBe('2024-02-29');
    expect(localDateOf(new Date('1969-12-31T17:00:00Z'))).toBe('1970-01-01');
    expect(localDateOf(new Date('1969-12-31T16:59:59Z'))).toBe('1969-12-31');
  });

  it('gives the last millisecond of the local day', () => {
    expect(endOfLocalDay('2026-03-19').toISOString()).toBe('2026-03-19T16:59:59.999Z');
    expect(endOfLocalDay('2026-12-31').toISOString()).toBe('2026-12-31T16:59:59.999Z');
    expect(endOfLocalDay('2028-02-29').toISOString()).toBe('2028-02-29T16:59:59.999Z');
    expect(localDateOf(endOfLocalDay('2026-03-19'))).toBe('2026-03-19');
    expect(localDateOf(new Date(endOfLocalDay('2026-03-19').getTime() + 1))).toBe('2026-03-20');
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-01-01', false], // Tết Dương lịch (Thu)
    ['2026-01-02', true], // Fri
    ['2026-01-03', false], // Sat
    ['2026-02-13', true], // Fri before Tết
    ['2026-02-14', false], // Sat, start of Tết break
    ['2026-02-16', false],
    ['2026-02-17', false], // mùng 1 Tết
    ['2026-02-20', false],
    ['2026-02-22', false], // Sun, end of Tết break
    ['2026-02-23', true], // back to work
    ['2026-04-26', false], // Giỗ Tổ on a Sunday
    ['2026-04-27', false], // Mon, nghỉ bù Giỗ Tổ
    ['2026-04-28', true],
    ['2026-04-30', false],
    ['2026-05-01', false],
    ['2026-05-04', true],
    ['2026-08-21', true], // Fri
    ['2026-08-22', true], // Sat, làm bù cho 31/8
    ['2026-08-23', false], // Sun
    ['2026-08-29', false], // Sat
    ['2026-08-31', false], // Mon, swapped
    ['2026-09-01', false],
    ['2026-09-02', false],
    ['2026-09-03', true],
    ['2025-04-26', true], // Sat worked in 2025 for Fri 2/5
    ['2025-05-02', false],
    ['2030-01-07', true], // unseeded year: plain Mon–Fri
    ['2030-01-05', false],
  ])('%s → %s', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });
});

describe('nextWorkingDay', () => {
  it.each([
    ['2026-02-12', '2026-02-13'], // Thu → Fri
    ['2026-02-13', '2026-02-23'], // Fri before Tết → Mon after Tết
    ['2026-02-17', '2026-02-23'], // from inside Tết
    ['2026-04-24', '2026-04-28'], // Fri → Tue (Mon 27/4 off)
    ['2026-04-29', '2026-05-04'], // Wed → Mon (30/4, 1/5 off)
    ['2026-08-21', '2026-08-22'], // Fri → working Sat
    ['2026-08-22', '2026-08-24'], // working Sat → Mon
    ['2026-08-28', '2026-09-03'], // Fri → Thu after Quốc khánh
    ['2026-12-31', '2027-01-04'], // Thu → Mon (1/1/2027 Fri off)
    ['2025-12-31', '2026-01-02'], // Wed → Fri (1/1/2026 Thu off)
    ['2025-01-24', '2025-02-03'], // Tết 2025
    ['2025-04-25', '2025-04-26'], // → working Sat 2025
    ['2025-04-29', '2025-05-05'],
  ])('after %s is %s', (date, expected) => {
    expect(calendar.nextWorkingDay(date)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it('n = 0 keeps a working day and moves a day off to the next working day', () => {
    expect(calendar.addWorkingDays('2026-02-12', 0)).toBe('2026-02-12');
    expect(calendar.addWorkingDays('2026-08-22', 0)).toBe('2026-08-22');
    expect(calendar.addWorkingDays('2026-02-14', 0)).toBe('2026-02-23');
    expect(calendar.addWorkingDays('2026-08-31', 0)).toBe('2026-09-03');
  });

  it('counts strictly after the start date', () => {
    expect(calendar.addWorkingDays('2026-02-12', 1)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-12', 2)).toBe('2026-02-23');
    expect(calendar.addWorkingDays('2026-02-14', 1)).toBe('2026-02-23'); // from a Saturday
  });

  it('crosses the year boundary 2026 → 2027', () => {
    // after Thu 31/12/2026: Fri 1/1/2027 is off, so Mon 4/1 (1), Tue 5/1 (2), Wed 6/1 (3)
    expect(calendar.addWorkingDays('2026-12-31', 3)).toBe('2027-01-06');
    // Thu 24/12/2026 + 5: Fri 25 (1), Mon 28 (2), Tue 29 (3), Wed 30 (4), Thu 31 (5)
    expect(calendar.addWorkingDays('2026-12-24', 5)).toBe('2026-12-31');
    expect(calendar.addWorkingDays('2026-12-24', 6)).toBe('2027-01-04');
  });

  it('handles leap days and long spans', () => {
    expect(calendar.addWorkingDays('2028-02-28', 1)).toBe('2028-02-29'); // Mon → Tue 29/2
    // plain Mon–Fri calendar: 260 working days after Mon 2030-01-07 (52 weeks) is Mon 2031-01-06
    expect(new WorkingCalendar([]).addWorkingDays('2030-01-07', 260)).toBe('2031-01-06');
  });
});

describe('dueAt', () => {
  it('appraisal opened Thu 12/02/2026 with SLA 20 is due at the end of Thu 19/03/2026', () => {
    // Working days after Thu 12/2: Fri 13/2 (1); Sat 14/2–Sun 22/2 is the Tết break;
    // Mon 23/2–Fri 27/2 (2–6); Mon 2/3–Fri 6/3 (7–11); Mon 9/3–Fri 13/3 (12–16);
    // Mon 16/3 (17), Tue 17/3 (18), Wed 18/3 (19), Thu 19/3 (20).
    // Without Tết it would have been Thu 12/3: the break costs 5 working days.
    const due = calendar.dueAt(vn('2026-02-12', '10:30:00'), 20);
    expect(due.toISOString()).toBe('2026-03-19T16:59:59.999Z');
    expect(new WorkingCalendar([]).dueAt(vn('2026-02-12'), 20).toISOString()).toBe('2026-03-12T16:59:59.999Z');
  });

  it('the hour of opening does not matter, only the local date', () => {
    expect(dueDate(new Date('2026-02-11T17:00:00.000Z'), 20)).toBe('2026-03-19'); // 00:00 local 12/2
    expect(dueDate(new Date('2026-02-12T16:59:59.999Z'), 20)).toBe('2026-03-19'); // 23:59:59.999 local 12/2
    // one millisecond later it is Fri 13/2 locally: 20 working days after Fri 13/2 is Fri 20/3
    expect(dueDate(new Date('2026-02-12T17:00:00.000Z'), 20)).toBe('2026-03-20');
  });

  it('30/4–1/5/2026 and the Giỗ Tổ day off', () => {
    // after Wed 22/4: Thu 23 (1), Fri 24 (2), [Mon 27 off], Tue 28 (3), Wed 29 (4),
    // [Thu 30/4, Fri 1/5 off], Mon 4/5 (5)
    expect(dueDate(vn('2026-04-22'), 5)).toBe('2026-05-04');
    expect(dueDate(vn('2026-04-29'), 1)).toBe('2026-05-04');
    // council voting window of 5 days opened on the holiday itself, Thu 30/4: Mon 4/5 … Fri 8/5
    expect(dueDate(vn('2026-04-30'), 5)).toBe('2026-05-08');
  });

  it('Quốc khánh 2026: Sat 22/8 is worked, Mon 31/8–Wed 2/9 are off', () => {
    expect(dueDate(vn('2026-08-21'), 1)).toBe('2026-08-22'); // Fri → working Sat
    // after Fri 21/8: Sat 22 (1), Mon 24 (2), Tue 25 (3), Wed 26 (4), Thu 27 (5), Fri 28 (6),
    // [Sat 29 – Wed 2/9 off], Thu 3/9 (7)
    expect(dueDate(vn('2026-08-21'), 5)).toBe('2026-08-27');
    expect(dueDate(vn('2026-08-21'), 6)).toBe('2026-08-28');
    expect(dueDate(vn('2026-08-21'), 7)).toBe('2026-09-03');
    // opened on the working Saturday itself: Mon 24/8 is day 1
    expect(dueDate(vn('2026-08-22'), 1)).toBe('2026-08-24');
    // 10-day return of a dossier opened Tue 25/8: Wed 26 (1), Thu 27 (2), Fri 28 (3), Thu 3/9 (4),
    // Fri 4/9 (5), Mon 7/9–Thu 10/9 (6–9), Fri 11/9 (10)
    expect(dueDate(vn('2026-08-25'), 10)).toBe('2026-09-11');
  });

  it('crosses into 2027', () => {
    // after Mon 28/12/2026: Tue 29 (1), Wed 30 (2), Thu 31 (3), [Fri 1/1 off], Mon 4/1 (4), Tue 5/1 (5)
    expect(dueDate(vn('2026-12-28'), 5)).toBe('2027-01-05');
    expect(dueDate(new Date('2026-12-31T16:59:59.999Z'), 1)).toBe('2027-01-04'); // still Thu 31/12
    expect(dueDate(new Date('2026-12-31T17:00:00.000Z'), 1)).toBe('2027-01-04'); // Fri 1/1, a holiday
  });

  it('2025 schedule', () => {
    expect(dueDate(vn('2025-01-24'), 1)).toBe('2025-02-03'); // Tết 25/1–2/2/2025
    expect(dueDate(vn('2025-04-25'), 1)).toBe('2025-04-26'); // working Sat 26/4/2025
    // after Fri 25/4/2025: Sat 26 (1), Mon 28 (2), Tue 29 (3), [30/4–4/5 off], Mon 5/5 (4)
    expect(dueDate(vn('2025-04-25'), 4)).toBe('2025-05-05');
    expect(dueDate(vn('2025-08-29'), 1)).toBe('2025-09-03'); // Quốc khánh 30/8–2/9/2025
  });

  it('SLA 0 is due at the end of the opening day, or of the next working day', () => {
    expect(calendar.dueAt(vn('2026-02-12'), 0).toISOString()).toBe('2026-02-12T16:59:59.999Z');
    expect(dueDate(vn('2026-02-15'), 0)).toBe('2026-02-23');
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the local date of `from` up to and including that of `to`', () => {
    expect(calendar.workingDaysBetween(vn('2026-02-12'), vn('2026-03-19'))).toBe(20);
    expect(calendar.workingDaysBetween(vn('2026-02-12'), vn('2026-02-23'))).toBe(2);
    expect(calendar.workingDaysBetween(vn('2026-02-13'), vn('2026-02-22'))).toBe(0); // only Tết
    expect(calendar.workingDaysBetween(vn('2026-08-21'), vn('2026-08-22'))).toBe(1); // working Sat
    expect(calendar.workingDaysBetween(vn('2026-08-28'), vn('2026-09-03'))).toBe(1);
    expect(calendar.workingDaysBetween(vn('2026-12-31'), vn('2027-01-04'))).toBe(1);
    // whole year 2026: 261 Mon–Fri days − 13 weekday holidays (24/11 included) + 1 worked Saturday = 249
    expect(calendar.workingDaysBetween(vn('2025-12-31'), vn('2026-12-31'))).toBe(249);
  });

  it('is 0 on the same local day and when `to` is not after `from`', () => {
    expect(calendar.workingDaysBetween(vn('2026-02-12', '08:00:00'), vn('2026-02-12', '17:00:00'))).toBe(0);
    expect(calendar.workingDaysBetween(vn('2026-03-19'), vn('2026-02-12'))).toBe(0);
    expect(calendar.workingDaysBetween(vn('2026-03-19'), vn('2026-03-19'))).toBe(0);
  });

  it('follows local midnight', () => {
    const from = vn('2026-02-12');
    expect(calendar.workingDaysBetween(from, new Date('2026-02-12T16:59:59.999Z'))).toBe(0);
    expect(calendar.workingDaysBetween(from, new Date('2026-02-12T17:00:00.000Z'))).toBe(1);
  });
});

describe('workingDaysLeft', () => {
  const due = calendar.dueAt(vn('2026-02-12'), 20); // end of Thu 19/3/2026

  it.each([
    ['2026-02-12', '10:00:00', 20], // opening day
    ['2026-02-13', '10:00:00', 19],
    ['2026-02-16', '10:00:00', 19], // during Tết nothing is used up
    ['2026-02-23', '10:00:00', 18],
    ['2026-03-17', '10:00:00', 2], // "2 working days before" reminder
    ['2026-03-19', '08:00:00', 0], // due today
    ['2026-03-19', '23:59:59.999', 0],
    ['2026-03-20', '00:00:00', -1], // first working day past due
    ['2026-03-21', '10:00:00', -1], // Sat
    ['2026-03-23', '10:00:00', -2], // Mon
  ])('on %s %s → %d', (date, time, expected) => {
    expect(calendar.workingDaysLeft(vn(date, time), due)).toBe(expected);
  });

  it('is -1, not 0, as soon as a due date at the end of a Friday has passed', () => {
    const fridayDue = calendar.dueAt(vn('2026-02-26'), 1); // end of Fri 27/2/2026
    expect(localDateOf(fridayDue)).toBe('2026-02-27');
    expect(calendar.workingDaysLeft(fridayDue, fridayDue)).toBe(0);
    expect(calendar.workingDaysLeft(new Date(fridayDue.getTime() + 1), fridayDue)).toBe(-1); // Sat 00:00
    expect(calendar.workingDaysLeft(vn('2026-03-01'), fridayDue)).toBe(-1); // Sun
    expect(calendar.workingDaysLeft(vn('2026-03-02'), fridayDue)).toBe(-1); // Mon
    expect(calendar.workingDaysLeft(vn('2026-03-03'), fridayDue)).toBe(-2); // Tue
  });

  it('is negative when the due instant passed earlier the same day', () => {
    expect(calendar.workingDaysLeft(vn('2026-03-19', '15:00:00'), vn('2026-03-19', '14:00:00'))).toBe(-1);
  });
});

describe('input validation', () => {
  it.each(['2026-2-1', '2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '0000-01-01', '', '2026-02-12T00:00', ' 2026-02-12'])(
    'rejects the date %j',
    (bad) => {
      expect(() => calendar.isWorkingDay(bad)).toThrow(RangeError);
      expect(() => calendar.nextWorkingDay(bad)).toThrow(RangeError);
      expect(() => calendar.addWorkingDays(bad, 1)).toThrow(RangeError);
      expect(() => endOfLocalDay(bad)).toThrow(RangeError);
    },
  );

  it('names the problem in the message', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow('no such calendar day');
    expect(() => calendar.isWorkingDay('12/02/2026')).toThrow('expected a local date YYYY-MM-DD');
    expect(() => calendar.addWorkingDays('2026-02-12', -1)).toThrow('expected an integer from 0');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 100_001])('rejects n = %p', (n) => {
    expect(() => calendar.addWorkingDays('2026-02-12', n)).toThrow(RangeError);
    expect(() => calendar.dueAt(vn('2026-02-12'), n)).toThrow(RangeError);
  });

  it('rejects invalid instants', () => {
    const invalid = new Date(Number.NaN);
    expect(() => localDateOf(invalid)).toThrow(RangeError);
    expect(() => calendar.dueAt(invalid, 1)).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween(invalid, vn('2026-02-12'))).toThrow(RangeError);
    expect(() => calendar.workingDaysLeft(vn('2026-02-12'), invalid)).toThrow(RangeError);
    expect(() => localDateOf('2026-02-12' as unknown as Date)).toThrow(RangeError);
    expect(() => localDateOf(new Date('+010000-01-01T00:00:00Z'))).toThrow(RangeError);
  });

  it('refuses to run past 9999-12-31', () => {
    expect(() => calendar.nextWorkingDay('9999-12-31')).toThrow(RangeError);
    expect(calendar.nextWorkingDay('9999-12-30')).toBe('9999-12-31'); // Thu → Fri
  });

  it('rejects malformed calendar entries', () => {
    const make = (days: CalendarDay[]) => () => new WorkingCalendar(days);
    expect(make([{ date: '2026-02-30', kind: 'holiday', name: 'x' }])).toThrow(RangeError);
    expect(make([{ date: '2026-08-24', kind: 'working_saturday', name: 'x' }])).toThrow('is not a Saturday');
    expect(make([{ date: '2026-01-01', kind: 'holiday', name: ' ' }])).toThrow('has no name');
    expect(make([{ date: '2026-01-01', kind: 'day_off' as 'holiday', name: 'x' }])).toThrow('unknown kind');
    const dup: CalendarDay[] = [
      { date: '2026-01-01', kind: 'holiday', name: 'a' },
      { date: '2026-01-01', kind: 'holiday', name: 'b' },
    ];
    expect(make(dup)).toThrow('more than once');
    expect(() => new WorkingCalendar(null as unknown as CalendarDay[])).toThrow(RangeError);
  });

  it('accepts a holiday on a weekend without effect', () => {
    const withSunday = new WorkingCalendar([{ date: '2026-04-26', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' }]);
    expect(withSunday.isWorkingDay('2026-04-26')).toBe(false);
    expect(withSunday.isWorkingDay('2026-04-27')).toBe(true); // nghỉ bù is a separate entry
    expect(withSunday.workingDaysBetween(vn('2026-04-24'), vn('2026-04-27'))).toBe(1);
  });
});
