import { defaultPayloadConverter } from '@temporalio/common';
import type { Headers } from '@temporalio/common';

/**
 * Which HTTP request (and whose) caused a workflow call: carried in Temporal headers, beside the
 * arguments, so workflow inputs stay as they are and the worker's log lines of the activities it
 * causes name the request. Ids only, never names.
 */
export interface RequestContext {
  requestId?: string;
  actorId?: string;
}

/** One header, a JSON object: `{ requestId?, actorId? }`. */
export const REQUEST_CONTEXT_HEADER = 'ktf-request-context';

/** Longer values are not ids: dropped rather than logged (a request id comes from the client). */
const MAX_ID_LENGTH = 128;

const idOf = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH ? v : undefined);

/** The context's ids, without empty, overlong or non-string ones. */
function cleaned(ctx: { requestId?: unknown; actorId?: unknown }): RequestContext {
  const requestId = idOf(ctx.requestId);
  const actorId = idOf(ctx.actorId);
  return { ...(requestId ? { requestId } : {}), ...(actorId ? { actorId } : {}) };
}

/** `headers` plus the request context's header; the same object when there is nothing to carry. */
export function withRequestContextHeader(headers: Headers, ctx: { requestId?: unknown; actorId?: unknown }): Headers {
  const ids = cleaned(ctx);
  if (!ids.requestId && !ids.actorId) return headers;
  return { ...headers, [REQUEST_CONTEXT_HEADER]: defaultPayloadConverter.toPayload(ids) };
}

/** The request context a call's headers carry (empty when none, or when it cannot be read). */
export function requestContextOf(headers: Headers | undefined): RequestContext {
  const payload = headers?.[REQUEST_CONTEXT_HEADER];
  if (!payload) return {};
  try {
    const value: unknown = defaultPayloadConverter.fromPayload(payload);
    return typeof value === 'object' && value !== null ? cleaned(value) : {};
  } catch {
    return {};
  }
}
