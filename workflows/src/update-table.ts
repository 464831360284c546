import * as wf from '@temporalio/workflow';
import type { NominationSnapshot } from '#ktf/contracts';
import type { NominationMachine } from './nomination-machine';

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

/** Registers every row's handler on this nomination (before the first await: see nominationWorkflow). */
export function registerUpdates(m: NominationMachine, rows: readonly UpdateRow<unknown>[]): void {
  for (const r of rows) wf.setHandler(r.update, (req) => r.run(m, req), { validator: (req) => r.validate(m, req) });
}
