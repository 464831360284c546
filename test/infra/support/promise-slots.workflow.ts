// Workflows to count what every promise of the workflow thread carries (workflow-storage spec).
import * as wf from '@temporalio/workflow';

export const releaseSignal = wf.defineSignal('release');

/** Stays open, and so in the worker's cache, until released. */
export async function openWorkflow(): Promise<void> {
  let released = false;
  wf.setHandler(releaseSignal, () => void (released = true));
  await wf.condition(() => released);
}

/** The AsyncLocalStorage slots a promise made now carries: one per storage enabled in the workflow thread. */
export async function promiseSlotsWorkflow(): Promise<number> {
  const promise = Promise.resolve();
  return Object.getOwnPropertySymbols(promise).filter((symbol) => symbol.description === 'kResourceStore').length;
}
