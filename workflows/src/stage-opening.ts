import { decide, endNomination, NextStep, NominationCommand, NominationCore, openStage as openedStage, councilScopeOf, planMadeEarlier, StageKind, stageOf, Step, TransitionEvent } from '#ktf/domain';
import type { CouncilPin, PlanDeadlineInput } from '#ktf/contracts';
import type { NominationMachine } from './nomination-machine';
import { CONCURRENT_OPENING_READS, PLAN_WITH_RECORDING, VOTE_FRACTIONS_SNAP } from './nomination-patches';
import { deadlineFor, deadlineOf, deadlineRule } from './stage-deadlines';
import type { NominationState } from './nomination-state';
import type { Transition } from './transition-log';

/** The part of the workflow's state that the domain's transitions read and change. */
function coreOf(s: NominationCore): NominationCore {
  const { view, ballots, writtenOpinionIds, tally, decisionId, decisionNumber, stageEpoch, stageOpenedAt } = s;
  return { view, ballots, writtenOpinionIds, tally, decisionId, decisionNumber, stageEpoch, stageOpenedAt };
}

function adopt(m: NominationMachine, t: Transition, core: NominationCore, events: readonly TransitionEvent[]): void {
  Object.assign(m.s, coreOf(core));
  for (const e of events) t.event(e.action, { stageBefore: e.stageBefore, stageAfter: e.stageAfter, reason: e.reason, payload: e.payload });
}

/**
 * Takes `command` on this nomination: the domain decides (a pure function of state and action),
 * the workflow applies its state and events to `t`, then does the I/O its next step needs.
 */
export async function take(m: NominationMachine, t: Transition, command: NominationCommand): Promise<void> {
  // Patch: a fraction like 2/3 (stored as 0.6667) counts as the whole number of members it stands for.
  const rules = { ...m.s.ctx, legacyFractions: !m.patches.has(VOTE_FRACTIONS_SNAP) };
  const step: Step = decide(coreOf(m.s), rules, command);
  adopt(m, t, step.core, step.events);
  await follow(m, t, step.next);
}

async function follow(m: NominationMachine, t: Transition, next: NextStep): Promise<void> {
  if (next.kind === 'open') await openStage(m, t, next.stage);
  else if (next.kind === 'end') end(m, t, next);
}

/**
 * What a nomination started with its submission was given or read for this opening, if it is
 * this opening's (once): the pin; the deadline when its plan was read too, as it would be made
 * now (same local day; else null, and the opening reads everything again); none when it is still
 * to be planned.
 */
function prereadOpening(m: NominationMachine, kind: StageKind, openedAt: string): { pin: CouncilPin | null; deadline?: NominationState['deadline'] } | null {
  const pre = m.preread;
  m.preread = null;
  if (!pre || pre.stage !== kind || (kind === 'council_review' && !pre.pin)) return null;
  if (!('plan' in pre)) return { pin: pre.pin }; // given by the API: the recording plans it
  // No plan: the stage has no deadline (the same rule, stageDeadlineRule, read it).
  if (!pre.plan) return { pin: pre.pin, deadline: deadlineOf(m.s, null) };
  const plan = planMadeEarlier(pre.plan, pre.plannedAt, openedAt);
  return plan ? { pin: pre.pin, deadline: deadlineOf(m.s, plan) } : null;
}

/**
 * The council's pin and the stage's deadline, read; or the pin, and for the recording to plan
 * (`plan`) the deadline, left empty until then.
 */
async function openingReads(
  m: NominationMachine,
  kind: StageKind,
  openedAt: string,
): Promise<{ pin: CouncilPin | null; deadline: NominationState['deadline']; plan: PlanDeadlineInput | null }> {
  const { s, acts } = m;
  const preread = prereadOpening(m, kind, openedAt);
  if (preread?.deadline) {
    m.patches.has(CONCURRENT_OPENING_READS); // as runs before PLAN_WITH_RECORDING asked it here
    return { pin: preread.pin, deadline: preread.deadline, plan: null };
  }
  const rule = deadlineRule(s, kind);
  const withRecording = rule.slaWorkingDays > 0 && m.patches.has(PLAN_WITH_RECORDING);
  const concurrent = !withRecording && m.patches.has(CONCURRENT_OPENING_READS);
  const pinning = async () => {
    if (preread) return preread.pin;
    if (kind !== 'council_review') return null;
    const scope = councilScopeOf(stageOf(s.ctx.pipeline, kind));
    return acts.pinCouncil({ nominationId: s.ctx.nominationId, scope, ...(concurrent || withRecording ? { unitId: s.ctx.unitId } : {}) });
  };
  // Nothing is changed until both are read: a refused pin (no council) leaves the state as it was.
  if (withRecording) {
    const plan = { openedAt, slaWorkingDays: rule.slaWorkingDays, reminderOffsets: rule.reminderOffsets };
    return { pin: await pinning(), deadline: deadlineOf(s, null), plan };
  }
  const [pin, deadline] = concurrent
    ? await Promise.all([pinning(), deadlineFor(s, acts, kind, openedAt)])
    : [await pinning(), await deadlineFor(s, acts, kind, openedAt)];
  return { pin, deadline, plan: null };
}

/**
 * Opens `kind` now: pins what it needs, plans its deadline, then switches the stage at once.
 * The caller commits `t` next (every caller does, at once): when the recording plans the
 * deadline, the stage is held until that commit is over.
 */
async function openStage(m: NominationMachine, t: Transition, kind: StageKind): Promise<void> {
  const { s } = m;
  m.opening = true;
  let heldUntilRecorded = false;
  try {
    const openedAt = m.log.now();
    const { pin, deadline, plan } = await openingReads(m, kind, openedAt);
    s.deadline = deadline;
    const council = pin && { councilId: pin.councilId, memberIds: pin.memberIds, recusedIds: pin.recusedIds };
    const opened = openedStage(coreOf(s), s.ctx, { stage: kind, openedAt, council, dueAt: s.deadline.dueAt });
    adopt(m, t, opened.core, opened.events);
    if (plan) {
      t.opening = {
        plan,
        // A new version: the deadline timers, waiting on the stage's empty one, plan again.
        planned: (recorded) => (s.deadline = deadlineOf(s, recorded)),
        settled: () => (m.opening = false),
      };
      heldUntilRecorded = true;
    }
  } finally {
    if (!heldUntilRecorded) m.opening = false;
  }
  m.notify(t, { event: 'stage_opened', stage: kind, dueAt: s.deadline.dueAt });
}

/** Ends the nomination: no stage, no deadline; the nominating unit is told. */
function end(m: NominationMachine, t: Transition, next: Extract<NextStep, { kind: 'end' }>): void {
  const { s } = m;
  const before = s.view.stage;
  const ended = endNomination(coreOf(s), next);
  s.deadline = { ...s.deadline, dueAt: null, reminders: [], version: s.deadline.version + 1 };
  adopt(m, t, ended.core, ended.events);
  m.notify(t, { event: 'result', stage: before });
}
