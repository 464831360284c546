// Helpers for deadline tests that cross calendar spans on the time-skipping server: the server's
// clock, a store that logs every notice it is asked to record with the server time it was made
// at, and timelines of what the deadline timers did. Scenario dates come from ./scenario-days.
import { Context } from '@temporalio/activity';
import type { NominationActivities, NotifyInput } from '#ktf/contracts';
import { CalendarDay, planDeadline, WorkingCalendar } from '#ktf/domain';
import { eventually, Nomination, storeOptions, WorkflowTestEnv } from './harness';
import { InMemoryNominationStore } from './in-memory-store';

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

/** Waits until each nomination has no activity or workflow task pending (its notices included). */
export async function idle(...ns: Nomination[]): Promise<void> {
  for (const n of ns) {
    await eventually(async () => {
      const d = await n.handle.describe();
      return d.status.name !== 'RUNNING' || (!d.raw.pendingActivities?.length && !d.raw.pendingWorkflowTask);
    }, `${n.id} to be idle`);
  }
}

export interface NoticeCall extends NotifyInput {
  /** Server time when the call was scheduled. */
  at: string;
}

/** The in-memory store, plus a log of every notice handed to recordTransition (before its dedupe), with the server time. */
export class TimedStore extends InMemoryNominationStore {
  readonly calls: NoticeCall[] = [];

  /** `calendarDays`: the scenario's holidays and worked Saturdays. */
  constructor(calendarDays: readonly CalendarDay[]) {
    super(storeOptions({ calendarDays }));
  }

  override activities(): NominationActivities {
    const acts = super.activities();
    return {
      ...acts,
      recordTransition: async (input) => {
        const at = new Date(Context.current().info.currentAttemptScheduledTimestampMs).toISOString();
        for (const notice of input.notices) this.calls.push({ ...structuredClone(notice), at });
        return acts.recordTransition(input);
      },
    };
  }

  /** [epoch, stage, event, offset, at] of each reminder, breach and result notice of `n`, in order (calls, before dedupe). */
  noticesOf(n: Nomination): Row[] {
    return this.calls
      .filter((c) => c.nominationId === n.id && c.event !== 'stage_opened')
      .map((c) => [c.epoch, c.stage, c.event, c.offset ?? null, c.at]);
  }

  /** The stored (deduplicated) notices of `n` for this epoch and event (and offset, when given), in order. */
  stored(n: Nomination, epoch: number, event: NotifyInput['event'], offset?: number) {
    return [...this.notices.values()].filter((x) => x.nominationId === n.id && x.epoch === epoch && x.event === event && (offset === undefined || x.offset === offset));
  }

  /** Recipients of the one stored notice of `n` for this epoch, event and offset. */
  recipients(n: Nomination, epoch: number, event: NotifyInput['event'], offset?: number): string[] | undefined {
    const found = this.stored(n, epoch, event, offset);
    if (found.length > 1) throw new Error(`${found.length} stored ${event} notices in epoch ${epoch}: name the one you mean`);
    return found[0]?.recipients;
  }
}

/** Rows whose last element is an ISO instant. */
type Row = (string | number | null)[];

/** [stage, action, offset, occurredAt] of every reminder and breach in `n`'s audit trail, in order. */
export function timersOf(n: Nomination): Row[] {
  return n.events
    .filter((e) => e.action === 'reminder_sent' || e.action === 'deadline_breached')
    .map((e) => [e.stageAfter, e.action, e.action === 'reminder_sent' ? (e.payload.offset as number) : null, e.occurredAt]);
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
