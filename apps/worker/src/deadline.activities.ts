import type { ExtendDeadlineInput, PlanDeadlineInput } from '#ktf/contracts';
import { DeadlinePlan, extendedDue, planDeadline, remindersFor, WorkingCalendar } from '#ktf/domain';
import { HolidayRepository } from '#ktf/persistence';

/** Working-day arithmetic for the workflow, over the holidays table as it is now. */
export function createDeadlineActivities(holidays: HolidayRepository) {
  const calendar = async () => new WorkingCalendar(await holidays.all());
  return {
    async planStageDeadline(input: PlanDeadlineInput): Promise<DeadlinePlan> {
      return planDeadline(await calendar(), new Date(input.openedAt), input.slaWorkingDays, input.reminderOffsets);
    },
    async extendDeadline(input: ExtendDeadlineInput): Promise<DeadlinePlan> {
      const cal = await calendar();
      const due = input.dueAt ? new Date(input.dueAt) : extendedDue(cal, new Date(input.currentDueAt), input.extendByWorkingDays ?? 0);
      return { dueAt: due.toISOString(), reminders: remindersFor(cal, due, input.reminderOffsets, new Date(input.now)) };
    },
  };
}
