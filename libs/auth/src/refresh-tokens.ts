import { createHash, randomBytes } from 'node:crypto';

/** A new opaque refresh token: 256 random bits, base64url (what the cookie carries). */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the server stores instead of the token. A fast hash is enough: the token is random
 * and long, so there is no dictionary to try, unlike a password.
 */
export function refreshTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Refresh tokens as `newRefreshToken` writes them; anything else is not looked up. */
export const isWellFormedRefreshToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
