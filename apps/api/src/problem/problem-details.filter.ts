import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '#ktf/domain';
import { httpProblem, Problem, TITLES } from './http-problem';

const STATUS: Record<DomainErrorCode, number> = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  stage_conflict: 409,
  rule_failed: 422,
};

/** The one place errors become RFC 9457 problem details. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly log = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<{ status(n: number): { type(t: string): { send(b: string): void } } }>();
    const req = http.getRequest<{ url: string }>();
    const problem = this.toProblem(exception);
    problem.instance = req.url;
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(e: unknown): Problem {
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
    this.log.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return { type: 'urn:ktf:problem:internal', title: TITLES[500], status: 500, detail: 'internal error' };
  }
}
