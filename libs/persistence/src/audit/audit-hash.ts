import { createHash } from 'node:crypto';
import { canonicalJson } from '#ktf/domain';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields an audit hash covers, in the form they are hashed (see docs in README, "Audit trail"). */
export interface HashedAuditFields {
  subjectType: string;
  subjectId: string;
  sequence: number;
  occurredAt: string; // ISO 8601 UTC with milliseconds
  actorId: string | null;
  actorRole: string | null;
  action: string;
  stageBefore: string | null;
  stageAfter: string | null;
  reason: string | null;
  payload: unknown;
  workflowId: string | null;
  runId: string | null;
}

/** hash = SHA-256(canonical JSON of the row's fields with prevHash), lowercase hex. */
export function auditHash(fields: HashedAuditFields, prevHash: string): string {
  return createHash('sha256').update(canonicalJson({ ...fields, prevHash }), 'utf8').digest('hex');
}
