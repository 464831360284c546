import { isCalendarDate, isInstant } from './time-formats';

describe('RFC 3339 instants and dates', () => {
  it.each(['2026-12-31T17:00:00Z', '2026-12-31T17:00:00.123456+07:00', '0001-01-01T00:00:00-23:59', '2028-02-29t08:00:00z'])('accepts the instant %s', (v) => {
    expect(isInstant(v)).toBe(true);
    expect(Number.isNaN(Date.parse(v))).toBe(false);
  });

  it.each(['2026-W05', '2026-031', '2026-01', '2026-01-01', '2026-01-01T10:00Z', '2026-02-30T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T23:59:60Z', '2026-01-01 10:00:00Z', '2026-01-01T10:00:00+24:00'])(
    'refuses %s (not a date-time new Date() reads the same way)',
    (v) => expect(isInstant(v)).toBe(false),
  );

  it('takes real days of years 1–9999 as dates', () => {
    expect(['2026-09-02', '2028-02-29', '0001-01-01', '9999-12-31'].every(isCalendarDate)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '0000-01-01', '2026-9-2', '2026-09-02T00:00:00Z', 20260902].some(isCalendarDate)).toBe(false);
  });
});
