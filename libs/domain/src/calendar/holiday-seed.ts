// Seed rows for the `holidays` table: days off and worked Saturdays (ngày làm bù) of Vietnamese
// civil servants (cán bộ, công chức, viên chức), 2025–2027. Admins edit the table afterwards;
// this file is only the starting point.
//
// Only entries that change a day's status are listed: holidays on Mon–Fri and worked Saturdays.
// Weekend days inside a holiday span (e.g. Sat 14/2–Sun 15/2/2026) are off anyway and left out.
//
// Statutory days off (Bộ luật Lao động 2019, art. 112): 1/1; Tết Nguyên đán, 5 days; Giỗ Tổ Hùng
// Vương, 10/3 lunar; 30/4; 1/5; 2/9 plus one day before or after. A holiday on a weekly rest day
// gives the next working day off (nghỉ bù). The government may also move a working day onto a
// Saturday (hoán đổi / làm bù). Every year below nets 11 weekdays off
// (weekday holidays minus worked Saturdays), plus 24/11 (Ngày Văn hóa Việt Nam) from 2026.
//
// Lunar dates were checked with an astronomical new-moon computation for UTC+07:00:
// mùng 1 Tết = 29/1/2025, 17/2/2026, 6/2/2027; 10/3 lunar = 7/4/2025, 26/4/2026, 16/4/2027.

import type { CalendarDay } from './working-calendar';

const TET_DUONG_LICH = 'Tết Dương lịch';
const TET_NGUYEN_DAN = 'Tết Nguyên đán';
const GIO_TO = 'Giỗ Tổ Hùng Vương';
const GIAI_PHONG = 'Ngày Giải phóng miền Nam';
const LAO_DONG = 'Quốc tế Lao động';
const QUOC_KHANH = 'Quốc khánh';
// From 2026 (Nghị quyết 80-NQ/TW): a paid day off; added to existing databases by migration
// 1764700000000, so only deadlines planned after it move.
const VAN_HOA = 'Ngày Văn hóa Việt Nam';

function entry(date: string, kind: CalendarDay['kind'], name: string, estimated: boolean): CalendarDay {
  return Object.freeze(estimated ? { date, kind, name, estimated: true } : { date, kind, name });
}

function holiday(date: string, name: string, estimated = false): CalendarDay {
  return entry(date, 'holiday', name, estimated);
}

function workingSaturday(date: string, name: string, estimated = false): CalendarDay {
  return entry(date, 'working_saturday', name, estimated);
}

/**
 * 2025, as announced for civil servants in November 2024 (official schedule, no estimates):
 * Tết off Sat 25/1–Sun 2/2 (26 tháng Chạp – mùng 5); Giỗ Tổ Mon 7/4; 30/4–4/5 off with Fri 2/5
 * swapped for a worked Sat 26/4; Quốc khánh off Sat 30/8–Tue 2/9 (2/9 plus Mon 1/9).
 */
export const HOLIDAYS_2025: readonly CalendarDay[] = Object.freeze([
  holiday('2025-01-01', TET_DUONG_LICH),
  holiday('2025-01-27', TET_NGUYEN_DAN),
  holiday('2025-01-28', TET_NGUYEN_DAN),
  holiday('2025-01-29', TET_NGUYEN_DAN),
  holiday('2025-01-30', TET_NGUYEN_DAN),
  holiday('2025-01-31', TET_NGUYEN_DAN),
  holiday('2025-04-07', GIO_TO),
  workingSaturday('2025-04-26', 'Làm bù cho ngày 02/5'),
  holiday('2025-04-30', GIAI_PHONG),
  holiday('2025-05-01', LAO_DONG),
  holiday('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)'),
  holiday('2025-09-01', QUOC_KHANH),
  holiday('2025-09-02', QUOC_KHANH),
]);

/**
 * 2026, as stated in DOMAIN.md (civil servants): 1/1 (Thu); Tết off Sat 14/2–Sun 22/2 (mùng 1 =
 * 17/2); Giỗ Tổ 26/4 is a Sunday so Mon 27/4 is off; 30/4 (Thu) and 1/5 (Fri); Quốc khánh off
 * Sat 29/8–Wed 2/9 with Mon 31/8 swapped for a worked Sat 22/8; Tue 24/11 Ngày Văn hóa Việt Nam.
 */
export const HOLIDAYS_2026: readonly CalendarDay[] = Object.freeze([
  holiday('2026-01-01', TET_DUONG_LICH),
  holiday('2026-02-16', TET_NGUYEN_DAN),
  holiday('2026-02-17', TET_NGUYEN_DAN),
  holiday('2026-02-18', TET_NGUYEN_DAN),
  holiday('2026-02-19', TET_NGUYEN_DAN),
  holiday('2026-02-20', TET_NGUYEN_DAN),
  holiday('2026-04-27', `${GIO_TO} (nghỉ bù)`),
  holiday('2026-04-30', GIAI_PHONG),
  holiday('2026-05-01', LAO_DONG),
  workingSaturday('2026-08-22', 'Làm bù cho ngày 31/8'),
  holiday('2026-08-31', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8)'),
  holiday('2026-09-01', QUOC_KHANH),
  holiday('2026-09-02', QUOC_KHANH),
  holiday('2026-11-24', VAN_HOA),
]);

/**
 * 2027: no official schedule yet. 2027 has the same weekdays as 2021, so the estimates follow the
 * 2021 and 2017 decisions. Entries fixed by the Labour Code on a weekday (1/1 Fri, Giỗ Tổ Fri
 * 16/4, 30/4 Fri, 2/9 Thu, 24/11 Wed) are certain; swaps the government may still add are not known.
 */
export const HOLIDAYS_2027: readonly CalendarDay[] = Object.freeze([
  holiday('2027-01-01', TET_DUONG_LICH),
  // Estimate: mùng 1 Tết is Sat 6/2, as in 2017 (mùng 1 = Sat 28/1/2017, off Thu 26/1–Wed 1/2):
  // off Thu 4/2 (28 tháng Chạp) – Wed 10/2 (mùng 5), i.e. 5 Tết days, two of them on the
  // weekend and given back on Tue 9/2 and Wed 10/2.
  holiday('2027-02-04', TET_NGUYEN_DAN, true),
  holiday('2027-02-05', TET_NGUYEN_DAN, true),
  holiday('2027-02-08', TET_NGUYEN_DAN, true),
  holiday('2027-02-09', TET_NGUYEN_DAN, true),
  holiday('2027-02-10', TET_NGUYEN_DAN, true),
  holiday('2027-04-16', GIO_TO),
  holiday('2027-04-30', GIAI_PHONG),
  // Estimate: 1/5 is a Saturday; by the Labour Code the next working day, Mon 3/5, is off
  // (as on Mon 3/5/2021).
  holiday('2027-05-03', `${LAO_DONG} (nghỉ bù)`, true),
  holiday('2027-09-02', QUOC_KHANH),
  // Estimate: the day adjacent to 2/9 (Thu) is chosen by the Prime Minister; Fri 3/9 as in 2021.
  holiday('2027-09-03', QUOC_KHANH, true),
  holiday('2027-11-24', VAN_HOA),
]);

/** All seeded rows, 2025–2027, in date order. */
export const HOLIDAY_SEED: readonly CalendarDay[] = Object.freeze([
  ...HOLIDAYS_2025,
  ...HOLIDAYS_2026,
  ...HOLIDAYS_2027,
]);

/** Years the seed covers; other years fall back to plain Monday–Friday until an admin adds them. */
export const SEEDED_YEARS: readonly number[] = Object.freeze([2025, 2026, 2027]);
