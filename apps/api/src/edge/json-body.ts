import { exceedsJsonDepth } from './json-depth';

/**
 * Refused before parsing: shaped as the errors body-parser raises (status, expose, type), so
 * Nest turns it into an HttpException and the problem filter answers it like any 400.
 */
class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly statusCode = 400;
  readonly expose = true;
  readonly type = 'entity.too.deep';
}

/** Options for the JSON body parser: an explicit size limit, and a depth limit checked on the raw bytes. */
export function jsonBodyOptions(limits: { maxBytes: number; maxDepth: number }) {
  return {
    limit: limits.maxBytes,
    verify: (_req: unknown, _res: unknown, body: Buffer) => {
      if (exceedsJsonDepth(body, limits.maxDepth)) {
        throw new JsonTooDeepError(`JSON body nests objects and arrays deeper than ${limits.maxDepth} levels`);
      }
    },
  };
}
