import { readCookie, serializeCookie } from '#ktf/auth';
import { DomainError } from '#ktf/domain';

/** The refresh token's cookie: sent by the browser to /auth/* only, unreadable by scripts. */
export const REFRESH_COOKIE = 'ktf_refresh';
export const REFRESH_COOKIE_PATH = '/auth';

/**
 * CSRF defence for the cookie-authenticated routes (/auth/refresh, /auth/logout), besides
 * SameSite=Strict: the request must carry this header. A cross-site form cannot set headers,
 * and a cross-site script that tries needs a CORS preflight, which this API never grants.
 */
export const CONSOLE_HEADER = 'X-Requested-With';
export const CONSOLE_HEADER_VALUE = 'ktf-console';

export interface HeaderSink {
  setHeader(name: string, value: string | string[]): void;
}

export function refreshCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return serializeCookie(REFRESH_COOKIE, token, { path: REFRESH_COOKIE_PATH, maxAgeSeconds, httpOnly: true, sameSite: 'Strict', secure });
}

export function clearedRefreshCookie(secure: boolean): string {
  return serializeCookie(REFRESH_COOKIE, '', { path: REFRESH_COOKIE_PATH, maxAgeSeconds: 0, httpOnly: true, sameSite: 'Strict', secure });
}

export const refreshTokenFrom = (cookieHeader: string | undefined) => readCookie(cookieHeader, REFRESH_COOKIE);

/** 403 unless the console's header is there (see CONSOLE_HEADER). */
export function assertConsoleRequest(headerValue: string | undefined): void {
  if (headerValue?.trim() !== CONSOLE_HEADER_VALUE) {
    throw new DomainError('forbidden', `${CONSOLE_HEADER}: ${CONSOLE_HEADER_VALUE} is required on /auth/refresh and /auth/logout (CSRF protection)`);
  }
}
