import { Injectable } from '@nestjs/common';
import { Actor, candidatesDenial, councilScopeOf, DomainError, eligibleAssignees, ReassignableTask, reassignmentDenial, Role } from '#ktf/domain';
import { AuditRepository, NominationEntity, ReferenceRepository, UserEntity } from '#ktf/persistence';
import { recordDeniedAttempt } from '../audit/denied-attempt';
import { NominationAccessService } from '../nomination-access/nomination-access.service';
import { ReassignDto } from './dto/actions.dto';
import { viewOf } from './nomination.presenter';
import { NominationsService } from './nominations.service';
import { assertIdempotencyKey, RepeatableRequest } from './idempotency-key';

/**
 * Reassigning a pending council vote or appraisal (issue 15). The API reads what the rule
 * needs from the directory (both people, the council's active roster), refuses with the
 * domain's answer before anything happens, and sends the Update; the workflow's validator
 * applies the same rule to its own state, records the change and its `task_reassigned` event.
 */
@Injectable()
export class ReassignmentService {
  constructor(
    private readonly nominations: NominationsService,
    private readonly access: NominationAccessService,
    private readonly references: ReferenceRepository,
    private readonly audit: AuditRepository,
  ) {}

  async reassign(actor: Actor, id: string, dto: ReassignDto, repeatable?: RepeatableRequest) {
    assertIdempotencyKey(repeatable?.key);
    const row = await this.access.readable(actor, id);
    const [from, to] = await Promise.all([this.person(dto.from, 'from'), this.person(dto.to, 'to')]);
    const council = await this.councilOf(row);
    const request = { task: dto.task, from: actorOf(from), to: actorOf(to), reason: dto.reason.trim() };
    // Asking for someone who can no longer work (deactivated) is refused like any ineligible person.
    const denial = reassignmentDenial(actor, request, { view: viewOf(row), ...council, appraiserId: row.appraiserId })
      ?? (to.active ? null : new DomainError('rule_failed', 'the new assignee’s account is deactivated', { field: 'to', reason: 'inactive' }));
    if (denial) {
      // The task has moved on: perhaps by this very request, sent again.
      const repeat = await this.nominations.repeatOf(actor, row, 'reassign', { ...request, ...council }, repeatable);
      if (repeat) return repeat;
      await recordDeniedAttempt(this.audit, { actor, nominationId: id, attemptedAction: 'reassign', error: denial, stage: row.stage, workflowId: row.workflowId });
      throw denial;
    }
    return this.nominations.act(actor, id, 'reassign', { ...request, ...council }, repeatable);
  }

  /**
   * Who the pending `task` may pass to, by the same rule the reassignment is checked against:
   * for the admin or the holder, who pick from it in the console ("Chuyển xử lý").
   */
  async candidates(actor: Actor, id: string, task: ReassignableTask) {
    const row = await this.access.readable(actor, id);
    const view = viewOf(row);
    const denial = candidatesDenial(actor, task, view);
    if (denial) throw denial;
    const [council, people] = await Promise.all([this.councilOf(row), this.references.activeUsersWithRole(task === 'council_vote' ? 'council_member' : 'appraiser')]);
    const eligible = eligibleAssignees(task, { view, ...council, appraiserId: row.appraiserId }, people.map((u) => ({ ...actorOf(u), user: u })));
    return eligible.map(({ user }) => ({ id: user.id, fullName: user.fullName, unitId: user.unitId }));
  }

  private async person(userId: string, field: 'from' | 'to'): Promise<UserEntity> {
    const user = await this.references.user(userId);
    if (!user) throw new DomainError('rule_failed', `user ${userId} does not exist`, { field, reason: 'unknown_user' });
    return user;
  }

  /** Whose council votes on this nomination's review (its pinned pipeline), and that council's active members. */
  private async councilOf(row: NominationEntity) {
    const pipeline = row.pipelineCode && row.pipelineVersion ? await this.references.pipeline(row.pipelineCode, row.pipelineVersion) : null;
    const councilScope = councilScopeOf(pipeline?.stages.find((s) => s.kind === 'council_review'));
    const roster = await this.references.councilRoster(councilScope, row.unitId);
    return { councilScope, councilRosterIds: roster?.members.map((m) => m.id) ?? [] };
  }
}

const actorOf = (u: UserEntity): Actor => ({ id: u.id, roles: u.roles as Role[], unitId: u.unitId });
