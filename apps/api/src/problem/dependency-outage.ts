// Which dependency, if any, an error says is unreachable. An outage of Postgres or Temporal is
// not the caller's fault nor a bug of ours: it is a 503 with Retry-After, never a 500 (the
// health check already says 503 then). Errors arrive wrapped (TypeORM's QueryFailedError keeps
// the driver's error, Temporal's ServiceError its gRPC cause, Node's dual-stack connect an
// AggregateError), so the whole cause chain is searched.
import { isGrpcServiceError } from '@temporalio/client';

export type Dependency = 'database' | 'temporal';

/** gRPC codes that mean the server could not be reached or did not answer in time. */
const GRPC_UNREACHABLE = new Set([4 /* DEADLINE_EXCEEDED */, 14 /* UNAVAILABLE */]);

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
  if (isGrpcServiceError(e)) return GRPC_UNREACHABLE.has(e.code) ? 'temporal' : null;
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
