import * as wf from '@temporalio/workflow';
import type { NominationSnapshot } from '#ktf/contracts';
import type { ActorRequest, NominationSnapshot as Snapshot, TransitionCommand } from '#ktf/contracts';
import { unstorableText } from '#ktf/domain';
import type { NominationMachine } from './nomination-machine';
import { toFailure } from './failures';
import { ADOPT_ORPHANS } from './nomination-patches';
import { Rebased } from './transition-log';

/** An Update of the nomination workflow taking `Req` (the workflow package does not export the type by name). */
type NominationUpdate<Req> = ReturnType<typeof wf.defineUpdate<NominationSnapshot, [Req]>>;

/** One row of the nomination's Update table: what it does, and what it refuses before it is accepted. */
export interface UpdateRow<Req> {
  update: NominationUpdate<Req>;
  run(m: NominationMachine, req: Req): Promise<NominationSnapshot>;
  /** Runs before the Update is accepted: a refusal leaves no trace in history. */
  validate(m: NominationMachine, req: Req): void;
}

/** A row, typed by its Update's request (the table itself holds rows of every request type). */
export function row<Req>(update: NominationUpdate<Req>, handlers: Omit<UpdateRow<Req>, 'update'>): UpdateRow<unknown> {
  return { update, ...handlers } as UpdateRow<unknown>;
}

/** The caller saw a newer transition than this workflow knows: an orphan is stored (see ActorRequest). */
const readModelAhead = (m: NominationMachine, req: unknown) => ((req as ActorRequest).seenTransition ?? 0) > m.s.transition;
const replayOnly = (req: unknown) => (req as ActorRequest).replayOnly === true;

/** A replay-only request that is no orphan's: refused as the action would be, or as a stage conflict. */
function refuseReplay(m: NominationMachine, r: UpdateRow<unknown>, req: unknown): never {
  r.validate(m, req);
  throw toFailure({ code: 'stage_conflict', message: 'this request was not taken before, and is not taken now', details: { stage: m.s.view.stage } });
}

/**
 * Runs `r` for `req`: again from the new state when its transition was built before an orphan
 * was taken (Rebased), after whatever stage opening that orphan started, and validated again
 * (the orphan may have made it a refusal: a second vote of the same member).
 */
async function runRow(m: NominationMachine, r: UpdateRow<unknown>, req: unknown, updateId: string | null): Promise<Snapshot> {
  if (readModelAhead(m, req) && m.patches.has(ADOPT_ORPHANS)) {
    await m.log.takeOrphanIfAny();
    // The orphan was this very request, sent again (its Idempotency-Key gives the same Update id):
    // its answer, not a refusal of the action it already took.
    const answered = updateId === null ? undefined : m.answered.get(updateId);
    if (answered) return answered;
    if (!replayOnly(req)) r.validate(m, req); // not judged before it was accepted: judged now, by the state with the orphan
  }
  // A replay is answered only as an orphan's (above); otherwise it is refused, never taken anew.
  if (replayOnly(req)) refuseReplay(m, r, req);
  for (;;) {
    try {
      return await r.run(m, req);
    } catch (e) {
      if (!(e instanceof Rebased)) throw e;
      await wf.condition(() => !m.opening);
      r.validate(m, req);
    }
  }
}

/** Registers every row's handler on this nomination (before the first await: see nominationWorkflow). */
export function registerUpdates(m: NominationMachine, rows: readonly UpdateRow<unknown>[]): void {
  for (const r of rows) {
    wf.setHandler(
      r.update,
      (req) => {
        const id = wf.currentUpdateInfo()?.id ?? null;
        const answered = id === null ? undefined : m.answered.get(id);
        if (answered) return Promise.resolve(answered);
        m.takes(req as ActorRequest, { kind: 'update', update: r.update.name, updateId: id, request: req });
        return runRow(m, r, req, id);
      },
      {
        validator: (req) => {
          const id = wf.currentUpdateInfo()?.id;
          if (id !== undefined && m.answered.has(id)) return;
          // Text the recorder could never store would be taken, then retried for good: refused first.
          const unstorable = unstorableText(req);
          if (unstorable) throw toFailure({ code: 'invalid_input', message: unstorable, details: {} });
          // Ahead: this state lacks an orphan, so its refusal would be wrong; the handler judges it.
          if (readModelAhead(m, req)) return;
          // A replay with no orphan to take is never a new action, even where this state would allow one.
          if (replayOnly(req)) refuseReplay(m, r, req);
          r.validate(m, req);
        },
      },
    );
  }
  m.log.takeAgainWith(async (command: TransitionCommand) => {
    if (command.kind !== 'update') return m.timers.takeAgain(command);
    const r = rows.find((x) => x.update.name === command.update);
    if (!r) throw new Error(`an orphan transition names an unknown Update ${command.update}`);
    m.takes(command.request as ActorRequest, command);
    // Nothing recorded yet: the orphan is a create-and-submit, whose `created` the submit carries.
    if (m.s.auditSequence === 0) m.unrecordedCreate = m.created();
    const answer = await r.run(m, command.request);
    if (command.updateId) m.answered.set(command.updateId, answer);
    return answer;
  });
}
