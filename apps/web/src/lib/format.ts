import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('vi');

/** Every date and time the console shows is Vietnamese local time. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DATE_FORMAT = 'DD/MM/YYYY';

/**
 * One formatter, made once: dayjs's timezone plugin builds an Intl formatter per call and
 * costs milliseconds a date, which a table of 50 rows with two dates each pays at every render.
 */
const LOCAL = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function localParts(iso: string): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const parts = { day: '', month: '', year: '', hour: '', minute: '' };
  for (const p of LOCAL.formatToParts(new Date(iso))) if (p.type in parts) parts[p.type as keyof typeof parts] = p.value;
  return parts;
}

/** 28/11/2026 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const p = localParts(iso);
  return `${p.day}/${p.month}/${p.year}`;
}
/** 28/11/2026 14:05 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const p = localParts(iso);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}
/** A calendar date (YYYY-MM-DD, no time zone) as 28/11/2026. */
export const formatLocalDate = (date: string) => dayjs(date, 'YYYY-MM-DD').format(DATE_FORMAT);

/**
 * The API's working days left (Vietnamese calendar): n after today up to the due date, 0 on
 * the due day, negative once overdue (working days late).
 */
export function workingDaysText(days: number | null, overdue: boolean): string {
  if (days === null) return overdue ? 'Quá hạn' : '—';
  if (days < 0 || overdue) return `Quá hạn ${Math.max(1, -days)} ngày làm việc`;
  if (days === 0) return 'Đến hạn hôm nay';
  return `Còn ${days} ngày làm việc`;
}

export const formatBytes = (n: number) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

export { dayjs };
