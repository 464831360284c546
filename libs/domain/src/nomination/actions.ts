import { Actor, hasRole, Role } from '../roles';
import { DomainError, DomainErrorCode } from '../domain-error';
import { isTerminal, StageKind } from '../pipeline/pipeline';
import { Duty, NominationView } from './nomination-view';
import { holdsPendingTask } from './reassignment';

export const NOMINATION_ACTIONS = [
  'submit',
  'vote',
  'close_voting',
  'appraise',
  'supplement',
  'sign',
  'return',
  'withdraw',
  'record_external_decision',
  'extend_deadline',
  'schedule_voting',
  'record_absent_opinion',
  'reassign',
] as const;
export type NominationAction = (typeof NOMINATION_ACTIONS)[number];

interface ActionRule {
  role: Role;
  stages: StageKind[];
  /** Only the nominating unit may do it. */
  ownUnit?: boolean;
  /** The duty the actor serves in; oversight actions (admin) have none. */
  duty?: Duty;
  /** Whoever holds the pending task may do it too, without the role (a member going on leave). */
  orHolder?: boolean;
}

const RULES: Record<NominationAction, ActionRule> = {
  submit: { role: 'unit_officer', stages: ['unit_proposal'], ownUnit: true, duty: 'unit' },
  vote: { role: 'council_member', stages: ['council_review'], duty: 'council' },
  close_voting: { role: 'council_secretary', stages: ['council_review'], duty: 'council' },
  schedule_voting: { role: 'council_secretary', stages: ['council_review'], duty: 'council' },
  record_absent_opinion: { role: 'council_secretary', stages: ['council_review'], duty: 'council' },
  appraise: { role: 'appraiser', stages: ['appraisal'], duty: 'appraisal' },
  supplement: { role: 'unit_officer', stages: ['supplement'], ownUnit: true, duty: 'unit' },
  sign: { role: 'signer', stages: ['signing'], duty: 'signing' },
  return: { role: 'signer', stages: ['signing'], duty: 'signing' },
  withdraw: {
    role: 'unit_officer',
    stages: ['unit_proposal', 'council_review', 'appraisal', 'supplement', 'signing'],
    ownUnit: true,
    duty: 'unit',
  },
  record_external_decision: { role: 'appraiser', stages: ['external_decision'], duty: 'appraisal' },
  extend_deadline: { role: 'admin', stages: ['council_review', 'appraisal', 'supplement', 'signing', 'external_decision'] },
  // The pending vote or appraisal passes to another eligible person (reassignmentDenial says who).
  reassign: { role: 'admin', stages: ['council_review', 'appraisal'], orHolder: true },
};

export const isNominationAction = (value: string): value is NominationAction => (NOMINATION_ACTIONS as readonly string[]).includes(value);

/**
 * The role in which `actor` takes (or attempts) `action`, for the audit trail: the role the
 * action needs when the actor holds it, else the actor's first role.
 */
export function actingRoleFor(actor: Actor, action: string): Role | null {
  const needed = isNominationAction(action) ? RULES[action].role : undefined;
  return needed && hasRole(actor, needed) ? needed : (actor.roles[0] ?? null);
}

/** The duty an action serves, if any (used to remember who served in which). */
export const dutyOf = (action: NominationAction): Duty | undefined => RULES[action].duty;

export interface ActorContext {
  actor: Actor;
  /** For signers: the authority they sign for (e.g. UBND). */
  signerAuthority?: string | null;
}

/** Why an action is refused, before it becomes an error: [code, message]. */
type Denial = readonly [DomainErrorCode, string];

const forbidden = (message: string): Denial => ['forbidden', message];
const conflict = (message: string): Denial => ['stage_conflict', message];

/**
 * The rules behind denialOf, answering with plain values: allowedActions asks them for
 * every action of every row of a list, and building an Error (a stack trace each) for
 * each refusal cost a quarter of the API's CPU on `GET /inbox`.
 */
function whyNot(view: NominationView, ctx: ActorContext, action: NominationAction): Denial | null {
  const rule = RULES[action];
  const { actor } = ctx;
  if (!hasRole(actor, rule.role) && !(rule.orHolder && holdsPendingTask(view, actor))) {
    return forbidden(rule.orHolder ? `action ${action} needs role ${rule.role} or a pending task of this person` : `action ${action} needs role ${rule.role}`);
  }
  if (rule.ownUnit && actor.unitId !== view.unitId) return forbidden(`only the nominating unit may ${action} this nomination`);
  const served = view.actorDuties?.[actor.id];
  if (rule.duty && served && served !== rule.duty) {
    return forbidden(`separation of duties: this person already acted on this nomination in the ${served} duty`);
  }
  if (isTerminal(view.status) || view.stage === null || !rule.stages.includes(view.stage)) {
    return conflict(`action ${action} is not allowed in stage ${view.stage ?? view.status}`);
  }
  if (view.reservedByDecisionId && action !== 'sign') return conflict(`a decision is being signed over this nomination`);
  switch (action) {
    case 'submit':
      return view.status === 'draft' ? null : conflict('this nomination has already been submitted');
    case 'vote':
      if (!view.councilMemberIds.includes(actor.id)) return forbidden('only members of the council pinned for this review may vote');
      if (view.recusedMemberIds.includes(actor.id)) return forbidden('this member is recused from voting on this nomination');
      if (view.votedMemberIds.includes(actor.id)) return conflict('this member has already voted on this nomination');
      return null;
    case 'appraise':
      return view.appraiserId && view.appraiserId !== actor.id ? forbidden('the appraisal of this nomination is assigned to another appraiser') : null;
    case 'sign':
    case 'return':
      if (!view.signingAuthority || ctx.signerAuthority !== view.signingAuthority) {
        return forbidden(`only a signer for authority ${view.signingAuthority} may ${action}`);
      }
      if (action === 'sign' && view.reservedByDecisionId) return conflict('a decision is already being signed over this nomination');
      return null;
    default:
      return null;
  }
}

/**
 * Why `actor` may not do `action` now, or null when allowed. Order matters: role and
 * unit scope (403) come before stage (409), so a wrong-role caller learns nothing about state.
 */
export function denialOf(view: NominationView, ctx: ActorContext, action: NominationAction): DomainError | null {
  const denial = whyNot(view, ctx, action);
  if (!denial) return null;
  const [code, message] = denial;
  return code === 'stage_conflict'
    ? new DomainError(code, message, { stage: view.stage, nominationStatus: view.status })
    : new DomainError(code, message);
}

export function allowedActions(view: NominationView, ctx: ActorContext): NominationAction[] {
  return NOMINATION_ACTIONS.filter((a) => whyNot(view, ctx, a) === null);
}
