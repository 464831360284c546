import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { AppConfig } from '#ktf/config';
import { codecCors } from '../codec/codec-cors';
import type { Logger } from '#ktf/telemetry';
import { DECLARABLE_DOCUMENT_TYPES } from '../dossier/document-types';
import { jsonBodyOptions, refuseUnstorableText } from './json-body';
import { REQUEST_ID_HEADER, requestIdMiddleware } from './request-id';
import { requestTelemetry } from './request-telemetry';

/**
 * What every request meets before a route, in this order: its request id (so even a refused
 * body's problem names it), its log context and duration metric, security headers, CORS, then the two body parsers with explicit
 * limits (and, after the JSON one, the text no field may hold). Errors from the parsers reach the problem filter as HttpExceptions. Rate limits are a
 * guard (they need the signed-in user), see rate-limit.ts.
 */
export function applyHttpEdge(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  app.use(requestIdMiddleware);
  app.use(requestTelemetry(logger));
  app.disable('x-powered-by');
  app.use(helmet());
  // The Temporal UI's origins reach the codec endpoint only (TEMPORAL_UI_ORIGINS).
  if (config.TEMPORAL_UI_ORIGINS.length > 0) app.use(codecCors(config.TEMPORAL_UI_ORIGINS));
  if (config.CORS_ORIGINS.length > 0) {
    app.enableCors({
      origin: config.CORS_ORIGINS,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Accept', 'Idempotency-Key', 'X-File-Name', REQUEST_ID_HEADER],
      exposedHeaders: [REQUEST_ID_HEADER, 'Retry-After', 'Content-Disposition', 'Digest'],
      maxAge: 600,
    });
  }
  app.useBodyParser('json', jsonBodyOptions({ maxBytes: config.MAX_JSON_BODY_BYTES, maxDepth: config.MAX_JSON_DEPTH }));
  app.use(refuseUnstorableText);
  // Dossier uploads arrive as raw bytes; what they really are is checked by the dossier service.
  app.useBodyParser('raw', { type: [...DECLARABLE_DOCUMENT_TYPES], limit: config.MAX_DOCUMENT_BYTES });
}
