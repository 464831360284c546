import type { Middleware } from 'openapi-fetch';

type Responses = Record<string, { content?: Record<string, unknown> }>;

/** The parts of an OpenAPI document this check reads. */
export interface DocumentShape {
  paths: Record<string, Record<string, unknown>>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

const templateRegex = (template: string) => new RegExp(`^${template.split(/\{[^}]+\}/).map((p) => p.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);

/** The document's path template a concrete path falls under (the literal one first, as routers do). */
export function templateOf(doc: DocumentShape, path: string): string | undefined {
  const templates = Object.keys(doc.paths);
  return templates.find((t) => t === path) ?? templates.find((t) => templateRegex(t).test(path));
}

/**
 * Why an exchange is not one the document allows, or null when it is: an operation answers
 * only the statuses (and media types) it lists; a path the document has, asked with a
 * method it does not list, answers 405; a path it does not have answers 404.
 */
export function undocumented(doc: DocumentShape, method: string, path: string, status: number, contentType: string | null): string | null {
  const where = `${method.toUpperCase()} ${path}`;
  const template = templateOf(doc, path.split('?')[0]);
  if (!template) return status === 404 ? null : `${where}: the path is not in the document, yet it answered ${status}`;
  const methods = METHODS.filter((m) => doc.paths[template][m]);
  const operation = doc.paths[template][method.toLowerCase()] as { responses?: Responses } | undefined;
  if (!operation) {
    const implicit = method.toUpperCase() === 'HEAD' && methods.includes('get');
    return implicit || status === 405 ? null : `${where}: ${method} is not in the document for ${template}, yet it answered ${status} (405 expected)`;
  }
  const documented = operation.responses?.[String(status)] ?? operation.responses?.default;
  if (!documented) return `${where} (${template}) answered ${status}; the document lists ${Object.keys(operation.responses ?? {}).join(', ')}`;
  const type = contentType?.split(';')[0].trim();
  const types = Object.keys(documented.content ?? {});
  if (type && types.length && !types.includes(type)) return `${where} ${status} answered ${type}; the document says ${types.join(' or ')}`;
  return null;
}

/** openapi-fetch middleware: fails any response the document does not allow. */
export function documentedStatuses(doc: DocumentShape): Middleware {
  return {
    onResponse({ request, response }) {
      const url = new URL(request.url);
      const problem = undocumented(doc, request.method, url.pathname, response.status, response.headers.get('content-type'));
      if (problem) throw new Error(problem);
      return undefined;
    },
  };
}
