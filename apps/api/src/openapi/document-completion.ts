import type { OpenAPIObject } from '@nestjs/swagger';
import { HTTP_METHODS } from './http-methods';
import { LINK_SOURCES } from './links';
import { problemResponse } from './operation';
import { classKeywords, validatedClassesByName } from './validated-classes';

type Json = Record<string, unknown>;
interface OperationObject {
  operationId?: string;
  parameters?: Json[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Json }> };
  responses: Record<string, unknown>;
  security?: Json[];
}


/** Marks an operationId swagger invented, so that completion can refuse it. */
export const MISSING_OPERATION_ID = '__missing__';

export function operationsOf(doc: OpenAPIObject): { path: string; method: string; op: OperationObject }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => (item as Json)[m]).map((method) => ({ path, method, op: (item as Json)[method] as OperationObject })),
  );
}

const refName = (schema: Json | undefined) => (typeof schema?.$ref === 'string' ? schema.$ref.split('/').pop() : undefined);

/** The statuses every operation of a kind shares, so no handler can forget them. */
function addSharedProblems(op: OperationObject, method: string): void {
  const add = (status: number) => (op.responses[status] ??= problemResponse(status));
  const secured = (op.security ?? []).length > 0;
  if ((op.parameters ?? []).length > 0 || op.requestBody) add(400);
  if (secured) add(401);
  if (op.requestBody) add(413);
  // A JSON body's text with a NUL or a lone surrogate: well-formed, but not storable (edge/json-body.ts).
  if (op.requestBody) add(422);
  if (method !== 'get' || !secured) add(429);
  // Every operation reads the database or calls Temporal; either may be down for a moment.
  add(503);
}

/** A body whose every field may be left out may itself be left out (the pipe validates `{}`). */
function bodyRequirement(op: OperationObject, schemas: Record<string, Json>): void {
  const name = refName(op.requestBody?.content?.['application/json']?.schema);
  const schema = name ? schemas[name] : undefined;
  if (op.requestBody && schema && !(Array.isArray(schema.required) && schema.required.length > 0)) op.requestBody.required = false;
}

/** Adds the links of links.ts to the responses they start from (every target takes the id as `id`). */
function addLinks(doc: OpenAPIObject): void {
  const byId = new Map(operationsOf(doc).map((o) => [o.op.operationId as string, o.op]));
  for (const source of LINK_SOURCES) {
    const response = byId.get(source.from)?.responses[source.status] as Json | undefined;
    if (!response) throw new Error(`link source ${source.from} ${source.status} is not in the document`);
    const links = (response.links ??= {}) as Json;
    for (const target of source.to) {
      if (!byId.has(target)) throw new Error(`link target ${target} is not in the document`);
      links[target] = { operationId: target, parameters: { id: source.id } };
    }
  }
}

function checkOperationIds(doc: OpenAPIObject): void {
  const seen = new Map<string, string>();
  for (const { path, method, op } of operationsOf(doc)) {
    const where = `${method.toUpperCase()} ${path}`;
    if (!op.operationId || op.operationId.startsWith(MISSING_OPERATION_ID)) throw new Error(`${where} has no operationId: give its handler @Operation({ id, … })`);
    const other = seen.get(op.operationId);
    if (other) throw new Error(`operationId ${op.operationId} is used by ${other} and ${where}`);
    seen.set(op.operationId, where);
  }
}

/**
 * What @nestjs/swagger leaves out: the class-level rules of request DTOs (no unknown
 * fields, which fields go together), the problem responses shared by kind, optional bodies
 * and the links between operations. Refuses a document with a missing or repeated operationId.
 */
export function completeDocument(doc: OpenAPIObject): OpenAPIObject {
  checkOperationIds(doc);
  const schemas = (doc.components?.schemas ?? {}) as Record<string, Json>;
  const validated = validatedClassesByName();
  for (const [name, schema] of Object.entries(schemas)) {
    const cls = validated.get(name);
    if (cls) Object.assign(schema, classKeywords(cls));
  }
  if (schemas.ProblemDocument) schemas.ProblemDocument.additionalProperties = true;
  for (const { method, op } of operationsOf(doc)) {
    addSharedProblems(op, method);
    bodyRequirement(op, schemas);
  }
  addLinks(doc);
  return doc;
}
