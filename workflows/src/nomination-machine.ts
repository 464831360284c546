import { actingRoleFor, denialOf, dutyOf, NominationAction, StageKind } from '#ktf/domain';
import type { ActorRequest, NominationActivities, NominationSnapshot, NominationWorkflowInput, NotifyInput, SubmissionContext, SubmissionReads, TransitionCommand } from '#ktf/contracts';
import * as wf from '@temporalio/workflow';
import { innermostMessage, toFailure } from './failures';
import { initialState, NominationState } from './nomination-state';
import type { NominationPatches } from './nomination-patches';
import { createTransitionLog, Transition } from './transition-log';

/**
 * What every handler of one nomination shares: its state, its transition log, and the flags
 * that keep actions from interleaving with a stage opening or arriving before the rules load.
 */
export interface NominationMachine {
  readonly s: NominationState;
  readonly input: NominationWorkflowInput;
  readonly acts: NominationActivities;
  readonly log: ReturnType<typeof createTransitionLog>;
  /** Which patches this run takes (nomination-patches.ts). */
  readonly patches: NominationPatches;
  /** True once the rules are loaded (`created` is recorded or rides with the first submit). */
  loaded: boolean;
  /** Create-and-submit: a submit was waiting at the start, so it records `created` in its own transition. */
  submitAtStart: boolean;
  unrecordedCreate: Transition | null;
  /** True while a stage is being opened (pins and deadline loading): every action waits its turn. */
  opening: boolean;
  /**
   * Started with its submission: what that stage's opening needs, given by the API or read with
   * the context (taken once); the deadline's plan only when it was read too.
   */
  preread: SubmissionContext['opening'] | SubmissionReads['opening'];
  /**
   * Starts a transition by `req` taking `action` (its audit role); null for the system's own
   * (a timer, which names its `command`). An Update's command is the one `takes` noted for `req`.
   */
  begin(req: ActorRequest | null, action: NominationAction | null, carried?: Transition, command?: TransitionCommand): Transition;
  /** The `created` transition (recorded alone, or carried by a submit that arrived with the start). */
  created(): Transition;
  /** Notes the command `req` arrived with (the Update's name, id and request): stored with its transition. */
  takes(req: ActorRequest, command: TransitionCommand): void;
  /**
   * The answers of Updates taken again as orphans, by Update id: the lost request's client,
   * retrying with the same id, gets this result instead of a refusal or a second transition.
   */
  readonly answered: Map<string, NominationSnapshot>;
  /** The deadline timers' transitions, taken again when one was an orphan (set by the workflow). */
  timers: { takeAgain(command: Exclude<TransitionCommand, { kind: 'update' }>): Promise<NominationSnapshot> };
  /** Separation of duties: remember the duty this person now serves on this nomination. */
  serve(req: ActorRequest, action: NominationAction): void;
  /** Holds `opening` while `work` awaits an activity, so no other action interleaves. */
  holding<T>(work: () => Promise<T>): Promise<T>;
  /** Adds a notice to `t`: stored with it, emailed after it when SMTP is set. */
  notify(t: Transition, n: Omit<NotifyInput, 'nominationId' | 'epoch' | 'stage'> & { stage?: StageKind | null }): void;
  /**
   * Work an Update started but does not wait for (a decision's PDF, made after the answer): the
   * workflow waits for it before it ends. A failure that reaches here is logged, not thrown.
   */
  afterward(work: Promise<unknown>): void;
  /** Everything `afterward` was given, finished. */
  afterwardDone(): Promise<unknown>;
  /** The validator of `action`: refuses what the domain's rule table refuses, with its code. */
  check(action: NominationAction, view?: NominationState['view']): (req: ActorRequest) => void;
}

export function createNominationMachine(input: NominationWorkflowInput, acts: NominationActivities, patches: NominationPatches): NominationMachine {
  const s = initialState(input.nominationId, input.unitId);
  const pending: Promise<unknown>[] = [];
  const log = createTransitionLog(s, acts, patches);
  const commands = new WeakMap<ActorRequest, TransitionCommand>();
  const m: NominationMachine = {
    s,
    input,
    patches,
    acts,
    log,
    loaded: false,
    submitAtStart: false,
    unrecordedCreate: null,
    opening: false,
    preread: null,
    begin: (req, action, carried, command) =>
      log.begin(req, () => (req ? actingRoleFor(req.actor, action ?? '') : null), carried, command ?? (req ? commands.get(req) : undefined)),
    takes: (req, command) => commands.set(req, command),
    created() {
      const t = m.begin({ actor: input.createdBy }, 'submit');
      t.event('created', { stageBefore: null });
      return t;
    },
    answered: new Map(),
    timers: {
      takeAgain: () => Promise.reject(new Error('the deadline timers are not running yet')),
    },
    serve(req, action) {
      const duty = dutyOf(action);
      if (duty) s.view.actorDuties = { ...s.view.actorDuties, [req.actor.id]: duty };
    },
    async holding(work) {
      m.opening = true;
      try {
        return await work();
      } finally {
        m.opening = false;
      }
    },
    notify(t, n) {
      t.notices.push({ nominationId: s.ctx.nominationId, epoch: s.stageEpoch, stage: s.view.stage, ...n });
    },
    afterward(work) {
      pending.push(work.catch((e: unknown) => wf.log.error('work after an answer failed', { error: innermostMessage(e) })));
    },
    afterwardDone: () => Promise.all(pending),
    check: (action, view) => (req) => {
      // Before the rules are loaded only the create-and-submit may arrive (anything else, e.g. a
      // withdraw, would be recorded before `created`); while a stage opens, everything waits.
      if (m.opening || (!m.loaded && action !== 'submit')) {
        throw toFailure({ code: 'stage_conflict', message: 'the next stage is opening; retry in a moment', details: { stage: s.view.stage } });
      }
      const denial = denialOf(view ?? s.view, { actor: req.actor, signerAuthority: req.signerAuthority }, action);
      if (denial) throw toFailure(denial);
    },
  };
  return m;
}

export const requireReason = (reason: string | undefined, what: string) => {
  if (!reason?.trim()) throw toFailure({ code: 'invalid_input', message: `a reason is required to ${what}`, details: {} });
};

export const requireReservation = (s: NominationState, decisionId: string) => {
  if (s.view.reservedByDecisionId !== decisionId) {
    throw toFailure({ code: 'stage_conflict', message: `not reserved for decision ${decisionId}`, details: { stage: s.view.stage } });
  }
};
