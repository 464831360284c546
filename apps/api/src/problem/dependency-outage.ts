// Which dependency, if any, an error says is unreachable (or, for Temporal, busy: see
// temporalNotNow). An outage of Postgres or Temporal is not the caller's fault nor a bug of
// ours: it is a 503 with Retry-After, never a 500 (the health check already says 503 then).
// Errors arrive wrapped (TypeORM's QueryFailedError keeps the driver's error, Temporal's
// ServiceError its gRPC cause, Node's dual-stack connect an AggregateError), so the whole cause
// chain is searched.
import { isGrpcServiceError } from '@temporalio/client';
import { google, temporal } from '@temporalio/proto';

export type Dependency = 'database' | 'temporal';

/**
 * gRPC codes that mean the server could not be reached or did not answer in time. CANCELLED
 * too: the API cancels no call itself, and a call whose deadline passed (an action's Update
 * under ACTION_WAIT_SECONDS) sometimes comes back CANCELLED rather than DEADLINE_EXCEEDED
 * (seen in e2e: "Call cancelled", a 500 before).
 */
const GRPC_UNREACHABLE = new Set([1 /* CANCELLED */, 4 /* DEADLINE_EXCEEDED */, 14 /* UNAVAILABLE */]);

/** Socket errors of a connection that failed or broke (the API talks to nothing else over raw TCP). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** PostgreSQL SQLSTATEs of a server going away or refusing connections: class 08, shutdowns, too many connections. */
const PG_UNAVAILABLE = /^(08...|57P0[1-3]|53300)$/;

/** node-postgres reports a lost or impossible connection with these messages, without a code. */
const PG_CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Connection terminated due to connection timeout',
];

interface Chained {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  driverError?: unknown;
  errors?: unknown;
}

function classify(e: Chained): Dependency | null {
  if (isGrpcServiceError(e)) return GRPC_UNREACHABLE.has(e.code) || temporalNotNow(e) ? 'temporal' : null;
  if (typeof e.code === 'string' && (SOCKET_CODES.has(e.code) || PG_UNAVAILABLE.test(e.code))) return 'database';
  if (typeof e.message === 'string' && PG_CONNECTION_MESSAGES.some((m) => (e.message as string).startsWith(m))) return 'database';
  return null;
}

export function unreachableDependency(error: unknown): Dependency | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const e = queue.shift();
    if (typeof e !== 'object' || e === null || seen.has(e)) continue;
    seen.add(e);
    const chained = e as Chained;
    const found = classify(chained);
    if (found) return found;
    queue.push(chained.cause, chained.driverError, ...(Array.isArray(chained.errors) ? chained.errors : []));
  }
  return null;
}

const GRPC_RESOURCE_EXHAUSTED = 8;
const GRPC_FAILED_PRECONDITION = 9;
const WORKFLOW_NOT_READY = 'temporal.api.errordetails.v1.WorkflowNotReadyFailure';
const MULTI_OPERATION_FAILURE = 'temporal.api.errordetails.v1.MultiOperationExecutionFailure';

/**
 * Temporal answering "not now": a limit (RESOURCE_EXHAUSTED), or an Update refused because the
 * workflow's task is being retried (FAILED_PRECONDITION with WorkflowNotReadyFailure, also as
 * an Update-with-Start's per-operation status; an overloaded worker whose tasks time out meets
 * it). The request was not taken; the same request later is.
 */
function temporalNotNow(e: { code: number; metadata?: { get?(key: string): unknown[] } }): boolean {
  if (e.code === GRPC_RESOURCE_EXHAUSTED) return true;
  if (e.code !== GRPC_FAILED_PRECONDITION || typeof e.metadata?.get !== 'function') return false;
  const raw = e.metadata.get('grpc-status-details-bin')?.[0];
  if (!(raw instanceof Uint8Array)) return false;
  return google.rpc.Status.decode(raw).details.some((detail) => {
    if (typeOf(detail) === WORKFLOW_NOT_READY) return true;
    if (typeOf(detail) !== MULTI_OPERATION_FAILURE || !detail.value) return false;
    const { statuses } = temporal.api.errordetails.v1.MultiOperationExecutionFailure.decode(detail.value);
    return statuses.some((status) => status.details?.some((d) => typeOf(d) === WORKFLOW_NOT_READY));
  });
}

/** A status detail's message type, without its `type.googleapis.com/` prefix. */
const typeOf = (detail: { type_url?: string | null }) => detail.type_url?.replace(/^.*\//, '');
