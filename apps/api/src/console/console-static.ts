import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * The web console's URL space, apart from the API's: `/` (the console's entry), `/app/…`
 * (its pages, e.g. /app/ho-so/<id>) and `/assets/…` (hashed build files). The API never uses
 * these paths (test/ui checks the OpenAPI document for it), so serving them cannot shadow an
 * endpoint, and an API path such as /nominations/<id> always answers as the API, whatever
 * the Accept header says.
 */
export const CONSOLE_PAGE_PREFIX = '/app';
export const CONSOLE_ASSETS_PREFIX = '/assets/';

/** Headers for index.html: always revalidated (it names the current hashed assets). */
const PAGE_HEADERS: Record<string, string> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  // Ant Design writes its styles into <style> elements at run time, hence 'unsafe-inline' for styles only.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

/** True for a request the console's entry page answers: GET or HEAD of `/` or a page under /app. */
export function isConsolePage(method: string | undefined, path: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  return path === '/' || path === CONSOLE_PAGE_PREFIX || path.startsWith(`${CONSOLE_PAGE_PREFIX}/`);
}

export const defaultConsoleDir = () => resolve(__dirname, '../../../../web');

/**
 * Serves the built console from `dir` before the API's routes: hashed assets as immutable
 * files, and index.html (no-cache) for the console's pages, so a reload or a shared link of
 * /app/… opens the console. Returns false when the console is not built (the API still runs).
 */
export function mountConsole(app: NestExpressApplication, dir: string): boolean {
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile);
  app.useStaticAssets(join(dir, 'assets'), {
    prefix: CONSOLE_ASSETS_PREFIX,
    index: false,
    immutable: true,
    maxAge: '365d',
  });
  app.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = new URL(req.url ?? '/', 'http://console.invalid').pathname;
    if (!isConsolePage(req.method, path)) return next();
    res.writeHead(200, { ...PAGE_HEADERS, 'Content-Length': String(index.length) });
    res.end(req.method === 'HEAD' ? undefined : index);
  });
  return true;
}
