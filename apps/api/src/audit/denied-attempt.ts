import { Logger } from '@nestjs/common';
import { actingRoleFor, Actor, DomainError, DomainErrorCode } from '#ktf/domain';
import { AuditRepository } from '#ktf/persistence';

/** The refusals that are audited: wrong role or scope (403) and wrong stage (409). */
const AUDITED: Partial<Record<DomainErrorCode, number>> = { forbidden: 403, stage_conflict: 409 };

const log = new Logger('AuditDenials');

export interface DeniedAttempt {
  actor: Actor;
  /** Subject id of the `access` chain: the nomination the attempt was about. */
  nominationId: string;
  /** What was attempted: a nomination action (vote, appraise, sign…). */
  attemptedAction: string;
  error: unknown;
  stage?: string | null;
  workflowId?: string | null;
}

/**
 * Records a refused action on the nomination's `access` chain. Temporal keeps no trace of
 * a rejected Update, so the API is the only witness. Never records request arguments: a
 * refused vote must not leave its choice behind. Never throws: the refusal the caller is
 * about to return stands even if the audit database is unavailable (that is logged).
 */
export async function recordDeniedAttempt(audit: AuditRepository, d: DeniedAttempt): Promise<void> {
  const e = d.error;
  if (!(e instanceof DomainError)) return;
  const httpStatus = AUDITED[e.code];
  if (!httpStatus) return;
  const stage = typeof e.details.stage === 'string' ? e.details.stage : (d.stage ?? null);
  try {
    await audit.appendNext('access', d.nominationId, {
      actorId: d.actor.id,
      actorRole: actingRoleFor(d.actor, d.attemptedAction),
      action: 'access_denied',
      stageBefore: stage,
      stageAfter: stage,
      reason: e.message,
      payload: { attemptedAction: d.attemptedAction, httpStatus, code: e.code, roles: d.actor.roles, unitId: d.actor.unitId },
      workflowId: d.workflowId ?? null,
    });
  } catch (err) {
    log.error(`could not audit a denied ${d.attemptedAction} on ${d.nominationId}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
