import { HOLIDAY_SEED, HOLIDAYS_2025, HOLIDAYS_2026, HOLIDAYS_2027, SEEDED_YEARS } from './holiday-seed';
import { CalendarDay, WorkingCalendar } from './working-calendar';

const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const datesOf = (days: readonly CalendarDay[], kind: CalendarDay['kind']): string[] =>
  days.filter((d) => d.kind === kind).map((d) => d.date);
const byYear: Record<number, readonly CalendarDay[]> = { 2025: HOLIDAYS_2025, 2026: HOLIDAYS_2026, 2027: HOLIDAYS_2027 };

describe('holiday seed', () => {
  it('covers 2025–2027 and concatenates the years in date order', () => {
    expect(SEEDED_YEARS).toEqual([2025, 2026, 2027]);
    expect(HOLIDAY_SEED).toEqual([...HOLIDAYS_2025, ...HOLIDAYS_2026, ...HOLIDAYS_2027]);
    const dates = HOLIDAY_SEED.map((d) => d.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('builds a valid calendar', () => {
    expect(() => new WorkingCalendar(HOLIDAY_SEED)).not.toThrow();
  });

  it.each(SEEDED_YEARS.map((y) => [y] as const))('%i: entries are well-formed and in their year', (year) => {
    for (const day of byYear[year] ?? []) {
      expect(day.date).toMatch(new RegExp(`^${year}-\\d{2}-\\d{2}$`));
      expect(new Date(`${day.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day.date); // a real date
      expect(day.name.trim().length).toBeGreaterThan(0);
      expect(['holiday', 'working_saturday']).toContain(day.kind);
      // only entries that change the day's status: holidays on Mon–Fri, worked Saturdays
      if (day.kind === 'holiday') expect([1, 2, 3, 4, 5]).toContain(weekday(day.date));
      else expect(weekday(day.date)).toBe(6);
    }
  });

  it.each([
    [2025, 11],
    [2026, 12],
    [2027, 12],
  ] as const)('%i nets %i weekdays off (the 11 statutory ones, plus 24/11 from 2026)', (year, net) => {
    const days = byYear[year] ?? [];
    expect(datesOf(days, 'holiday').length - datesOf(days, 'working_saturday').length).toBe(net);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(HOLIDAY_SEED)).toBe(true);
    expect(Object.isFrozen(HOLIDAYS_2026)).toBe(true);
    expect(HOLIDAY_SEED.every((d) => Object.isFrozen(d))).toBe(true);
  });

  it('2026 is exactly the schedule in DOMAIN.md', () => {
    expect(datesOf(HOLIDAYS_2026, 'holiday')).toEqual([
      '2026-01-01', // Tết Dương lịch (Thu)
      '2026-02-16', // Tết: Sat 14/2 – Sun 22/2, mùng 1 = Tue 17/2
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27', // Giỗ Tổ Sun 26/4 → Mon 27/4
      '2026-04-30',
      '2026-05-01',
      '2026-08-31', // swapped for Sat 22/8
      '2026-09-01',
      '2026-09-02',
      '2026-11-24', // Ngày Văn hóa Việt Nam (Tue), from 2026
    ]);
    expect(datesOf(HOLIDAYS_2026, 'working_saturday')).toEqual(['2026-08-22']);
    expect(HOLIDAYS_2026.some((d) => d.estimated)).toBe(false);
  });

  it('2026 names are Vietnamese', () => {
    const name = (date: string) => HOLIDAYS_2026.find((d) => d.date === date)?.name;
    expect(name('2026-01-01')).toBe('Tết Dương lịch');
    expect(name('2026-02-17')).toBe('Tết Nguyên đán');
    expect(name('2026-04-27')).toBe('Giỗ Tổ Hùng Vương (nghỉ bù)');
    expect(name('2026-04-30')).toBe('Ngày Giải phóng miền Nam');
    expect(name('2026-05-01')).toBe('Quốc tế Lao động');
    expect(name('2026-09-02')).toBe('Quốc khánh');
    expect(name('2026-08-22')).toBe('Làm bù cho ngày 31/8');
    expect(name('2026-11-24')).toBe('Ngày Văn hóa Việt Nam');
  });

  it('2025: Tết 25/1–2/2, Giỗ Tổ 7/4, 30/4–4/5 with Sat 26/4 worked, Quốc khánh 1/9–2/9', () => {
    expect(datesOf(HOLIDAYS_2025, 'holiday')).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(datesOf(HOLIDAYS_2025, 'working_saturday')).toEqual(['2025-04-26']);
    expect(HOLIDAYS_2025.some((d) => d.estimated)).toBe(false);
  });

  it('2027: fixed-date holidays are certain, Tết and the adjacent / compensatory days are estimates', () => {
    const estimated = HOLIDAYS_2027.filter((d) => d.estimated).map((d) => d.date);
    expect(estimated).toEqual(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-05-03', '2027-09-03']);
    const certain = HOLIDAYS_2027.filter((d) => !d.estimated).map((d) => d.date);
    expect(certain).toEqual(['2027-01-01', '2027-04-16', '2027-04-30', '2027-09-02', '2027-11-24']);
    expect(datesOf(HOLIDAYS_2027, 'working_saturday')).toEqual([]);
  });

  it('every Tết break spans the lunar new year', () => {
    const cal = new WorkingCalendar(HOLIDAY_SEED);
    for (const mung1 of ['2025-01-29', '2026-02-17', '2027-02-06']) {
      expect(cal.isWorkingDay(mung1)).toBe(false);
    }
  });
});
