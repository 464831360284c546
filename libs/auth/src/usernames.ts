import { createHmac, hkdfSync } from 'node:crypto';

/** How a typed username is compared: Unicode NFC, no surrounding space, lower case (usernames are a–z, 0–9, . _ -). */
export const normalizeUsername = (typed: string): string => typed.normalize('NFC').trim().toLowerCase();

/**
 * Derives the key for username pseudonyms from a server secret, for one purpose only.
 */
export function pseudonymKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), 'ktf sign-in username pseudonym', 32));
}

/**
 * A keyed digest of a typed username: what the sign-in throttle and the audit trail keep for
 * attempts, so that a password typed into the username field is never stored, and a leaked
 * table alone cannot be searched with a dictionary of names.
 */
export function usernamePseudonym(key: Buffer, typed: string): string {
  return createHmac('sha256', key).update(normalizeUsername(typed), 'utf8').digest('hex');
}
