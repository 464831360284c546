import * as wf from '@temporalio/workflow';

/**
 * The request-context headers of the handler a piece of workflow code runs for, in ONE
 * AsyncLocalStorage per workflow V8 context. The worker preloads this module
 * (`preloadModules`, apps/worker/src/workflow-source.ts), so its module scope runs once, before
 * any workflow. Created in an interceptor module's scope instead, there was one per workflow (a
 * reusable context evaluates workflow modules per workflow), each stayed enabled while its
 * workflow was cached, and Node gives every new promise a slot per enabled storage: with 1,000
 * open nominations each promise of the workflow thread carried 1,000 slots, the worker grew by
 * ~3 MB per creation and workflow tasks took 5–10 s (the memory scenario's collapse).
 *
 * Shared is safe: a store travels with the promises of the handler that set it, and workflows
 * share no promises. Only closures are exported: the SDK freezes what preloaded modules export,
 * and a frozen storage could not be enabled.
 */
const storage = new wf.AsyncLocalStorage<wf.Headers>();

/** Runs `fn` with `headers` as the current handler's (its awaits keep them). */
export function runWithHeaders<T>(headers: wf.Headers, fn: () => T): T {
  return storage.run(headers, fn);
}

/** The current handler's headers, or undefined outside any. */
export function currentHeaders(): wf.Headers | undefined {
  return storage.getStore();
}
