import { ValidateBy } from 'class-validator';

/**
 * Instants and dates as the OpenAPI formats `date-time` and `date` define them (RFC 3339),
 * nothing looser: class-validator's IsISO8601 also takes week and ordinal dates (`2026-W05`)
 * that `new Date()` cannot read. The validator names are what the document maps to formats.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

/** A day of years 1–9999 (the working calendar's range) that exists. */
function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year); // years below 100 are not taken as 19xx
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `YYYY-MM-DD`, a day that exists. */
export function isCalendarDate(value: unknown): value is string {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** An RFC 3339 date-time with an offset, e.g. `2026-12-31T17:00:00Z` or `…+07:00`. */
export function isInstant(value: unknown): value is string {
  const m = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!m) return false;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  const offsetOk = m[7] === undefined || (Number(m[7]) <= 23 && Number(m[8]) <= 59);
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) && hour <= 23 && minute <= 59 && second <= 59 && offsetOk;
}

export const CALENDAR_DATE = 'isCalendarDate';
export const INSTANT_NAME = 'isInstant';
export const INSTANT_OR_DATE = 'isInstantOrDate';

export const IsCalendarDate = () =>
  ValidateBy({ name: CALENDAR_DATE, validator: { validate: isCalendarDate, defaultMessage: (a) => `${a?.property} must be a date (YYYY-MM-DD)` } });

export const IsInstant = () =>
  ValidateBy({
    name: INSTANT_NAME,
    validator: { validate: isInstant, defaultMessage: (a) => `${a?.property} must be an RFC 3339 date-time with an offset, e.g. 2026-12-31T17:00:00+07:00` },
  });

/** An instant, or a date meaning a whole day (the caller decides which end of it). */
export const IsInstantOrDate = () =>
  ValidateBy({
    name: INSTANT_OR_DATE,
    validator: {
      validate: (v) => isInstant(v) || isCalendarDate(v),
      defaultMessage: (a) => `${a?.property} must be a date (YYYY-MM-DD) or an RFC 3339 date-time with an offset`,
    },
  });
