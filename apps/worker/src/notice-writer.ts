import { notificationKey, NotifyInput, RecordTransitionInput } from '#ktf/contracts';
import { NoticeKind, renderNotice } from '#ktf/domain';
import { Recipient, TransitionScope } from '#ktf/persistence';

export interface NoticeWriterDeps {
  /** SMTP is configured: stored notices are also queued for email. */
  emailEnabled: boolean;
}

/**
 * Stores a transition's notices inside its transaction, one row per recipient (once, by
 * dedupe key), and one `notification_sent` audit event per notice. Returns the rows still
 * to be emailed; sending happens after the commit, in an activity of its own.
 */
export function createNoticeWriter(deps: NoticeWriterDeps) {
  function recipientsOf(scope: TransitionScope, input: NotifyInput, t: RecordTransitionInput): Promise<Recipient[]> {
    const { recipients } = scope;
    if (input.event === 'result') return recipients.unitOfficers(t.projection.unitId);
    if (input.event === 'breach') return recipients.withRole(input.escalateTo ?? 'admin');
    if (input.event === 'assigned') return input.recipientId ? recipients.person(input.recipientId) : Promise.resolve([]);
    switch (input.stage) {
      case 'council_review':
        return recipients.pendingVoters(input.nominationId);
      case 'appraisal':
        return recipients.appraisersFor(t.projection.appraiserId ?? null);
      case 'external_decision':
        return recipients.withRole('appraiser');
      case 'signing':
        return recipients.signersFor(t.projection.signingAuthority);
      case 'supplement':
      case 'unit_proposal':
        return recipients.unitOfficers(t.projection.unitId);
      default:
        return Promise.resolve([]);
    }
  }

  return async function writeNotices(scope: TransitionScope, t: RecordTransitionInput): Promise<string[]> {
    if (t.notices.length === 0) return [];
    // Everything here runs on the transaction's connection: waiting for a second one from the
    // pool while holding this one deadlocks once every connection is a waiting transaction.
    const n = await scope.nominee();
    const toEmail: string[] = [];
    for (const input of t.notices) {
      const kind: NoticeKind = input.event === 'stage_opened' && input.stage === 'supplement' ? 'supplement_requested' : input.event;
      const text = renderNotice({ kind, nomineeName: n.nomineeName, awardName: n.awardName ?? undefined, stage: input.stage, status: t.projection.status, dueAt: input.dueAt, offset: input.offset });
      const recipients = await recipientsOf(scope, input, t);
      const key = notificationKey(input);
      const stored = await scope.notifications.insertAll(
        recipients.map((r) => ({
          recipientId: r.id,
          nominationId: input.nominationId,
          kind,
          ...text,
          dedupeKey: `${key}:${r.id}`,
          emailTo: deps.emailEnabled ? r.email : null,
        })),
      );
      toEmail.push(...stored.filter((s) => s.emailState === 'pending').map((s) => s.id));
      await scope.appendNextAuditOnce('notification', input.nominationId, key, {
        actorRole: 'system',
        action: 'notification_sent',
        stageAfter: input.stage,
        payload: { event: input.event, kind, recipientIds: recipients.map((r) => r.id), emailed: deps.emailEnabled },
      });
    }
    return toEmail;
  };
}

export type NoticeWriter = ReturnType<typeof createNoticeWriter>;
