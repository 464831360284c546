import { Actor, hasRole, Role } from '../roles';
import { DomainError } from '../domain-error';
import { isTerminal } from '../pipeline/pipeline';
import { CouncilScope } from '../vote/council-scope';
import { Duty, NominationView } from './nomination-view';

/**
 * Reassigning a pending task (issue 15): a council member's vote or the appraisal of a
 * nomination passes to another eligible person, e.g. when the assignee goes on leave.
 * Pure rules here; the workflow applies the change and the API records the audit event.
 */
export const REASSIGNABLE_TASKS = ['council_vote', 'appraisal'] as const;
export type ReassignableTask = (typeof REASSIGNABLE_TASKS)[number];

export const isReassignableTask = (value: unknown): value is ReassignableTask =>
  typeof value === 'string' && (REASSIGNABLE_TASKS as readonly string[]).includes(value);

const TASK_RULES: Record<ReassignableTask, { role: Role; stage: 'council_review' | 'appraisal'; duty: Duty }> = {
  council_vote: { role: 'council_member', stage: 'council_review', duty: 'council' },
  appraisal: { role: 'appraiser', stage: 'appraisal', duty: 'appraisal' },
};

/** Longest reason kept in the audit trail. */
export const REASSIGN_REASON_MAX = 500;

export interface ReassignmentRequest {
  task: ReassignableTask;
  /** Who holds the task now. */
  from: Actor;
  /** Who takes it over. */
  to: Actor;
  reason: string;
}

export interface ReassignmentFacts {
  view: NominationView;
  /** Whose council votes in this stage; the provincial council recuses the nominating unit. */
  councilScope: CouncilScope;
  /** Active members of that council: a vote passes only within the same council. */
  councilRosterIds: readonly string[];
  /** The appraiser the appraisal task is assigned to now; null: not named yet, every appraiser holds it. */
  appraiserId: string | null;
}

/**
 * Why `requester` may not reassign as asked, or null when allowed. Order as for actions:
 * who asks (403), a malformed request (400), the nomination's state (409), then whether the
 * new person is eligible (422), so the problem names the first thing to fix.
 */
export function reassignmentDenial(requester: Actor, req: ReassignmentRequest, facts: ReassignmentFacts): DomainError | null {
  const { view } = facts;
  const rule = TASK_RULES[req.task];
  if (!hasRole(requester, 'admin') && requester.id !== req.from.id) {
    return new DomainError('forbidden', 'only an admin or the current assignee may reassign this task');
  }
  const reason = req.reason.trim();
  if (reason.length === 0) return new DomainError('invalid_input', 'a reason for the reassignment is required', { field: 'reason' });
  if (reason.length > REASSIGN_REASON_MAX) {
    return new DomainError('invalid_input', `the reason must be at most ${REASSIGN_REASON_MAX} characters`, { field: 'reason' });
  }
  if (req.from.id === req.to.id) return new DomainError('invalid_input', 'the task is already assigned to this person', { field: 'to' });
  if (isTerminal(view.status) || view.stage !== rule.stage) {
    return new DomainError('stage_conflict', `a ${req.task} task can be reassigned only in stage ${rule.stage}, not ${view.stage ?? view.status}`);
  }
  if (view.reservedByDecisionId) return new DomainError('stage_conflict', 'a decision is being signed over this nomination');
  const pending = pendingDenial(req, facts);
  if (pending) return pending;
  return eligibilityDenial(req.task, req.to, facts);
}

/**
 * Why `requester` may not ask who could take `task` over, or null: the same order and answers
 * as reassignmentDenial's first checks (403 unless an admin or a holder of a pending task, then
 * 409 outside the task's stage), so the list is offered to exactly who may use it.
 */
export function candidatesDenial(requester: Actor, task: ReassignableTask, view: NominationView): DomainError | null {
  if (!hasRole(requester, 'admin') && !holdsPendingTask(view, requester)) {
    return new DomainError('forbidden', 'only an admin or the current assignee may reassign this task');
  }
  const { stage } = TASK_RULES[task];
  if (isTerminal(view.status) || view.stage !== stage) {
    return new DomainError('stage_conflict', `a ${task} task can be reassigned only in stage ${stage}, not ${view.stage ?? view.status}`);
  }
  return null;
}

/**
 * Who of `people` could take `task` over now: the eligibility rule reassignmentDenial ends with
 * (role, council roster, not seated, not recused, no other duty), less whoever holds the task
 * already (the named appraiser). The console offers these, so a pick is never refused as
 * ineligible; the API still checks the request it gets.
 */
export function eligibleAssignees<P extends Actor>(task: ReassignableTask, facts: ReassignmentFacts, people: readonly P[]): P[] {
  return people.filter((to) => to.id !== (task === 'appraisal' ? facts.appraiserId : null) && eligibilityDenial(task, to, facts) === null);
}

/** The task must still be pending with `from`. */
function pendingDenial(req: ReassignmentRequest, facts: ReassignmentFacts): DomainError | null {
  const { view } = facts;
  if (req.task === 'appraisal') {
    return holdsAppraisal(view, facts.appraiserId, req.from) ? null : new DomainError('stage_conflict', 'the appraisal of this nomination is not assigned to this person');
  }
  if (!view.councilMemberIds.includes(req.from.id)) return new DomainError('stage_conflict', 'this person holds no vote on this nomination');
  if (view.recusedMemberIds.includes(req.from.id)) return new DomainError('stage_conflict', 'this member is recused; there is no vote to pass on');
  if (view.votedMemberIds.includes(req.from.id)) return new DomainError('stage_conflict', 'this member has already voted; the vote is no longer pending');
  return null;
}

/** Same role, same council, not recused, and no other duty already served on this nomination. */
function eligibilityDenial(task: ReassignableTask, to: Actor, facts: ReassignmentFacts): DomainError | null {
  const { view } = facts;
  const rule = TASK_RULES[task];
  const refuse = (message: string, reason: string) => new DomainError('rule_failed', message, { field: 'to', reason });
  if (!hasRole(to, rule.role)) return refuse(`the new assignee needs role ${rule.role}`, 'role');
  if (task === 'council_vote') {
    if (!facts.councilRosterIds.includes(to.id)) return refuse('the new assignee is not a member of the council reviewing this nomination', 'council');
    if (view.councilMemberIds.includes(to.id)) return refuse('the new assignee already holds a vote on this nomination', 'already_member');
    if (facts.councilScope === 'province' && to.unitId === view.unitId) {
      return refuse('the new assignee belongs to the nominating unit and is recused from the provincial council', 'recused');
    }
  }
  const served = view.actorDuties[to.id];
  if (served && served !== rule.duty) {
    return refuse(`separation of duties: the new assignee already acted on this nomination in the ${served} duty`, 'separation_of_duties');
  }
  return null;
}

/** The view after a council vote passes from `fromId` to `toId` (same seat, same order). */
export function reassignCouncilVote(view: NominationView, fromId: string, toId: string): NominationView {
  return { ...view, councilMemberIds: view.councilMemberIds.map((id) => (id === fromId ? toId : id)) };
}

/** The view after `task` passes from `fromId` to `toId`: the vote changes seat, the appraisal is named. */
export function reassignTask(view: NominationView, task: ReassignableTask, fromId: string, toId: string): NominationView {
  return task === 'council_vote' ? reassignCouncilVote(view, fromId, toId) : { ...view, appraiserId: toId };
}

/**
 * Whether `actor` holds a pending task of this nomination that could pass to someone else:
 * a vote not yet cast (pinned, not recused), or the appraisal (named to them, or not named
 * yet and they are an appraiser). Such a person may reassign it when going on leave.
 */
export function holdsPendingTask(view: NominationView, actor: Actor): boolean {
  if (view.stage === 'council_review') {
    return view.councilMemberIds.includes(actor.id) && !view.recusedMemberIds.includes(actor.id) && !view.votedMemberIds.includes(actor.id);
  }
  if (view.stage === 'appraisal') return holdsAppraisal(view, view.appraiserId, actor);
  return false;
}

/** Named to them; or, not named yet, they are an appraiser free to appraise (no other duty served on it). */
function holdsAppraisal(view: NominationView, appraiserId: string | null, actor: Actor): boolean {
  if (appraiserId !== null) return appraiserId === actor.id;
  const served = view.actorDuties[actor.id];
  return hasRole(actor, 'appraiser') && (served === undefined || served === 'appraisal');
}
