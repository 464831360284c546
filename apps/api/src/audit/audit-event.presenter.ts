import { auditActionLabel, type HashedAuditFields } from '#ktf/domain';
import type { AuditEventRow } from '#ktf/persistence';

/**
 * One audit event as every API view shows it, whichever way it was read: a row of the audit
 * queries (occurredAt already text) or an entity of a nomination's chain (a Date).
 */
export type TrailEvent = Omit<HashedAuditFields, 'subjectType' | 'subjectId' | 'occurredAt'> & {
  occurredAt: Date | string;
  hash: string;
};

/** The fields both views share, with the Vietnamese and English labels of the action. */
function presentTrail(e: TrailEvent) {
  const label = auditActionLabel(e.action, e.stageAfter);
  return {
    sequence: e.sequence,
    occurredAt: typeof e.occurredAt === 'string' ? e.occurredAt : e.occurredAt.toISOString(),
    actorId: e.actorId,
    actorRole: e.actorRole,
    action: e.action,
    labelVi: label.vi,
    labelEn: label.en,
    stageBefore: e.stageBefore,
    stageAfter: e.stageAfter,
    reason: e.reason,
    payload: e.payload,
    // The Temporal run that produced the event (null for events the API records itself).
    workflowId: e.workflowId,
    runId: e.runId,
    hash: e.hash,
  };
}

/** An event as the audit API shows it: every hashed field, the link, the hash, the run and the labels. */
export function presentAuditEvent(e: AuditEventRow) {
  return { id: e.id, subjectType: e.subjectType, subjectId: e.subjectId, ...presentTrail(e), prevHash: e.prevHash, recordedAt: e.recordedAt };
}

/** An event of a nomination's history: the shared fields and who acted, by name (null for the system or a departed user). */
export function presentHistoryEvent(e: TrailEvent, actorName: string | null) {
  return { ...presentTrail(e), actorName };
}
