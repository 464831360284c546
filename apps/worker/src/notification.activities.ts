import { log } from '@temporalio/activity';
import type { NotifyInput } from '#ktf/contracts';
import { NoticeKind, renderNotice } from '#ktf/domain';
import { NominationRepository, NotificationRepository, Recipient, RecipientRepository, ReferenceRepository } from '#ktf/persistence';
import { Mailer } from './email/mailer';

export interface NotificationDeps {
  nominations: NominationRepository;
  references: ReferenceRepository;
  recipients: RecipientRepository;
  notifications: NotificationRepository;
  mailer?: Mailer;
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
      const key = `${input.nominationId}:${input.epoch}:${input.event}:${input.offset ?? ''}`;
      const stored = await deps.notifications.insertAll(
        recipients.map((r) => ({
          recipientId: r.id,
          nominationId: n.id,
          kind,
          ...text,
          dedupeKey: `${key}:${r.id}`,
          emailTo: deps.mailer ? r.email : null,
        })),
      );
      if (deps.mailer) {
        for (const row of stored.filter((s) => s.emailState === 'pending')) await sendOnce(row.id);
      }
      return recipients.length;
    },
  };

  async function sendOnce(id: string): Promise<void> {
    const claimed = await deps.notifications.claimEmail(id);
    if (!claimed || !claimed.email_to || !deps.mailer) return;
    try {
      await deps.mailer.send({ to: claimed.email_to, subject: claimed.title, text: claimed.body, messageId: `<${claimed.id}@ktf.local>` });
      await deps.notifications.markEmail(id, 'sent');
    } catch (e) {
      // Back to pending so the activity's retry tries again: the server refused, nothing was sent.
      await deps.notifications.markEmail(id, 'pending', e instanceof Error ? e.message : String(e));
      log.warn('email failed; will retry', { notificationId: id });
      throw e;
    }
  }
}
