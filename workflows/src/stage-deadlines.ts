import * as wf from '@temporalio/workflow';
import type { NominationActivities } from '#ktf/contracts';
import { DeadlinePlan, isTerminal, StageDefinition, stageDeadlineRule, StageKind } from '#ktf/domain';
import { NO_DEADLINE, NominationState } from './nomination-state';

/** SLA, reminders and breach action of a stage in the pinned pipeline. */
export function deadlineRule(s: NominationState, kind: StageKind): Pick<StageDefinition, 'slaWorkingDays' | 'reminderOffsets' | 'onBreach' | 'escalateTo'> {
  return stageDeadlineRule(s.ctx.pipeline, kind);
}

/** The deadline of a stage that opens now (a new epoch: earlier reminders no longer apply); the state is left as it is. */
export async function deadlineFor(s: NominationState, acts: NominationActivities, kind: StageKind, openedAt: string): Promise<NominationState['deadline']> {
  const rule = deadlineRule(s, kind);
  if (rule.slaWorkingDays <= 0) return deadlineOf(s, null);
  return deadlineOf(s, await acts.planStageDeadline({ openedAt, slaWorkingDays: rule.slaWorkingDays, reminderOffsets: rule.reminderOffsets }));
}

/** A newly opened stage's deadline from its plan (none: no deadline); the state is left as it is. */
export function deadlineOf(s: NominationState, plan: DeadlinePlan | null): NominationState['deadline'] {
  const version = s.deadline.version + 1;
  if (!plan) return { ...NO_DEADLINE, version };
  return { dueAt: plan.dueAt, reminders: plan.reminders.map((r) => ({ ...r, sent: false })), breachedAt: null, version };
}

/**
 * Moves the running stage's deadline (extension, council session): same epoch, new timers. The
 * reminders follow the new due date, but an offset already sent in this epoch is not sent again:
 * notices are once per (epoch, offset), so a second `reminder_sent` would reach nobody.
 */
export function replanDeadline(s: NominationState, plan: DeadlinePlan): void {
  const sent = s.deadline.reminders.filter((r) => r.sent);
  const fresh = plan.reminders.filter((r) => !sent.some((x) => x.offset === r.offset)).map((r) => ({ ...r, sent: false }));
  s.deadline = { dueAt: plan.dueAt, reminders: [...sent, ...fresh], breachedAt: null, version: s.deadline.version + 1 };
}

export interface DeadlineHooks {
  /** True while a handler is changing the stage or its deadline: timers wait for it. */
  busy(): boolean;
  remind(offset: number): Promise<void>;
  breach(): Promise<void>;
}

/**
 * Waits on durable timers until the nomination ends: each reminder and the breach fire
 * once per stage epoch; a new stage or a moved deadline re-plans the wait. Nothing polls.
 */
export async function runDeadlines(s: NominationState, hooks: DeadlineHooks): Promise<void> {
  while (!isTerminal(s.view.status)) {
    const epoch = s.stageEpoch;
    const version = s.deadline.version;
    const changed = () => isTerminal(s.view.status) || s.stageEpoch !== epoch || s.deadline.version !== version;
    const next = nextInstant(s);
    if (next === null) {
      await wf.condition(changed);
      continue;
    }
    const interrupted = await wf.condition(changed, Math.max(1, next - Date.now()));
    if (interrupted) continue;
    if (hooks.busy()) {
      // A stage is opening (or its deadline moving): a breach now would race it. Look again after.
      await wf.condition(() => !hooks.busy());
      continue;
    }
    const now = Date.now();
    for (const r of s.deadline.reminders) {
      if (!r.sent && Date.parse(r.at) <= now) {
        r.sent = true;
        await hooks.remind(r.offset);
      }
    }
    if (s.stageEpoch === epoch && s.deadline.version === version && s.deadline.dueAt && !s.deadline.breachedAt && Date.parse(s.deadline.dueAt) <= now) {
      s.deadline.breachedAt = new Date(now).toISOString();
      await hooks.breach();
    }
  }
}

function nextInstant(s: NominationState): number | null {
  const times = s.deadline.reminders.filter((r) => !r.sent).map((r) => Date.parse(r.at));
  if (s.deadline.dueAt && !s.deadline.breachedAt) times.push(Date.parse(s.deadline.dueAt));
  return times.length ? Math.min(...times) : null;
}
