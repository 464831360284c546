import { endOfLocalDay, localDateOf, WorkingCalendar } from '../calendar/working-calendar';

/** Reminders go out at the start of the office day (08:00 Asia/Ho_Chi_Minh). */
const REMINDER_HOUR_UTC_OFFSET_MS = (8 - 7) * 3600_000; // 08:00+07 is 01:00Z of the same date

export interface PlannedReminder {
  /** Working days before the due date (0 = on the due date). */
  offset: number;
  at: string;
}

export interface DeadlinePlan {
  dueAt: string | null;
  reminders: PlannedReminder[];
}

/** The local date `k` working days before `date` (k = 0: `date` itself). */
export function workingDayBefore(calendar: WorkingCalendar, date: string, k: number): string {
  let day = date;
  let left = k;
  while (left > 0) {
    day = localDateOf(new Date(Date.parse(`${day}T12:00:00+07:00`) - 86_400_000));
    if (calendar.isWorkingDay(day)) left -= 1;
  }
  return day;
}

export function reminderInstant(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + REMINDER_HOUR_UTC_OFFSET_MS);
}

/**
 * A stage's deadline: due at the end of the N-th working day after it opened, and one
 * reminder per offset, on the working day that many working days before the due date.
 * Reminders that would fall before `now` are dropped (nobody is reminded of the past).
 */
export function planDeadline(
  calendar: WorkingCalendar,
  openedAt: Date,
  slaWorkingDays: number,
  reminderOffsets: readonly number[],
  now: Date = openedAt,
): DeadlinePlan {
  if (slaWorkingDays <= 0) return { dueAt: null, reminders: [] };
  const due = calendar.dueAt(openedAt, slaWorkingDays);
  return { dueAt: due.toISOString(), reminders: remindersFor(calendar, due, reminderOffsets, now) };
}

/** Reminders for a given due instant (used again when an admin moves the deadline). */
export function remindersFor(calendar: WorkingCalendar, due: Date, offsets: readonly number[], now: Date): PlannedReminder[] {
  const dueDate = localDateOf(due);
  const seen = new Set<number>();
  return offsets
    .filter((o) => Number.isInteger(o) && o >= 0 && !seen.has(o) && (seen.add(o), true))
    .map((offset) => ({ offset, at: reminderInstant(workingDayBefore(calendar, dueDate, offset)) }))
    .filter((r) => r.at.getTime() > now.getTime() && r.at.getTime() <= due.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((r) => ({ offset: r.offset, at: r.at.toISOString() }));
}

/** A new due date N working days after the current one (deadline extension). */
export function extendedDue(calendar: WorkingCalendar, currentDue: Date, workingDays: number): Date {
  return endOfLocalDay(calendar.addWorkingDays(localDateOf(currentDue), workingDays));
}

/**
 * The plan made at `plannedAt` as it would be made at `openedAt` (later, on the same calendar),
 * or null when that cannot be told without the calendar: the due date depends only on the local
 * date the stage opens, and the reminders only drop those no longer ahead. A submission's
 * opening reads are made with its context, a moment before the stage opens (issue 18).
 */
export function planMadeEarlier(plan: DeadlinePlan, plannedAt: string, openedAt: string): DeadlinePlan | null {
  const opened = new Date(openedAt);
  if (opened.getTime() < Date.parse(plannedAt) || localDateOf(opened) !== localDateOf(new Date(plannedAt))) return null;
  return { dueAt: plan.dueAt, reminders: plan.reminders.filter((r) => Date.parse(r.at) > opened.getTime()) };
}
