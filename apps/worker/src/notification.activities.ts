import { notificationKey, NotifyInput } from '#ktf/contracts';
import { NoticeKind, renderNotice } from '#ktf/domain';
import { AuditRepository, NominationRepository, NotificationRepository, Recipient, RecipientRepository, ReferenceRepository } from '#ktf/persistence';
import { EmailDelivery } from './email/email-delivery';

export interface NotificationDeps {
  audit: AuditRepository;
  nominations: NominationRepository;
  references: ReferenceRepository;
  recipients: RecipientRepository;
  notifications: NotificationRepository;
  email: EmailDelivery;
}

/** Stores a notice per recipient (once, by dedupe key) and emails each at most once. */
export function createNotificationActivities(deps: NotificationDeps) {
  async function recipientsOf(input: NotifyInput, unitId: string, signingAuthority: string | null): Promise<Recipient[]> {
    if (input.event === 'result') return deps.recipients.unitOfficers(unitId);
    if (input.event === 'breach') return deps.recipients.withRole(input.escalateTo ?? 'admin');
    switch (input.stage) {
      case 'council_review':
        return deps.recipients.pendingVoters(input.nominationId);
      case 'appraisal':
      case 'external_decision':
        return deps.recipients.withRole('appraiser');
      case 'signing':
        return deps.recipients.withRole('signer', signingAuthority);
      case 'supplement':
      case 'unit_proposal':
        return deps.recipients.unitOfficers(unitId);
      default:
        return [];
    }
  }

  return {
    async notify(input: NotifyInput): Promise<number> {
      const n = await deps.nominations.findById(input.nominationId);
      if (!n) return 0;
      const award = await deps.references.awardType(n.awardCode);
      const kind: NoticeKind = input.event === 'stage_opened' && input.stage === 'supplement' ? 'supplement_requested' : input.event;
      const text = renderNotice({ kind, nomineeName: n.nomineeName, awardName: award?.nameVi, stage: input.stage, status: n.status, dueAt: input.dueAt, offset: input.offset });
      const recipients = await recipientsOf(input, n.unitId, n.signingAuthority);
      const key = notificationKey(input);
      const stored = await deps.notifications.insertAll(
        recipients.map((r) => ({
          recipientId: r.id,
          nominationId: n.id,
          kind,
          ...text,
          dedupeKey: `${key}:${r.id}`,
          emailTo: deps.email.enabled ? r.email : null,
        })),
      );
      await deps.email.deliver(stored);
      await deps.audit.appendNextOnce('notification', n.id, key, {
        actorRole: 'system',
        action: 'notification_sent',
        stageAfter: input.stage,
        payload: { event: input.event, kind, recipientIds: recipients.map((r) => r.id), emailed: deps.email.enabled },
      });
      return recipients.length;
    },
  };
}
