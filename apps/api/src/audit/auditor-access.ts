import { Actor, DomainError, hasRole } from '#ktf/domain';

/** The audit trail is read by auditors (thanh tra, kiểm toán) and admins only. */
export function assertAuditor(actor: Actor): void {
  if (!hasRole(actor, 'auditor') && !hasRole(actor, 'admin')) {
    throw new DomainError('forbidden', 'only auditors and admins read the audit trail');
  }
}
