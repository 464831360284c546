import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * What a client-sent request id may be: 1–128 visible characters of the kinds trace and
 * correlation ids use (UUIDs, ULIDs, `Root=1-…` trace headers, base64). Anything else (spaces,
 * control characters that could forge log lines, quotes) is replaced by a generated id.
 */
const ACCEPTED = /^[A-Za-z0-9._:;=+/-]{1,128}$/;

export interface WithRequestId {
  requestId?: string;
}

/** The client's id when it is acceptable, else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && ACCEPTED.test(value) ? value : randomUUID();
}

interface Req extends WithRequestId {
  headers: Record<string, string | string[] | undefined>;
}

interface Res {
  setHeader(name: string, value: string): unknown;
}

/** Express middleware, first in line: every response (errors included) carries the id. */
export function requestIdMiddleware(req: Req, res: Res, next: () => void): void {
  req.requestId = requestIdFrom(req.headers['x-request-id']);
  res.setHeader(REQUEST_ID_HEADER, req.requestId);
  next();
}
