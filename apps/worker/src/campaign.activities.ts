import type { CampaignActivities } from '#ktf/contracts';
import { remindersFor, renderNotice, WorkingCalendar } from '#ktf/domain';
import { AuditRepository, CampaignRepository, HolidayRepository, NotificationRepository, RecipientRepository } from '#ktf/persistence';
import { EmailDelivery } from './email/email-delivery';

export interface CampaignDeps {
  audit: AuditRepository;
  campaigns: CampaignRepository;
  holidays: HolidayRepository;
  recipients: RecipientRepository;
  notifications: NotificationRepository;
  email: EmailDelivery;
}

export function createCampaignActivities(deps: CampaignDeps): CampaignActivities {
  return {
    async loadCampaign(campaignId) {
      const c = await deps.campaigns.findById(campaignId);
      if (!c) throw new Error(`campaign ${campaignId} has no row`);
      return { intakeDeadline: c.intake_deadline.toISOString(), reminderOffsets: c.reminder_offsets, status: c.status };
    },

    async planCampaignReminders({ intakeDeadline, reminderOffsets, now }) {
      const calendar = new WorkingCalendar(await deps.holidays.all());
      return remindersFor(calendar, new Date(intakeDeadline), reminderOffsets, new Date(now));
    },

    async remindCampaignUnits({ campaignId, offset, round }) {
      const c = await deps.campaigns.findById(campaignId);
      if (!c) return 0;
      const silent = (await deps.campaigns.intakeByUnit(campaignId)).filter((u) => u.submitted === 0);
      const text = renderNotice({ kind: 'campaign_reminder', campaignName: c.name, dueAt: c.intake_deadline.toISOString() });
      for (const unit of silent) {
        const officers = await deps.recipients.unitOfficers(unit.unitId);
        const stored = await deps.notifications.insertAll(
          officers.map((o) => ({
            recipientId: o.id,
            campaignId,
            kind: 'campaign_reminder',
            ...text,
            dedupeKey: `campaign:${campaignId}:${round}:${offset}:${o.id}`,
            emailTo: deps.email.enabled ? o.email : null,
          })),
        );
        await deps.email.deliver(stored.filter((r) => r.emailState === 'pending').map((r) => r.id));
      }
      await deps.audit.appendNextOnce('campaign', campaignId, `remind:${round}:${offset}`, {
        actorRole: 'system',
        action: 'units_reminded',
        payload: { offset, units: silent.map((u) => u.unitCode) },
      });
      return silent.length;
    },

    async closeCampaignIntake({ campaignId, closedAt }) {
      await deps.campaigns.close(campaignId, closedAt);
      await deps.audit.appendNextOnce('campaign', campaignId, `close:${closedAt}`, { actorRole: 'system', action: 'intake_closed', occurredAt: closedAt });
    },

    async reopenCampaignIntake({ campaignId, intakeDeadline, actorId, reason }) {
      await deps.campaigns.reopen(campaignId, intakeDeadline);
      await deps.audit.appendNextOnce('campaign', campaignId, `extend:${intakeDeadline}`, {
        actorId,
        actorRole: 'admin',
        action: 'intake_extended',
        reason,
        payload: { intakeDeadline },
      });
    },
  };
}
