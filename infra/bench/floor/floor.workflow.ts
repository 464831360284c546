import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

/** One Update of the floor workflow: it only counts, so what remains is the engine's own cost. */
export const floorStepUpdate = defineUpdate<number, []>('floorStep');

/**
 * The floor: a workflow that receives as many Updates as one nomination lifecycle and does
 * nothing else (no activity, no timer, no state beyond a counter). Lifecycles per second of
 * this workflow on a given Temporal server bound what any real pipeline can reach there.
 */
export async function floorWorkflow(updates: number): Promise<number> {
  let received = 0;
  setHandler(floorStepUpdate, () => {
    received += 1;
    return received;
  });
  await condition(() => received >= updates);
  return received;
}
