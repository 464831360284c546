import * as wf from '@temporalio/workflow';
import { REQUEST_CONTEXT_HEADER, requestContextOf } from '#ktf/contracts';
import { currentHeaders, runWithHeaders } from './request-context-storage';

/**
 * The request-context header of the call being handled (the start, or an Update or signal),
 * for the activities that call schedules. Workflow code interleaves handlers; the sandbox's
 * AsyncLocalStorage follows each one's awaits, so an activity gets the header of the handler
 * that scheduled it, never a neighbour's. Headers change no command: replay is unaffected.
 * The storage is one per worker (request-context-storage.ts says why).
 */
function within<T>(headers: wf.Headers, fn: () => T): T {
  const header = headers[REQUEST_CONTEXT_HEADER];
  return runWithHeaders(header ? { [REQUEST_CONTEXT_HEADER]: header } : {}, fn);
}

const carried = (headers: wf.Headers): wf.Headers => ({ ...currentHeaders(), ...headers });

/**
 * Runs `fn` as the workflow's own doing, attributed to no request: for work a timer starts long
 * after the request that started the workflow (a reminder, a deadline breach).
 */
export function outsideRequest<T>(fn: () => T): T {
  return runWithHeaders({}, fn);
}

/** Loaded by the worker as a workflow interceptor module (infra/tools/bundle-workflows.ts, workflow-source.ts). */
export const interceptors: wf.WorkflowInterceptorsFactory = () => ({
  inbound: [
    {
      execute: (input, next) => within(input.headers, () => next(input)),
      handleUpdate: (input, next) => within(input.headers, () => next(input)),
      handleSignal: (input, next) => within(input.headers, () => next(input)),
    },
  ],
  outbound: [
    {
      scheduleActivity: (input, next) => next({ ...input, headers: carried(input.headers) }),
      scheduleLocalActivity: (input, next) => next({ ...input, headers: carried(input.headers) }),
      startChildWorkflowExecution: (input, next) => next({ ...input, headers: carried(input.headers) }),
      // Workflow log lines of a handler name its request too.
      getLogAttributes: (input, next) => next({ ...input, ...requestContextOf(currentHeaders()) }),
    },
  ],
});
