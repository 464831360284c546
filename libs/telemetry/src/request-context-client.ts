import type { Headers } from '@temporalio/common';
import { withRequestContextHeader } from '#ktf/contracts';
import { currentLogContext } from './log-context';

/** The request and actor of the current log context, as a call's headers. */
function carried(headers: Headers): Headers {
  const { requestId, actorId } = currentLogContext();
  return withRequestContextHeader(headers, { requestId: requestId ?? undefined, actorId: actorId ?? undefined });
}

const withHeaders = <I extends { headers: Headers }, O>(input: I, next: (input: I) => O): O => next({ ...input, headers: carried(input.headers) });

/**
 * A workflow client interceptor (the API's client, and the client the worker gives its
 * activities): every start, signal, Update, update-with-start and signal-with-start carries the
 * current request's id and actor id in a header, for the worker's log lines of what it causes.
 * Typed by shape, so this library needs no Temporal client.
 */
export const requestContextClientInterceptor = {
  startWithDetails: withHeaders,
  signal: withHeaders,
  signalWithStart: withHeaders,
  startUpdate: withHeaders,
  startUpdateWithStart<I extends { workflowStartHeaders: Headers; updateHeaders: Headers }, O>(input: I, next: (input: I) => O): O {
    return next({ ...input, workflowStartHeaders: carried(input.workflowStartHeaders), updateHeaders: carried(input.updateHeaders) });
  },
};
