import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '#ktf/domain';
import { unreachableDependency } from './dependency-outage';
import type { WithRequestId } from '../edge/request-id';
import { httpProblem, Problem, TITLES } from './http-problem';

/** How long a client should wait before retrying while a dependency is unreachable (a restart takes seconds). */
const OUTAGE_RETRY_AFTER_SECONDS = 5;

const STATUS: Record<DomainErrorCode, number> = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  stage_conflict: 409,
  rule_failed: 422,
  unsupported_media_type: 415,
  unauthenticated: 401,
  rate_limited: 429,
};

/** The one place errors become RFC 9457 problem details. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly log = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<{ setHeader(name: string, value: string): void; status(n: number): { type(t: string): { send(b: string): void } } }>();
    const req = http.getRequest<{ url: string; method: string } & WithRequestId>();
    const problem = this.toProblem(exception, `${req.method} ${req.url}`, req.requestId);
    problem.instance = req.url;
    // The id a client quotes when reporting a problem; the same id is in the server's log.
    if (req.requestId) problem.requestId = req.requestId;
    // RFC 9110 §10.2.3: a 429 (or 503) says when to come back.
    if (typeof problem.retryAfterSeconds === 'number') res.setHeader('Retry-After', String(problem.retryAfterSeconds));
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(e: unknown, route: string, requestId: string | undefined): Problem {
    if (e instanceof DomainError) {
      const status = STATUS[e.code];
      // Details are extensions; they never override the standard members.
      return { ...e.details, type: `urn:ktf:problem:${e.code}`, title: TITLES[status], status, detail: e.message, code: e.code };
    }
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const body = e.getResponse();
      const detail = typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? e.message);
      return httpProblem(status, detail, '');
    }
    const dependency = unreachableDependency(e);
    if (dependency) {
      this.log.warn(`[${requestId ?? '-'}] ${route}: ${dependency} unreachable or busy: ${causeMessages(e)}`);
      return { type: 'urn:ktf:problem:dependency-unavailable', title: TITLES[503], status: 503, detail: `the ${dependency} is unreachable or busy; try again shortly`, dependency, retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS };
    }
    this.log.error(`[${requestId ?? '-'}] ${route}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return { type: 'urn:ktf:problem:internal', title: TITLES[500], status: 500, detail: 'internal error' };
  }
}

/** The messages along an error's causes: a wrapped gRPC error's own message says what Temporal refused. */
function causeMessages(e: unknown): string {
  const messages: string[] = [];
  for (let c: unknown = e, depth = 0; c && depth < 4; c = (c as { cause?: unknown }).cause, depth++) {
    messages.push(c instanceof Error ? c.message : String(c));
  }
  return messages.join(' ← ');
}
