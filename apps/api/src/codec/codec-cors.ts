import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers the Temporal UI sends to a codec server (its token when "pass access token" is on). */
const ALLOWED_HEADERS = 'Authorization, Content-Type, X-Namespace';

/**
 * CORS for /codec/* only, and only for the configured Temporal UI origins: the UI's page in
 * the browser calls the codec server itself. Credentials are allowed (the UI's "include
 * cross-origin credentials"); the bearer token is still what authorises.
 */
export function codecCors(origins: readonly string[]) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const origin = req.headers.origin;
    if (!req.url?.startsWith('/codec/') || !origin || !origins.includes(origin)) return next();
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
    if (req.method !== 'OPTIONS') return next();
    res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.setHeader('Access-Control-Max-Age', '600');
    res.statusCode = 204;
    res.end();
  };
}
