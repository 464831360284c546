import { httpRequestDuration, Logger, withLogContext } from '#ktf/telemetry';
import type { WithRequestId } from './request-id';

interface Req extends WithRequestId {
  method: string;
  baseUrl?: string;
  route?: { path?: unknown };
  params?: Record<string, unknown>;
  actor?: { id: string };
}

interface Res {
  statusCode: number;
  once(event: 'finish', listener: () => void): unknown;
}

/**
 * The route template the request matched (`/nominations/:id/votes`), never the raw path: ids
 * in a label would make one series per nomination. Requests no route matched share "unmatched".
 */
export function routeTemplateOf(req: Pick<Req, 'baseUrl' | 'route'>): string {
  const path = req.route?.path;
  return typeof path === 'string' ? `${req.baseUrl ?? ''}${path}` : 'unmatched';
}

/**
 * Express middleware right after the request id: every later log line of the request carries
 * its id (and the actor's, once the token is checked); when the response is sent, one access
 * line and one observation of the duration histogram. The line has ids and the route template
 * only, never the path's query or any body (they may hold names).
 */
export function requestTelemetry(logger: Logger) {
  return (req: Req, res: Res, next: () => void): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeTemplateOf(req);
      const status = String(res.statusCode);
      httpRequestDuration.observe({ method: req.method, route, status }, seconds);
      const nominationId = route.startsWith('/nominations/:id') && typeof req.params?.id === 'string' ? req.params.id : undefined;
      logger.info(
        { requestId: req.requestId ?? null, actorId: req.actor?.id ?? null, ...(nominationId ? { nominationId } : {}), method: req.method, route, status: res.statusCode, durationMs: Math.round(seconds * 1000) },
        'request',
      );
    });
    withLogContext({ requestId: req.requestId }, next);
  };
}
