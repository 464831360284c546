import { condition, defineUpdate, proxyActivities, proxyLocalActivities, setHandler } from '@temporalio/workflow';

export interface ProbeActivities {
  record(n: number): Promise<number>;
}
const remote = proxyActivities<ProbeActivities>({ startToCloseTimeout: '10 seconds' });
const local = proxyLocalActivities<ProbeActivities>({ startToCloseTimeout: '10 seconds' });

export const probeRemote = defineUpdate<number, []>('probeRemote');
export const probeLocal = defineUpdate<number, []>('probeLocal');
/** Answers at once with the workflow task's clock (when the server handed the task out). */
export const probeNoop = defineUpdate<number, []>('probeNoop');

/** A workflow whose Updates each await one activity: the engine's cost of a transition with a write. */
export async function probeWorkflow(updates: number): Promise<number> {
  let received = 0;
  let done = 0;
  setHandler(probeRemote, async () => { const r = await remote.record(++received); done++; return r; });
  setHandler(probeLocal, async () => { const r = await local.record(++received); done++; return r; });
  setHandler(probeNoop, () => { received++; done++; return Date.now(); });
  await condition(() => done >= updates);
  return received;
}
