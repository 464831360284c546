import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { completeDocument, MISSING_OPERATION_ID } from './document-completion';
import { methodNotAllowed } from './method-not-allowed';
import { FieldErrors, ProblemDocument } from './problem-document';
import { describeValidatedClasses } from './validated-classes';

/** One tag per area of the API, in the order a reader meets them. */
const TAGS: [name: string, description: string][] = [
  ['nominations', 'Hồ sơ đề nghị khen thưởng: create, read and act on a nomination (its workflow decides)'],
  ['dossier', 'Hồ sơ đính kèm: the nomination’s documents per round, their diff, the appraisal checks'],
  ['council-sessions', 'Phiên họp Hội đồng TĐKT: many nominations voted in one meeting'],
  ['decisions', 'Quyết định khen thưởng: batch signing, numbered per authority and year'],
  ['queries', 'Lists: nominations, the caller’s inbox, the award registry'],
  ['campaigns', 'Đợt phát động thi đua: intake rounds with a deadline per unit'],
  ['calendar', 'Lịch làm việc: holidays and compensatory working Saturdays'],
  ['notifications', 'Thông báo: the caller’s own notifications'],
  ['stats', 'Statistics per stage: open, overdue, on-time rate, working days spent'],
  ['admin', 'Reference data: award catalog, pipeline versions, units, users, councils'],
  ['audit', 'Audit trail: events, chain verification, evidence export'],
  ['health', 'Liveness and readiness'],
];

const DESCRIPTION = [
  'Nomination and approval pipelines for emulation and commendation (thi đua, khen thưởng).',
  '',
  'Every error is an RFC 9457 problem document (`application/problem+json`). **400** means the',
  'request does not match this document (each field is named in `errors`); **422** means it does,',
  'but a rule refused it (catalog, calendar, deadlines, dossier completeness); **409** means the',
  'action is not allowed in the nomination’s current stage.',
].join('\n');

/** The OpenAPI document of the running API: the one source a client is generated from. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  describeValidatedClasses();
  const builder = new DocumentBuilder()
    .setTitle('Khen Thưởng Flow')
    .setDescription(DESCRIPTION)
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A token for a user (dev: `npm run -s token -- officer.vp`)' }, 'bearer');
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const doc = SwaggerModule.createDocument(app, builder.build(), {
    extraModels: [ProblemDocument, FieldErrors],
    operationIdFactory: (controller, method) => `${MISSING_OPERATION_ID}${controller}.${method}`,
    autoTagControllers: false,
  });
  return completeDocument(doc);
}

/** Serves the document at /docs (UI) and /docs-json, and answers 405 for methods it does not list. */
export function serveOpenApi(app: INestApplication): OpenAPIObject {
  const doc = buildOpenApiDocument(app);
  app.use(methodNotAllowed(doc));
  SwaggerModule.setup('docs', app, doc);
  return doc;
}
