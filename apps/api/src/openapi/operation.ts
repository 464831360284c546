import { applyDecorators, Type } from '@nestjs/common';
import { ApiOperation, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_MEDIA_TYPE, ProblemDocument } from './problem-document';

/**
 * Statuses an operation may answer besides its success, named per handler. The document
 * adds the ones every operation of a kind shares: 400 (it takes parameters or a body), 401
 * (it needs a token), 413 and 422 (it takes a body) and 429 (writes and public routes); a public
 * route that refuses credentials names its 401 itself.
 */
export type ProblemStatus = 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

export const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: the request does not match this document; `errors` names each field',
  401: 'No valid bearer token',
  403: 'Wrong role, or another unit’s nomination',
  404: 'Not found',
  409: 'Not allowed in the current stage (`stage` in the body)',
  413: 'The body is larger than the API accepts',
  415: 'The file is not of a type the dossier accepts',
  422: 'Well-formed, but a rule refused it (catalog, calendar, deadlines, completeness…, or text that cannot be stored: a NUL character, a lone surrogate)',
  429: 'Too many requests: retry after the time in Retry-After',
  503: 'A dependency (database or Temporal) is down',
};

export const problemResponse = (status: number, description = PROBLEM_DESCRIPTIONS[status]) => ({
  description,
  content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: getSchemaPath(ProblemDocument) } } },
});

export interface OperationSpec {
  /** Stable operationId: the generated client's method name. */
  id: string;
  summary: string;
  description?: string;
  /**
   * The success response: `type: [Class]` for an array, or `content` by media type for
   * bodies that are not one JSON document (NDJSON streams). Default status: 200.
   */
  ok: { status?: number; type?: Type<unknown> | [Type<unknown>]; content?: Record<string, { schema: Record<string, unknown> }>; description?: string };
  /** Extra successes (e.g. 200 for an idempotent replay of a 201). */
  alsoOk?: { status: number; type: Type<unknown>; description: string }[];
  fails?: ProblemStatus[];
  /** Per-status wording where the default one says too little. */
  failures?: Partial<Record<ProblemStatus, string>>;
}

function successResponse(ok: OperationSpec['ok']) {
  const status = ok.status ?? 200;
  if (ok.content) return ApiResponse({ status, description: ok.description ?? 'OK', content: ok.content });
  if (!ok.type) return ApiResponse({ status, description: ok.description ?? 'No content' });
  const [type, isArray] = Array.isArray(ok.type) ? [ok.type[0], true] : [ok.type, false];
  return ApiResponse({ status, type, isArray, description: ok.description ?? 'OK' });
}

/** One decorator per handler: its operationId, words, success and failure responses. */
export function Operation(spec: OperationSpec): MethodDecorator {
  const failures = (spec.fails ?? []).map((status) => ApiResponse({ status, ...problemResponse(status, spec.failures?.[status]) }));
  const extra = (spec.alsoOk ?? []).map((o) => ApiResponse({ status: o.status, type: o.type, description: o.description }));
  return applyDecorators(ApiOperation({ operationId: spec.id, summary: spec.summary, description: spec.description }), successResponse(spec.ok), ...extra, ...failures);
}
