import type { OpenAPIObject } from '@nestjs/swagger';
import { httpProblem } from '../problem/http-problem';
import { HTTP_METHODS } from './http-methods';

interface Request {
  method: string;
  path: string;
  originalUrl: string;
  headers: Record<string, string | string[] | undefined>;
}
interface Response {
  setHeader(name: string, value: string): void;
  status(code: number): { type(t: string): { send(body: string): void }; end(): void };
}

/** An operation's words for the methods its path lacks (e.g. why a pipeline version cannot be edited). */
export const METHOD_NOT_ALLOWED_NOTE = 'x-method-not-allowed';

/** `/nominations/{id}/votes` → a regex over one path's segments. */
const templateRegex = (template: string) =>
  new RegExp(`^${template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+')}/?$`);

/**
 * A path the document lists, asked with a method it does not list: 405 with `Allow`
 * (RFC 9110) instead of the router's 404. OPTIONS answers with `Allow` too, except a CORS
 * preflight, which is the CORS middleware's; HEAD is left to Express, which serves it wherever
 * GET is. The document is the route table here.
 */
export function methodNotAllowed(doc: OpenAPIObject) {
  const routes = Object.entries(doc.paths).map(([template, item]) => {
    const operations = HTTP_METHODS.map((m) => (item as Record<string, Record<string, unknown> | undefined>)[m]);
    return {
      regex: templateRegex(template),
      methods: HTTP_METHODS.filter((_, i) => operations[i]).map((m) => m.toUpperCase()),
      note: operations.map((o) => o?.[METHOD_NOT_ALLOWED_NOTE]).find((n): n is string => typeof n === 'string'),
    };
  });
  return (req: Request, res: Response, next: () => void): void => {
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) return next();
    const matching = routes.filter((r) => r.regex.test(req.path));
    if (matching.length === 0) return next();
    const allowed = [...new Set(matching.flatMap((r) => r.methods))];
    if (allowed.includes(req.method) || (req.method === 'HEAD' && allowed.includes('GET'))) return next();
    res.setHeader('Allow', [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', '));
    if (req.method === 'OPTIONS') return res.status(204).end();
    const note = matching.map((r) => r.note).find((n) => n);
    const problem = httpProblem(405, `${req.method} is not allowed here; allowed: ${allowed.join(', ')}${note ? ` (${note})` : ''}`, req.originalUrl);
    res.status(405).type('application/problem+json').send(JSON.stringify(problem));
  };
}
