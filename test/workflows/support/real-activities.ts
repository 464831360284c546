// The worker's own activities (apps/worker/src/worker.activities.ts) over the tests' Postgres,
// wrapped with the hooks tests need: hold an activity on a gate, fail recordTransition AFTER its
// real transaction committed (the crash the audit trail must survive), and watch the calls. The
// wrapper never writes or answers in the activities' place: every answer is the real one.
import { Context } from '@temporalio/activity';
import type { NominationActivities, NotifyInput, RecordTransitionInput } from '#ktf/contracts';
import type { DataSource } from '#ktf/persistence';
import { throwawayPayloadCodec } from '#ktf/config';
import { createWorkerActivities, WorkerActivities } from '../../../apps/worker/src/worker.activities';

/** A promise the test opens when it wants an activity to complete. */
export class Gate {
  private open!: () => void;
  readonly opened = new Promise<void>((resolve) => (this.open = resolve));
  release(): void {
    this.open();
  }
}

/** A notice handed to recordTransition (before the database deduplicates it), with the server time of that attempt. */
export interface NoticeCall extends NotifyInput {
  /**
   * Server time of the attempt: when it was scheduled, for an activity task; the workflow
   * task's clock (its transition's time), for a local activity, which the worker schedules
   * on its own wall clock (not the time-skipping server's).
   */
  at: string;
}

/** One test's handle on the real activities of the nominations it started. */
export class ActivityHooks {
  loadContextGate: Gate | null = null;
  pinCouncilGate: Gate | null = null;
  planDeadlineGate: Gate | null = null;
  extendDeadlineGate: Gate | null = null;
  /** recordTransition waits here (before the real recorder) until released. */
  recordGate: Gate | null = null;
  /** true: this attempt of recordTransition fails once its transaction has committed. */
  crashAfterWrite: (input: RecordTransitionInput, attempt: number) => boolean = () => false;

  /** Calls of the read activities, in order: `loadNominationContext:<id>`, `pinCouncil:<id>`, `planStageDeadline:<openedAt>`, `findOrphan:<transition>`. */
  readonly activityLog: string[] = [];
  /** recordTransition attempts that reached the real recorder (retries included). */
  recordAttempts = 0;
  /** Every notice handed to recordTransition, per attempt (retries repeat them), with its server time. */
  readonly noticeCalls: NoticeCall[] = [];

  releaseGates(): void {
    for (const gate of [this.loadContextGate, this.pinCouncilGate, this.planDeadlineGate, this.extendDeadlineGate, this.recordGate]) gate?.release();
  }
}

/** Seals the commands kept for orphans, as the worker's payload codec does: one key for the whole test process. */
const COMMAND_CODEC = throwawayPayloadCodec('commands-1');

/** The worker's activities on `ds`, as the worker builds them (no SMTP: notices are stored, not emailed). */
export function workerActivities(ds: DataSource): WorkerActivities {
  return createWorkerActivities(ds, { mailFrom: 'Khen Thưởng Flow <no-reply@ktf.local>', codec: COMMAND_CODEC });
}

/**
 * `real` with the hooks of whichever test started the calling workflow (by workflow id); a
 * workflow no test registered runs the real activities untouched.
 */
export function hookedActivities(real: NominationActivities, hooksOf: (workflowId: string) => ActivityHooks | undefined): NominationActivities {
  const hooks = () => hooksOf(Context.current().info.workflowExecution?.workflowId ?? '');
  return {
    async loadNominationContext(nominationId) {
      const h = hooks();
      h?.activityLog.push(`loadNominationContext:${nominationId}`);
      await h?.loadContextGate?.opened;
      return real.loadNominationContext(nominationId);
    },
    async loadSubmission(input) {
      const h = hooks();
      h?.activityLog.push(`loadSubmission:${input.nominationId}`);
      await h?.loadContextGate?.opened;
      return real.loadSubmission(input);
    },
    async pinCouncil(input) {
      const h = hooks();
      h?.activityLog.push(`pinCouncil:${input.nominationId}`);
      await h?.pinCouncilGate?.opened;
      return real.pinCouncil(input);
    },
    async planStageDeadline(input) {
      const h = hooks();
      h?.activityLog.push(`planStageDeadline:${input.openedAt}`);
      await h?.planDeadlineGate?.opened;
      return real.planStageDeadline(input);
    },
    async extendDeadline(input) {
      await hooks()?.extendDeadlineGate?.opened;
      return real.extendDeadline(input);
    },
    deliverEmails: (ids) => real.deliverEmails(ids),
    findOrphan(input) {
      hooks()?.activityLog.push(`findOrphan:${input.transition}`);
      return real.findOrphan(input);
    },
    async recordTransition(input) {
      const h = hooks();
      const info = Context.current().info;
      if (h) {
        h.recordAttempts += 1;
        const at = info.isLocal ? (input.events.at(-1)?.occurredAt ?? '') : new Date(info.currentAttemptScheduledTimestampMs).toISOString();
        for (const notice of input.notices) h.noticeCalls.push({ ...structuredClone(notice), at });
      }
      await h?.recordGate?.opened;
      const recorded = await real.recordTransition(input);
      if (h?.crashAfterWrite(input, info.attempt)) {
        // The transaction committed, but the worker "crashed" before Temporal heard of it.
        throw new Error(`simulated crash after transition ${input.projection.transition} committed`);
      }
      return recorded;
    },
  };
}
