import * as wf from '@temporalio/workflow';
import type { ActorRequest, AdoptedRecord, AuditEventDraft, NominationActivities, NominationSnapshot, NotifyInput, RecordedTransition, RecordTransitionInput, WrittenTransition } from '#ktf/contracts';
import type { StageKind } from '#ktf/domain';
import { NominationState, projectionOf, snapshotOf } from './nomination-state';
import { innermostMessage } from './failures';

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
  /** Records the transition (projection + audit, in order with every other) and returns the snapshot. */
  commit(): Promise<NominationSnapshot>;
}

/**
 * Serialises everything the workflow writes: transitions (with their notices) are recorded
 * one after another in the order they were made, even when Update handlers interleave; emails
 * go out likewise, after theirs.
 */
export function createTransitionLog(s: NominationState, acts: NominationActivities) {
  const info = wf.workflowInfo();
  let chain: Promise<unknown> = Promise.resolve();
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
      .catch((e: unknown) => wf.log.error('emails of a transition were not delivered', { error: innermostMessage(e) }));
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
   * What the Update answers besides the snapshot: the row and the people's events as this call
   * stored them, so the API needs no second read. Only commands make a replay: a result may grow.
   */
  function writtenOf(input: RecordTransitionInput, updatedAt: string): WrittenTransition {
    return {
      projection: input.projection,
      updatedAt,
      firstSequence: input.events[0]?.sequence ?? s.auditSequence + 1,
      lastSequence: input.events.at(-1)?.sequence ?? s.auditSequence,
      personEvents: input.events.flatMap((e) =>
        e.actorId === null ? [] : [{ action: e.action, actorId: e.actorId, actorRole: e.actorRole, occurredAt: e.occurredAt, stageBefore: e.stageBefore, stageAfter: e.stageAfter }],
      ),
    };
  }

  /** Starts a transition; `carried` is an unrecorded earlier one whose events this one records first. */
  function begin(req: ActorRequest | null, role: (action: string) => string | null, carried?: Transition): Transition {
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
        };
        const snapshot = snapshotOf(s);
        const recorded = queue(() => acts.recordTransition(input));
        if (t.notices.length) email(recorded);
        const { adopted, updatedAt } = await recorded;
        if (adopted) adopt(input.projection, adopted);
        return updatedAt ? { ...snapshot, written: writtenOf(input, updatedAt) } : snapshot;
      },
    };
    return t;
  }

  return { begin, drained: () => Promise.all([chain, emails]), now };
}
