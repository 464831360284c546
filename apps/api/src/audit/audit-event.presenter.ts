import { auditActionLabel } from '#ktf/domain';
import type { AuditEventRow } from '#ktf/persistence';

/** An event as the audit API shows it: every hashed field, the link, the hash, the run and the labels. */
export function presentAuditEvent(e: AuditEventRow) {
  const label = auditActionLabel(e.action, e.stageAfter);
  return {
    id: e.id,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    sequence: e.sequence,
    occurredAt: e.occurredAt,
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
    prevHash: e.prevHash,
    hash: e.hash,
    recordedAt: e.recordedAt,
  };
}
