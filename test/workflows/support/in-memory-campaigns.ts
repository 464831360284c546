// In-memory doubles of the campaign activities for the time-skipping tests: campaigns, the units
// each addresses and which of them have submitted, with every reminder, close and reopen logged
// at the server time it was scheduled. Reminder instants come from the same domain function over
// the scenario's holidays as the worker's activity.
import { Context } from '@temporalio/activity';
import type { CampaignActivities } from '#ktf/contracts';
import { CalendarDay, remindersFor, WorkingCalendar } from '#ktf/domain';

interface CampaignRow {
  intakeDeadline: string;
  reminderOffsets: number[];
  status: 'open' | 'closed';
  unitIds: string[];
  submitted: Set<string>;
}

export interface CampaignCall {
  campaignId: string;
  kind: 'remind' | 'close' | 'reopen';
  /** Server time when the activity was scheduled. */
  at: string;
  offset?: number;
  round?: number;
  /** remind: the units reminded (those that had not submitted). */
  units?: string[];
}

export class InMemoryCampaigns {
  readonly calls: CampaignCall[] = [];
  private readonly rows = new Map<string, CampaignRow>();
  private calendar = new WorkingCalendar([]);

  /** The holidays and worked Saturdays reminders are counted on (a scenario lays them out once the server's clock is known). */
  useCalendar(calendarDays: readonly CalendarDay[]): void {
    this.calendar = new WorkingCalendar(calendarDays);
  }

  add(campaignId: string, row: Omit<CampaignRow, 'status' | 'submitted'>): void {
    this.rows.set(campaignId, { ...row, status: 'open', submitted: new Set() });
  }

  /** A unit sent a nomination (not a draft) to the campaign. */
  submit(campaignId: string, unitId: string): void {
    this.row(campaignId).submitted.add(unitId);
  }

  status(campaignId: string): CampaignRow['status'] {
    return this.row(campaignId).status;
  }

  callsOf(campaignId: string): CampaignCall[] {
    return this.calls.filter((c) => c.campaignId === campaignId);
  }

  private row(campaignId: string): CampaignRow {
    const row = this.rows.get(campaignId);
    if (!row) throw new Error(`campaign ${campaignId} has no row`);
    return row;
  }

  private log(call: Omit<CampaignCall, 'at'>): void {
    this.calls.push({ ...call, at: new Date(Context.current().info.currentAttemptScheduledTimestampMs).toISOString() });
  }

  activities(): CampaignActivities {
    return {
      loadCampaign: async (campaignId) => {
        const { intakeDeadline, reminderOffsets, status } = this.row(campaignId);
        return { intakeDeadline, reminderOffsets, status };
      },
      planCampaignReminders: async ({ intakeDeadline, reminderOffsets, now }) =>
        remindersFor(this.calendar, new Date(intakeDeadline), reminderOffsets, new Date(now)),
      remindCampaignUnits: async ({ campaignId, offset, round }) => {
        const row = this.row(campaignId);
        const units = row.unitIds.filter((u) => !row.submitted.has(u));
        this.log({ campaignId, kind: 'remind', offset, round, units });
        return units.length;
      },
      closeCampaignIntake: async ({ campaignId }) => {
        this.row(campaignId).status = 'closed';
        this.log({ campaignId, kind: 'close' });
      },
      reopenCampaignIntake: async ({ campaignId, intakeDeadline }) => {
        const row = this.row(campaignId);
        Object.assign(row, { status: 'open', intakeDeadline });
        this.log({ campaignId, kind: 'reopen' });
      },
    };
  }
}
