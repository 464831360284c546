import { Actor, allowedActions, auditActionLabel, hasRole, isTerminal, NominationView, pickNominationView, WorkingCalendar } from '#ktf/domain';
import type { NominationEntity, PersonAction } from '#ktf/persistence';

export const viewOf = (n: NominationEntity): NominationView => pickNominationView(n);

/** Who may see the vote tally: the council's secretary, reviewers downstream and auditors. */
const SEES_TALLY = ['council_secretary', 'appraiser', 'signer', 'auditor', 'admin'] as const;

export function presentNomination(
  n: NominationEntity,
  actor: Actor,
  signerAuthority: string | null,
  done: PersonAction[],
  calendar: WorkingCalendar,
  now = new Date(),
) {
  const open = !isTerminal(n.status) && n.dueAt !== null;
  return {
    id: n.id,
    workflowId: n.workflowId,
    awardCode: n.awardCode,
    unitId: n.unitId,
    subject: n.subject,
    nominee: n.nominee,
    achievements: n.achievements,
    year: n.year,
    campaignId: n.campaignId,
    status: n.status,
    stage: n.stage,
    stageOpenedAt: n.stageOpenedAt?.toISOString() ?? null,
    dueAt: n.dueAt?.toISOString() ?? null,
    overdue: open && (n.dueAt as Date).getTime() < now.getTime(),
    workingDaysLeft: open ? calendar.workingDaysLeft(now, n.dueAt as Date) : null,
    breachedAt: n.breachedAt?.toISOString() ?? null,
    pipeline: n.pipelineCode ? { code: n.pipelineCode, version: n.pipelineVersion } : null,
    council:
      n.stage === 'council_review'
        ? {
            members: n.councilMemberIds.length,
            recused: n.recusedMemberIds.length,
            memberIds: n.councilMemberIds,
            // Who has voted is public; how anyone voted never is.
            votedMemberIds: n.votedMemberIds,
            // Recusal follows from unit membership, which is public too; the console says why an item is closed to a member.
            recusedMemberIds: n.recusedMemberIds,
          }
        : null,
    appraiserId: n.appraiserId,
    tally: SEES_TALLY.some((r) => hasRole(actor, r)) ? n.tally : n.tally ? { passed: (n.tally as { passed?: boolean }).passed } : null,
    decision: n.decisionNumber ? { id: n.decisionId, number: n.decisionNumber } : null,
    actions: done.map((e) => {
      const label = auditActionLabel(e.action, e.stageAfter);
      return {
        action: e.action,
        labelVi: label.vi,
        labelEn: label.en,
        actorId: e.actorId,
        actorName: e.actorName,
        role: e.actorRole,
        at: e.occurredAt.toISOString(),
        stageBefore: e.stageBefore,
        stageAfter: e.stageAfter,
      };
    }),
    allowedActions: allowedActions(viewOf(n), { actor, signerAuthority }),
    transition: n.transition,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
  };
}

export type NominationResponse = ReturnType<typeof presentNomination>;
