import { canonicalJson } from './canonical-json';

/**
 * What an audit chain is about. Each (type, id) pair is its own chain with its own
 * sequence: `nomination` chains are numbered by the nomination's workflow; `decision`,
 * `campaign`, `access` (denied attempts, id = the nomination id), `catalog` (admin
 * edits of reference data, id = `<kind>:<key>`) and `account` (sign-ins, sign-outs and
 * password changes, id = the user id, or `unknown:<pseudonym>` for a typed username that
 * matches no account) by whoever appends, under the chain's lock.
 */
export const AUDIT_SUBJECT_TYPES = ['nomination', 'decision', 'campaign', 'access', 'catalog', 'notification', 'account', 'delegation'] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

export const isAuditSubjectType = (v: unknown): v is AuditSubjectType =>
  typeof v === 'string' && (AUDIT_SUBJECT_TYPES as readonly string[]).includes(v);

/** prev_hash of every chain's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields an audit hash covers, in the form they are hashed. */
export interface HashedAuditFields {
  subjectType: string;
  subjectId: string;
  sequence: number;
  occurredAt: string; // ISO 8601 UTC with milliseconds, as Date#toISOString writes it
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

/** A stored event as the verifier sees it: the hashed fields plus the link and the hash. */
export interface AuditRecord extends HashedAuditFields {
  prevHash: string;
  hash: string;
}

/**
 * The exact text hashed for a row: canonical JSON of the thirteen fields and prevHash.
 * Absent nullable fields are hashed as null and an absent payload as {}, which is what
 * the database stores, so a row always verifies against its stored form.
 */
export function auditHashInput(f: HashedAuditFields, prevHash: string): string {
  const c = canonicalJson;
  if (f.subjectType === undefined || f.subjectId === undefined || f.sequence === undefined || f.occurredAt === undefined || f.action === undefined) {
    return c({ ...hashedObject(f), prevHash }); // malformed input: the generic path drops what is undefined
  }
  // The generic form, unrolled with the keys already in canonical order (verification is
  // hot; audit-record.spec.ts checks this equals canonicalJson of the object).
  return (
    `{"action":${c(f.action)},"actorId":${c(f.actorId ?? null)},"actorRole":${c(f.actorRole ?? null)}` +
    `,"occurredAt":${c(f.occurredAt)},"payload":${c(f.payload ?? {})},"prevHash":${c(prevHash)}` +
    `,"reason":${c(f.reason ?? null)},"runId":${c(f.runId ?? null)},"sequence":${c(f.sequence)}` +
    `,"stageAfter":${c(f.stageAfter ?? null)},"stageBefore":${c(f.stageBefore ?? null)},"subjectId":${c(f.subjectId)}` +
    `,"subjectType":${c(f.subjectType)},"workflowId":${c(f.workflowId ?? null)}}`
  );
}

/** The hashed fields of a row as an object, absent nullables as null (the stored form). */
export function hashedObject(f: HashedAuditFields): HashedAuditFields {
  return {
    subjectType: f.subjectType,
    subjectId: f.subjectId,
    sequence: f.sequence,
    occurredAt: f.occurredAt,
    actorId: f.actorId ?? null,
    actorRole: f.actorRole ?? null,
    action: f.action,
    stageBefore: f.stageBefore ?? null,
    stageAfter: f.stageAfter ?? null,
    reason: f.reason ?? null,
    payload: f.payload ?? {},
    workflowId: f.workflowId ?? null,
    runId: f.runId ?? null,
  };
}

/** Hex SHA-256 of UTF-8 text. Injected: libs/domain does no I/O and has no crypto of its own. */
export type Sha256Hex = (text: string) => string;
