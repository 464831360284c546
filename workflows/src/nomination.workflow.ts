import * as wf from '@temporalio/workflow';
import type { StageKind } from '#ktf/domain';
import { NominationSnapshot, NominationWorkflowInput, snapshotQuery } from '#ktf/contracts';
import type { NominationActivities } from '#ktf/contracts';
import { COUNCIL_UPDATES } from './council-updates';
import { DECISION_UPDATES } from './decision-updates';
import { createNominationMachine } from './nomination-machine';
import { NominationPatches, nominationPatches, RECORD_LOCALLY, SUBMISSION_FROM_THE_API, SUBMISSION_READS_AT_START } from './nomination-patches';
import { querySnapshotOf, snapshotOf } from './nomination-state';
import { outsideRequest } from './request-context.interceptors';
import { OVERSIGHT_UPDATES } from './oversight-updates';
import { REASSIGNMENT_UPDATES } from './reassignment-updates';
import { deadlineRule, runDeadlines } from './stage-deadlines';
import { take } from './stage-opening';
import { UNIT_UPDATES } from './unit-updates';
import { Rebased } from './transition-log';
import { registerUpdates } from './update-table';

const unlessRebasedAtStart = (e: unknown) => {
  if (!(e instanceof Rebased)) throw e;
};

// Unlimited attempts: a database outage delays a transition, it never loses one.
const RETRY = { initialInterval: '200 milliseconds', maximumInterval: '10 seconds' } as const;
/**
 * The reads (context, council pin, deadline arithmetic) run as local activities: in this
 * worker, inside the workflow task that asked for them, with no round trip through the
 * server's queues. Lost with a crashed task, they simply run again. recordTransition runs
 * locally too (since RECORD_LOCALLY): an action is one workflow task instead of two. A task
 * lost after its commit runs the transition again with a new clock; the recorder takes it as
 * already stored and hands back the stored times, which the transition log adopts. The
 * notices a transition raises are stored in its own transaction; only emailing them (slow
 * I/O, retried for minutes) is an activity apart.
 */
const local = wf.proxyLocalActivities<NominationActivities>({ startToCloseTimeout: '30 seconds', retry: RETRY });
const remote = wf.proxyActivities<NominationActivities>({ startToCloseTimeout: '30 seconds', retry: RETRY });
/** The activities of a run whose patches are `patches` (where a transition is recorded depends on one). */
const actsOf = (patches: NominationPatches): NominationActivities => ({
  loadNominationContext: local.loadNominationContext,
  loadSubmission: local.loadSubmission,
  pinCouncil: local.pinCouncil,
  planStageDeadline: local.planStageDeadline,
  extendDeadline: local.extendDeadline,
  recordTransition: (input) => (patches.has(RECORD_LOCALLY) ? local : remote).recordTransition(input),
  deliverEmails: remote.deliverEmails,
  findOrphan: local.findOrphan,
});

/** Every Update a nomination accepts, by who acts (each row: what it does, what it refuses). */
const UPDATES = [...UNIT_UPDATES, ...COUNCIL_UPDATES, ...DECISION_UPDATES, ...OVERSIGHT_UPDATES, ...REASSIGNMENT_UPDATES];

/** One nomination, from draft to a terminal state. Its state is the source of truth. */
export async function nominationWorkflow(input: NominationWorkflowInput): Promise<NominationSnapshot> {
  // Handlers are registered before the first await: Updates that arrive with the start
  // (create-and-submit) would otherwise be rejected at the end of the first activation.
  const patches = nominationPatches(); // first: see PATCHES_OF_2026_11
  const acts = actsOf(patches);
  const m = createNominationMachine(input, acts, patches);
  const { s } = m;
  wf.setHandler(snapshotQuery, () => querySnapshotOf(s));
  registerUpdates(m, UPDATES);

  if (input.submitting && input.submission && patches.has(SUBMISSION_FROM_THE_API)) {
    // Its own ids stand; the rules and the pin are what the API read to accept the submission.
    s.ctx = { ...input.submission.ctx, nominationId: input.nominationId, unitId: input.unitId };
    m.preread = input.submission.opening;
  } else if (input.submitting && patches.has(SUBMISSION_READS_AT_START)) {
    const reads = await acts.loadSubmission({ nominationId: input.nominationId, at: m.log.now() });
    s.ctx = reads.ctx;
    m.preread = reads.opening;
  } else {
    s.ctx = await acts.loadNominationContext(input.nominationId);
  }
  const created = m.created();
  if (m.submitAtStart) {
    // Create-and-submit: one transition (one write) instead of two; the submit records it.
    m.unrecordedCreate = created;
    m.loaded = true;
  } else {
    m.preread = null; // no submission rode with the start: a later one reads for itself
    const first = created.commit();
    m.loaded = true; // after `created` took sequence 1, so waiting handlers come after it
    // Rebased: a create-and-submit stored as #1 lost its Update; it was taken again instead.
    await first.catch(unlessRebasedAtStart);
  }

  // A timer's transition names its command, so an orphan of one (see transition-log) is taken again.
  const remind = async (offset: number) => {
    const t = m.begin(null, null, undefined, { kind: 'reminder', offset });
    t.event('reminder_sent', { payload: { offset, dueAt: s.deadline.dueAt } });
    m.notify(t, { event: 'reminder', offset, dueAt: s.deadline.dueAt });
    return t.commit();
  };
  const breach = async () => {
    const rule = deadlineRule(s, s.view.stage as StageKind);
    const t = m.begin(null, null, undefined, { kind: 'breach' });
    const dueAt = s.deadline.dueAt;
    await take(m, t, { type: 'deadline_breached', dueAt, onBreach: rule.onBreach });
    if (rule.onBreach !== 'tally' && rule.onBreach !== 'expire') {
      m.notify(t, { event: 'breach', escalateTo: rule.escalateTo ?? 'admin', deadlineVersion: s.deadline.version, dueAt });
    }
    return t.commit();
  };
  m.timers = {
    takeAgain(command) {
      if (command.kind === 'breach') {
        s.deadline.breachedAt = m.log.now(); // as runDeadlines does; the stored time is adopted
        return breach();
      }
      const r = s.deadline.reminders.find((x) => x.offset === command.offset);
      if (r) r.sent = true;
      return remind(command.offset);
    },
  };
  // Built before an orphan was taken: the loop looks at the state again (the timer may still be due).
  const unlessRebased = (e: unknown) => {
    if (!(e instanceof Rebased)) throw e;
  };
  // Reminders and breaches come from timers, weeks after the request that created the nomination.
  await outsideRequest(() =>
    runDeadlines(s, {
      busy: () => m.opening,
      remind: (offset) => remind(offset).then(() => undefined, unlessRebased),
      breach: () => breach().then(() => undefined, unlessRebased),
    }),
  );
  await wf.condition(wf.allHandlersFinished);
  await m.log.drained();
  // A decision of this nomination alone answers before its PDF is made: made before the end.
  await m.afterwardDone();
  return snapshotOf(s);
}
