import type { NominationSnapshot, TransitionCommand } from '#ktf/contracts';
import type { NominationState } from './nomination-state';

/**
 * Thrown by `commit` of a transition that was built on a state lacking an orphan (see
 * OrphanTransition): nothing of it was written, the orphan has been taken meanwhile, and the
 * caller takes its action again from the state that now includes it (or finds it refused).
 */
export class Rebased extends Error {
  constructor() {
    super('the transition was built before an orphan transition was taken; take it again');
    this.name = 'Rebased';
  }
}

/** Takes a stored command again (an Update's run, a timer's hook) and answers its snapshot. */
export type TakeAgain = (command: TransitionCommand) => Promise<NominationSnapshot>;

export type Saved = Omit<NominationState, 'ctx'>;
/** A copy of the state as a transition left it (the rules, `ctx`, are never changed by one: kept by reference). */
export const save = ({ ctx: _ctx, ...rest }: NominationState): Saved => JSON.parse(JSON.stringify(rest)) as Saved;
