import type { ActorRequest } from '#ktf/contracts';
import type { Role } from '#ktf/domain';

const ROLE_OF_ACTION: Record<string, Role> = {
  created: 'unit_officer',
  submitted: 'unit_officer',
  withdrawn: 'unit_officer',
  resubmitted: 'unit_officer',
  vote_cast: 'council_member',
  voting_closed: 'council_secretary',
  council_session_scheduled: 'council_secretary',
  absent_opinion_recorded: 'council_secretary',
  signed: 'signer',
  returned_to_appraisal: 'signer',
  reserved_for_decision: 'signer',
  reservation_released: 'signer',
  deadline_extended: 'admin',
  check_overridden: 'appraiser',
};

/**
 * The role an actor acted in when taking `action`, for the audit rows of the transition it
 * starts (a user may hold several roles; one who holds only one acts in it).
 */
export function actingRole(req: ActorRequest, action: string): string | null {
  const wanted =
    ROLE_OF_ACTION[action] ?? (action.startsWith('appraisal_') || action.startsWith('central_') ? ('appraiser' as const) : undefined);
  if (wanted && req.actor.roles.includes(wanted)) return wanted;
  return req.actor.roles[0] ?? null;
}
