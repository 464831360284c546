import { HOLIDAY_SEED } from './holiday-seed';
import { WorkingCalendar } from './working-calendar';

// The official days, written out by hand from the published schedules (2025, 2026) and the
// Labour Code (2027; * = estimate until the government announces it), independently of
// holiday-seed.ts: every Monday–Friday that is NOT worked, and every Saturday that IS worked.
const OFFICIAL_WEEKDAYS_OFF: Record<number, string[]> = {
  2025: ['01-01', '01-27', '01-28', '01-29', '01-30', '01-31', '04-07', '04-30', '05-01', '05-02', '09-01', '09-02'],
  2026: ['01-01', '02-16', '02-17', '02-18', '02-19', '02-20', '04-27', '04-30', '05-01', '08-31', '09-01', '09-02', '11-24'],
  // Tết 4/2–10/2*, Giỗ Tổ Fri 16/4, 30/4, 1/5 (Sat) given back Mon 3/5*, 2/9 + Fri 3/9*, 24/11
  2027: ['01-01', '02-04', '02-05', '02-08', '02-09', '02-10', '04-16', '04-30', '05-03', '09-02', '09-03', '11-24'],
};
const OFFICIAL_SATURDAYS_WORKED: Record<number, string[]> = { 2025: ['04-26'], 2026: ['08-22'], 2027: [] };

function everyDayOf(year: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('seeded calendar against the official days, 2025–2027', () => {
  const calendar = new WorkingCalendar(HOLIDAY_SEED);

  it.each([2025, 2026, 2027])('%i: the weekdays off and the worked Saturdays are exactly the official ones', (year) => {
    const days = everyDayOf(year);
    const weekdaysOff = days.filter((d) => weekday(d) >= 1 && weekday(d) <= 5 && !calendar.isWorkingDay(d));
    const saturdaysWorked = days.filter((d) => weekday(d) === 6 && calendar.isWorkingDay(d));
    expect(weekdaysOff).toEqual(OFFICIAL_WEEKDAYS_OFF[year]!.map((md) => `${year}-${md}`));
    expect(saturdaysWorked).toEqual(OFFICIAL_SATURDAYS_WORKED[year]!.map((md) => `${year}-${md}`));
    expect(days.filter((d) => weekday(d) === 0 && calendar.isWorkingDay(d))).toEqual([]); // no Sunday is worked
  });

  it('24/11 is off from 2026 only, and the day after is worked', () => {
    expect(calendar.isWorkingDay('2025-11-24')).toBe(true); // Mon, before Nghị quyết 80-NQ/TW applies
    expect(calendar.isWorkingDay('2026-11-24')).toBe(false); // Tue
    expect(calendar.isWorkingDay('2027-11-24')).toBe(false); // Wed
    expect(calendar.nextWorkingDay('2026-11-24')).toBe('2026-11-25');
    expect(calendar.addWorkingDays('2026-11-23', 1)).toBe('2026-11-25');
  });
});
