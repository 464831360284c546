import { exceedsJsonDepth } from './json-depth';
import { unstorableJsonText } from './json-text';

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

/**
 * Options for the JSON body parser: an explicit size limit, and on the raw bytes a depth limit
 * and the text PostgreSQL could not store as sent (a NUL in a reason wedged its nomination: the
 * workflow had taken the transition, and its recording failed on every retry).
 */
export function jsonBodyOptions(limits: { maxBytes: number; maxDepth: number }) {
  return {
    limit: limits.maxBytes,
    verify: (_req: unknown, _res: unknown, body: Buffer) => {
      if (exceedsJsonDepth(body, limits.maxDepth)) {
        throw new JsonBodyRefused(`JSON body nests objects and arrays deeper than ${limits.maxDepth} levels`, 'entity.too.deep', 400);
      }
      // 422, not 400: the text is valid JSON and a string as the document says; it cannot be stored.
      const unstorable = unstorableJsonText(body);
      if (unstorable) throw new JsonBodyRefused(unstorable, 'entity.unstorable.text', 422);
    },
  };
}
