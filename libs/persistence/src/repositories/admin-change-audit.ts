import { EntityManager } from 'typeorm';
import { appendNextAuditEvent } from '../audit';

/** Admin edits of reference data are chained under this subject type, one chain per record. */
export const ADMIN_AUDIT_SUBJECT_TYPE = 'catalog' as const;

/** Who changed which record, and how (`payload` carries what it was and what it became). */
export interface AdminChange {
  actorId: string;
  actorRole: string;
  /** `award_type:<code>`, `pipeline:<code>`, `unit:<id>`, `user:<id>`, `council:<id>`. */
  subjectId: string;
  action: string;
  payload: Record<string, unknown>;
}

/** The actor part of an AdminChange, as callers pass it to the admin repositories. */
export type AdminActor = Pick<AdminChange, 'actorId' | 'actorRole'>;

/**
 * Appends an admin change to its record's audit chain inside the caller's transaction, so a
 * change and its audit event commit together or not at all. This is the one place admin
 * writes reach the audit trail.
 */
export async function appendAdminChange(m: EntityManager, c: AdminChange): Promise<void> {
  await appendNextAuditEvent(m, ADMIN_AUDIT_SUBJECT_TYPE, c.subjectId, {
    actorId: c.actorId,
    actorRole: c.actorRole,
    action: c.action,
    payload: c.payload,
  });
}
