import { exceedsJsonDepth } from './json-depth';
import { unstorableText } from '#ktf/domain';

/**
 * Refused before parsing: shaped as the errors body-parser raises (status, expose, type), so
 * Nest turns it into an HttpException and the problem filter answers it like any other.
 */
class JsonBodyRefused extends Error {
  readonly expose = true;
  readonly statusCode: number;
  constructor(
    message: string,
    readonly type: 'entity.too.deep' | 'entity.unstorable.text',
    readonly status: 400 | 422,
  ) {
    super(message);
    this.statusCode = status;
  }
}

/** Options for the JSON body parser: an explicit size limit, and a depth limit checked on the raw bytes. */
export function jsonBodyOptions(limits: { maxBytes: number; maxDepth: number }) {
  return {
    limit: limits.maxBytes,
    verify: (_req: unknown, _res: unknown, body: Buffer) => {
      if (exceedsJsonDepth(body, limits.maxDepth)) {
        throw new JsonBodyRefused(`JSON body nests objects and arrays deeper than ${limits.maxDepth} levels`, 'entity.too.deep', 400);
      }
    },
  };
}

/**
 * Right after the JSON parser: a body holding text PostgreSQL could not store as sent (the
 * domain's unstorableText: a NUL, a lone surrogate) is refused before any route runs. A NUL in a
 * reason wedged its nomination: the workflow had taken the transition, and its recording failed
 * on every retry. 422, not 400: it is valid JSON and a string as the document says. Raw uploads
 * (Buffers) are the dossier's business.
 */
export function refuseUnstorableText(req: { body?: unknown }, _res: unknown, next: (error?: unknown) => void): void {
  const why = Buffer.isBuffer(req.body) ? null : unstorableText(req.body);
  next(why ? new JsonBodyRefused(why, 'entity.unstorable.text', 422) : undefined);
}
