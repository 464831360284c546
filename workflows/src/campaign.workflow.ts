import * as wf from '@temporalio/workflow';
import { hasRole } from '#ktf/domain';
import {
  CampaignSnapshot,
  campaignSnapshotQuery,
  CampaignWorkflowInput,
  extendCampaignUpdate,
} from '#ktf/contracts';
import type { CampaignActivities } from '#ktf/contracts';
import { toFailure } from './failures';

const acts = wf.proxyActivities<CampaignActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds' },
});

/**
 * A campaign (đợt xét khen thưởng): reminds addressed units that have not submitted, closes
 * intake at the deadline, and reopens it when an admin extends the deadline. Durable timers only.
 */
export async function campaignWorkflow(input: CampaignWorkflowInput): Promise<CampaignSnapshot> {
  const loaded = await acts.loadCampaign(input.campaignId);
  const s = { status: loaded.status, deadline: loaded.intakeDeadline, round: 0, sent: [] as number[] };
  let reminders = await acts.planCampaignReminders({ intakeDeadline: s.deadline, reminderOffsets: loaded.reminderOffsets, now: new Date(Date.now()).toISOString() });
  let extending = false;
  const snapshot = (): CampaignSnapshot => ({ campaignId: input.campaignId, status: s.status, intakeDeadline: s.deadline, remindersSent: [...s.sent] });

  wf.setHandler(campaignSnapshotQuery, snapshot);
  wf.setHandler(
    extendCampaignUpdate,
    async (req) => {
      // The deadline moves at once, so a concurrent extension is validated against it; the
      // round (what wakes the timer loop) moves only once its reminders are planned, or the
      // loop would re-plan its wait on the old ones and never send the new round's.
      // Extensions write to the database one at a time, in the order they were accepted (each
      // later than the one before), so the row ends with the latest deadline.
      s.deadline = req.intakeDeadline;
      await wf.condition(() => !extending);
      extending = true;
      try {
        await acts.reopenCampaignIntake({ campaignId: input.campaignId, intakeDeadline: req.intakeDeadline, actorId: req.actor.id, reason: req.reason });
        const planned = await acts.planCampaignReminders({ intakeDeadline: req.intakeDeadline, reminderOffsets: loaded.reminderOffsets, now: new Date(Date.now()).toISOString() });
        if (s.deadline === req.intakeDeadline) {
          reminders = planned;
          s.status = 'open';
          s.round += 1;
        }
      } finally {
        extending = false;
      }
      return snapshot();
    },
    {
      validator: (req) => {
        if (!hasRole(req.actor, 'admin')) throw toFailure({ code: 'forbidden', message: 'only an admin extends a campaign', details: {} });
        if (!req.reason?.trim()) throw toFailure({ code: 'invalid_input', message: 'a reason is required', details: {} });
        const to = Date.parse(req.intakeDeadline);
        if (!(to > Date.parse(s.deadline)) || !(to > Date.now())) {
          throw toFailure({ code: 'rule_failed', message: 'the new intake deadline must be later than the current one and in the future', details: { field: 'intakeDeadline' } });
        }
      },
    },
  );

  for (;;) {
    const round = s.round;
    const changed = () => s.round !== round;
    const pending = reminders.filter((r) => Date.parse(r.at) > Date.now());
    const next = s.status === 'open' ? Math.min(Date.parse(s.deadline), ...pending.map((r) => Date.parse(r.at))) : Infinity;
    if (!Number.isFinite(next)) {
      await wf.condition(changed);
      continue;
    }
    if (await wf.condition(changed, Math.max(1, next - Date.now()))) continue;
    const due = reminders.find((r) => Date.parse(r.at) === next);
    if (due) {
      reminders = reminders.filter((r) => r !== due);
      s.sent.push(due.offset);
      await acts.remindCampaignUnits({ campaignId: input.campaignId, offset: due.offset, round });
    } else if (Date.parse(s.deadline) <= Date.now()) {
      s.status = 'closed';
      await acts.closeCampaignIntake({ campaignId: input.campaignId, closedAt: new Date(Date.now()).toISOString() });
    }
  }
}
