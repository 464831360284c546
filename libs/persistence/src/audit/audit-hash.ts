import { hash } from 'node:crypto';
import { auditHashInput, GENESIS_HASH, HashedAuditFields } from '#ktf/domain';

// The canonical form lives in libs/domain (shared with the offline verifier); re-exported
// here so callers of the persistence layer keep one import.
export { GENESIS_HASH, type HashedAuditFields };

/**
 * Lowercase hex SHA-256 of UTF-8 text: the digest the chain verifier is given. The one-shot
 * crypto.hash (strings are hashed as UTF-8), not createHash: no Hash object per event.
 */
export const sha256Hex = (text: string): string => hash('sha256', text, 'hex');

/** hash = SHA-256(canonical JSON of the row's fields with prevHash), lowercase hex. */
export function auditHash(fields: HashedAuditFields, prevHash: string): string {
  return sha256Hex(auditHashInput(fields, prevHash));
}
