import * as wf from '@temporalio/workflow';
import type {
  ActorRequest,
  AdoptedRecord,
  AuditEventDraft,
  DecisionRecord,
  NominationActivities,
  NominationSnapshot,
  NotifyInput,
  OrphanTransition,
  PlanDeadlineInput,
  RecordedTransition,
  RecordTransitionInput,
  TransitionCommand,
  TransitionDecisionStep,
} from '#ktf/contracts';
import { withDueDate } from '#ktf/contracts';
import type { DeadlinePlan, StageKind } from '#ktf/domain';
import { NominationState, projectionOf, snapshotOf } from './nomination-state';
import { innermostMessage } from './failures';
import { ADOPT_ORPHANS, type NominationPatches } from './nomination-patches';
import { Rebased, Saved, save, TakeAgain } from './orphans';
import { writtenOf } from './written-transition';

export { Rebased } from './orphans';

export interface EventOptions {
  reason?: string | null;
  payload?: Record<string, unknown>;
  stageBefore?: StageKind | null;
  /** Defaults to the stage at the time of the event. */
  stageAfter?: StageKind | null;
}

/** One transition being built: state changes are applied by the caller, events collected here. */
export interface Transition {
  event(action: string, opts?: EventOptions): void;
  /** The events so far, in order (a later transition may carry them: see `begin`). */
  readonly events: readonly AuditEventDraft[];
  award?: RecordTransitionInput['award'];
  /** Notices this transition raises: stored with it, in its transaction. */
  notices: NotifyInput[];
  /** A decision of this nomination alone: numbered or sealed in this transition's transaction. */
  decision?: TransitionDecisionStep;
  /** After commit: the decision as `decision` left it. */
  decided?: DecisionRecord;
  /**
   * The stage this transition opens, whose deadline its recording plans: `planned` adopts the
   * plan before the commit answers, `settled` runs once the commit is over, whatever its end.
   */
  opening?: { plan: PlanDeadlineInput; planned(plan: DeadlinePlan): void; settled(): void };
  /** Records the transition (projection + audit, in order with every other) and returns the snapshot. */
  commit(): Promise<NominationSnapshot>;
}

/**
 * Serialises everything the workflow writes: transitions (with their notices) are recorded
 * one after another in the order they were made, even when Update handlers interleave; emails
 * go out likewise, after theirs.
 */
export function createTransitionLog(s: NominationState, acts: NominationActivities, patches: NominationPatches) {
  const info = wf.workflowInfo();
  let chain: Promise<unknown> = Promise.resolve();
  /** The state after each transition not yet known recorded (and the last one that is): an orphan's base. */
  const after = new Map<number, Saved>([[0, save(s)]]);
  /** Bumped when an orphan is found: transitions queued before it were built without it. */
  let generation = 0;
  /** The orphan being taken: a second one under the same number is a real conflict. */
  let taking: number | null = null;
  let takeAgain: TakeAgain | null = null;
  const now = () => new Date(Date.now()).toISOString();

  function queue<T>(work: () => Promise<T>): Promise<T> {
    const done = chain.then(work);
    chain = done.catch(() => undefined);
    return done;
  }

  /**
   * Emails go out in order, each once its transition is recorded, on a chain of their own: the
   * next transition does not wait for a mail server. Without SMTP there is nothing to send.
   */
  let emails: Promise<unknown> = Promise.resolve();
  function email(recorded: Promise<RecordedTransition>): void {
    // deliverEmails retries without limit (each failure is logged by the activity); what reaches
    // this catch gave up for good (a non-retryable failure, a cancellation). The notices stay
    // stored and readable in the app; the mail is lost, so say so instead of swallowing it.
    emails = Promise.all([recorded, emails])
      .then(([r]) => (r.emailIds.length ? acts.deliverEmails(r.emailIds) : undefined))
      .catch((e: unknown) => {
        if (!(e instanceof Rebased)) wf.log.error('emails of a transition were not delivered', { error: innermostMessage(e) });
      });
  }

  /**
   * The transition was stored by an earlier attempt of this workflow task, with that attempt's
   * clock: the stored times stand, in the state too (unless a later transition changed them).
   */
  function adopt(recorded: RecordTransitionInput['projection'], a: AdoptedRecord): void {
    if (a.stageOpenedAt !== undefined && s.stageOpenedAt === recorded.stageOpenedAt) s.stageOpenedAt = a.stageOpenedAt;
    if (a.breachedAt !== undefined && s.deadline.breachedAt === recorded.breachedAt) s.deadline.breachedAt = a.breachedAt;
  }

  /**
   * `orphan` holds the number this log was about to use: restore the state that transition was
   * built on, take the orphan's command again (the same content but for its times, which the
   * recorder hands back as stored), then tell the caller to take its own action again.
   */
  async function adoptOrphan(orphan: OrphanTransition): Promise<never> {
    const base = after.get(orphan.transition - 1);
    if (!patches.has(ADOPT_ORPHANS) || !base || !takeAgain || taking === orphan.transition) {
      // Not a lost Update's transition (or taking it again gave other content): refuse loudly, retried.
      throw new Error(`transition ${orphan.transition} is stored with different content (command ${JSON.stringify(orphan.command)})`);
    }
    wf.log.warn('taking an orphan transition: stored, its Update lost', { transition: orphan.transition, command: orphan.command.kind });
    Object.assign(s, JSON.parse(JSON.stringify(base)) as Saved);
    for (const k of [...after.keys()]) if (k >= orphan.transition) after.delete(k);
    taking = orphan.transition;
    try {
      await takeAgain(orphan.command);
    } finally {
      taking = null;
    }
    throw new Rebased();
  }

  /**
   * Takes the orphan stored as the next transition, if there is one: asked when a request says
   * the read model is ahead of this workflow. Waits until everything queued is recorded and any
   * orphan being taken (found by a transition's own recording) is taken, then looks; an orphan
   * taken meanwhile is looked past.
   */
  async function takeOrphanIfAny(): Promise<void> {
    for (;;) {
      for (let seen = chain; ; seen = chain) {
        await seen;
        if (taking !== null) await wf.condition(() => taking === null);
        if (seen === chain) break;
      }
      const next = s.transition + 1;
      const orphan = await acts.findOrphan({ nominationId: s.ctx.nominationId, transition: next });
      if (!orphan) return;
      if (taking !== null || s.transition + 1 !== next) continue; // taken meanwhile: look again
      await adoptOrphan(orphan).catch((e: unknown) => {
        if (!(e instanceof Rebased)) throw e;
      });
      return;
    }
  }

  /** Starts a transition; `carried` is an unrecorded earlier one whose events this one records first. */
  function begin(req: ActorRequest | null, role: (action: string) => string | null, carried?: Transition, command?: TransitionCommand): Transition {
    const events: AuditEventDraft[] = carried ? [...carried.events] : [];
    // The role the actor acted in is that of the transition's own first event (the action they
    // took); what follows from it (a tally, a stage opening, the award) is recorded in that role.
    let acting: string | null | undefined;
    const t: Transition = {
      events,
      notices: carried ? [...carried.notices] : [],
      event(action, opts = {}) {
        events.push({
          sequence: 0, // numbered at commit, in the order transitions are recorded
          occurredAt: now(),
          actorId: req?.actor.id ?? null,
          actorRole: req ? (acting === undefined ? (acting = role(action)) : acting) : 'system',
          action,
          stageBefore: opts.stageBefore !== undefined ? opts.stageBefore : s.view.stage,
          stageAfter: opts.stageAfter !== undefined ? opts.stageAfter : s.view.stage,
          reason: opts.reason ?? null,
          payload: opts.payload ?? {},
        });
      },
      async commit() {
        // Sequences are taken here, not in event(): a transition that awaits between its events
        // and its commit (a stage opening) must not leave a hole that a later one records past.
        for (const e of events) e.sequence = ++s.auditSequence;
        s.lastAction = events.at(-1)?.action ?? s.lastAction;
        s.transition += 1;
        s.lastActorId = req?.actor.id ?? null;
        const input: RecordTransitionInput = {
          nominationId: s.ctx.nominationId,
          workflowId: info.workflowId,
          runId: info.runId,
          projection: projectionOf(s),
          events: [...events],
          award: t.award,
          notices: [...t.notices],
          ...(command ? { command } : {}),
          ...(t.decision ? { decision: t.decision } : {}),
          ...(t.opening ? { plansDeadline: t.opening.plan } : {}),
        };
        const snapshot = snapshotOf(s);
        const built = generation;
        after.set(s.transition, save(s));
        const recorded = queue(async () => {
          if (built !== generation) throw new Rebased();
          const r = await acts.recordTransition(input);
          if (r.orphan) generation += 1; // everything queued behind this one lacks the orphan too
          return r;
        });
        if (t.notices.length) email(recorded);
        try {
          const { adopted, updatedAt, orphan, decision, plan } = await recorded;
          if (orphan) return adoptOrphan(orphan);
          t.decided = decision;
          const n = input.projection.transition;
          for (const k of [...after.keys()]) if (k < n) after.delete(k);
          if (adopted) adopt(input.projection, adopted);
          if (!t.opening) return updatedAt ? { ...snapshot, written: writtenOf(input, updatedAt, s.auditSequence) } : snapshot;
          // The stage's deadline as recorded (none came back: none was recorded, so none is kept).
          const planned = plan ?? { dueAt: null, reminders: [] };
          t.opening.planned(planned);
          if (after.has(n)) after.set(n, save(s));
          const answered = { ...snapshot, dueAt: planned.dueAt };
          return updatedAt ? { ...answered, written: writtenOf(withDueDate(input, planned.dueAt), updatedAt, s.auditSequence) } : answered;
        } finally {
          t.opening?.settled();
        }
      },
    };
    return t;
  }

  return {
    begin,
    takeOrphanIfAny,
    drained: () => Promise.all([chain, emails]),
    now,
    /** How an orphan's command is taken again (the Update table and the timers, set by the workflow). */
    takeAgainWith(f: TakeAgain) {
      takeAgain = f;
    },
  };
}
