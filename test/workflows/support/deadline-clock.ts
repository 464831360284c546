// Helpers for deadline tests that cross calendar spans on the time-skipping server: the server's
// clock, the notices handed to the real recorder with the server time of each attempt (what the
// hooks saw) next to what the database stored of them, and timelines of what the deadline timers
// wrote to the audit trail. Scenario dates come from ./scenario-days.
import { notificationKey, NotifyInput } from '#ktf/contracts';
import { planDeadline, WorkingCalendar } from '#ktf/domain';
import type { Nomination, WorkflowTestEnv } from './harness';
import { ActivityHooks, NoticeCall } from './real-activities';
import type { StoredNotice } from './test-database';

export const MINUTE = 60_000;
/**
 * A timer's event is recorded by the workflow task that the timer wakes, a few milliseconds of
 * server time after the instant; anything within this slack counts as "at the instant".
 */
export const SLACK_MS = 5_000;

export const plus = (iso: string, ms = MINUTE): string => new Date(Date.parse(iso) + ms).toISOString();

/** What the deadline activity plans on `calendar` for a stage opened at `openedAt` (reminders 2 and 0 by default). */
export const planned = (calendar: WorkingCalendar, openedAt: string, sla: number, offsets = [2, 0]) => planDeadline(calendar, new Date(openedAt), sla, offsets);

/** The server's current time, in milliseconds. */
export const serverNow = async (t: WorkflowTestEnv): Promise<number> => t.env.currentTimeMs();

/** Moves the server clock forward to `iso` (time-skipping makes this instant). */
export async function sleepUntil(t: WorkflowTestEnv, iso: string): Promise<void> {
  const ms = Date.parse(iso) - (await t.env.currentTimeMs());
  if (ms <= 0) throw new Error(`the test server clock is already past ${iso}: lay the scenario out from serverNow()`);
  await t.env.sleep(ms);
}

/** [epoch, stage, event, offset, at] of each reminder, breach and result notice handed to recordTransition for `n`, in order (before the database deduplicates them). */
export function noticesOf(hooks: ActivityHooks, n: Nomination): Row[] {
  return hooks.noticeCalls
    .filter((c) => c.nominationId === n.id && c.event !== 'stage_opened')
    .map((c) => [c.epoch, c.stage, c.event, c.offset ?? null, c.at]);
}

/** A notice the database stored, with the input it was stored from. */
export type StoredCall = StoredNotice & { input: NoticeCall };

/** The stored notices of `n` for this epoch and event (and offset, when given), in the order they were stored. */
export async function stored(hooks: ActivityHooks, n: Nomination, epoch: number, event: NotifyInput['event'], offset?: number): Promise<StoredCall[]> {
  const notices = (await n.db.notices(n.id)).filter((x) => x.epoch === epoch && x.event === event && (offset === undefined || x.offset === offset));
  return notices.map((notice) => {
    const input = hooks.noticeCalls.find((c) => notificationKey(c) === notice.key);
    if (!input) throw new Error(`stored notice ${notice.key} was never handed to recordTransition`);
    return { ...notice, input };
  });
}

/** Recipients of the one stored notice of `n` for this epoch, event and offset (as stored: one row each, ordered by id). */
export async function recipients(n: Nomination, epoch: number, event: NotifyInput['event'], offset?: number): Promise<string[] | undefined> {
  const found = (await n.db.notices(n.id)).filter((x) => x.epoch === epoch && x.event === event && (offset === undefined || x.offset === offset));
  if (found.length > 1) throw new Error(`${found.length} stored ${event} notices in epoch ${epoch}: name the one you mean`);
  return found[0]?.recipients;
}

/** Rows whose last element is an ISO instant. */
type Row = (string | number | null)[];

/** [stage, action, offset, occurredAt] of every reminder and breach in `n`'s stored audit trail, in order. */
export async function timersOf(n: Nomination): Promise<Row[]> {
  return (await n.events())
    .filter((e) => e.action === 'reminder_sent' || e.action === 'deadline_breached')
    .map((e) => [e.stageAfter, e.action, e.action === 'reminder_sent' ? ((e.payload as { offset: number }).offset) : null, e.occurredAt]);
}

/**
 * Asserts `actual` rows equal `expected` ones, the instants (last element) within SLACK_MS after
 * the expected instant: never before it, never later. A row off by more keeps its real instant, so
 * the diff shows it.
 */
export function expectAt(actual: Row[], expected: Row[]): void {
  const snapped = actual.map((row, i) => {
    const got = row.at(-1);
    const want = expected[i]?.at(-1);
    if (typeof got !== 'string' || typeof want !== 'string') return row;
    const lag = Date.parse(got) - Date.parse(want);
    return lag >= 0 && lag <= SLACK_MS ? [...row.slice(0, -1), want] : row;
  });
  expect(snapped).toEqual(expected);
}

/** Asserts one instant is within SLACK_MS after another. */
export function expectInstant(actual: string | null | undefined, expected: string): void {
  expectAt([[actual ?? null]], [[expected]]);
}
