import { AsyncLocalStorage } from 'node:async_hooks';

/** The ids a log line carries besides its message: who asked, and what it concerns. */
export interface LogContext {
  requestId?: string;
  actorId?: string;
  nominationId?: string;
  workflowId?: string;
  runId?: string;
  /** In the worker: the activity whose work this is. */
  activityType?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `fn` with these ids (added to the enclosing ones) on every line it logs. */
export function withLogContext<T>(ids: LogContext, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...ids }, fn);
}

/** Adds ids to the current context once they are known (e.g. the actor, after the token is checked). */
export function addLogContext(ids: LogContext): void {
  const store = storage.getStore();
  if (store) Object.assign(store, ids);
}

/** The current ids; requestId and actorId are always present (null outside a request). */
export function currentLogContext(): Omit<LogContext, 'requestId' | 'actorId'> & { requestId: string | null; actorId: string | null } {
  const store = storage.getStore() ?? {};
  return { ...store, requestId: store.requestId ?? null, actorId: store.actorId ?? null };
}
