/** Attributes of a cookie the API sets (RFC 6265bis). */
export interface CookieAttributes {
  path: string;
  /** Seconds; 0 deletes the cookie. */
  maxAgeSeconds: number;
  httpOnly: boolean;
  sameSite: 'Strict' | 'Lax';
  secure: boolean;
}

const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const COOKIE_VALUE = /^[!#-+\--:<-[\]-~]*$/; // cookie-octet: no space, DQUOTE, comma, semicolon or backslash

/** One Set-Cookie header value. */
export function serializeCookie(name: string, value: string, a: CookieAttributes): string {
  if (!COOKIE_NAME.test(name)) throw new Error(`invalid cookie name ${name}`);
  if (!COOKIE_VALUE.test(value)) throw new Error(`invalid value for cookie ${name}`);
  const parts = [`${name}=${value}`, `Path=${a.path}`, `Max-Age=${Math.max(0, Math.floor(a.maxAgeSeconds))}`];
  if (a.maxAgeSeconds <= 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (a.httpOnly) parts.push('HttpOnly');
  parts.push(`SameSite=${a.sameSite}`);
  if (a.secure) parts.push('Secure');
  return parts.join('; ');
}

/**
 * The value of one cookie from a Cookie request header, or undefined. When a name appears
 * more than once (cookies of several paths), the first is the most specific path's.
 */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== name) continue;
    let value = pair.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    return value;
  }
  return undefined;
}
