import { HOLIDAY_SEED } from '../calendar/holiday-seed';
import { WorkingCalendar } from '../calendar/working-calendar';
import { extendedDue, planDeadline, planMadeEarlier, workingDayBefore } from './deadline-plan';

const cal = new WorkingCalendar(HOLIDAY_SEED);

describe('planDeadline', () => {
  it('puts an appraisal opened on 12/02/2026 (SLA 20) after Tết, with reminders 2 days before and on the day', () => {
    const plan = planDeadline(cal, new Date('2026-02-12T03:00:00Z'), 20, [2, 0]);
    expect(plan.dueAt).toBe('2026-03-19T16:59:59.999Z');
    // 2 working days before Thu 19/3 is Tue 17/3; reminders at 08:00 local.
    expect(plan.reminders).toEqual([
      { offset: 2, at: '2026-03-17T01:00:00.000Z' },
      { offset: 0, at: '2026-03-19T01:00:00.000Z' },
    ]);
  });

  it('has no deadline for an SLA of 0', () => {
    expect(planDeadline(cal, new Date('2026-02-12T03:00:00Z'), 0, [2, 0])).toEqual({ dueAt: null, reminders: [] });
  });

  it('skips reminders that would fall in the past and de-duplicates offsets', () => {
    // Opened Wed 18/3 afternoon with SLA 1: due Thu 19/3; "2 days before" is already past.
    const plan = planDeadline(cal, new Date('2026-03-18T08:00:00Z'), 1, [2, 0, 0]);
    expect(plan.reminders.map((r) => r.offset)).toEqual([0]);
  });

  it('counts reminder days backwards over weekends and holidays', () => {
    expect(workingDayBefore(cal, '2026-02-23', 1)).toBe('2026-02-13'); // Mon after Tết → Fri before it
    expect(workingDayBefore(cal, '2026-08-24', 1)).toBe('2026-08-22'); // the worked Saturday counts
  });

  it('extends a due date by working days', () => {
    expect(extendedDue(cal, new Date('2026-04-29T16:59:59.999Z'), 1).toISOString()).toBe('2026-05-04T16:59:59.999Z');
  });
});

describe('planMadeEarlier (a submission plans its first stage with its context, a moment before it opens)', () => {
  const planned = (at: string) => planDeadline(cal, new Date(at), 1, [1, 0]);

  it('is the plan the opening time gives, a reminder that came due in between dropped', () => {
    // Planned at 07:59:59.999 on Thu 19/3, opened just after 08:00: the day-before reminder is now past.
    const early = '2026-03-19T00:59:59.999Z';
    const opened = '2026-03-19T01:00:00.005Z';
    expect(planned(early).reminders).toHaveLength(2);
    expect(planMadeEarlier(planned(early), early, opened)).toEqual(planned(opened));
    expect(planned(opened).reminders).toHaveLength(1);
    expect(planMadeEarlier(planned('2026-03-18T03:00:00.000Z'), '2026-03-18T03:00:00.000Z', '2026-03-18T03:00:00.007Z')).toEqual(planned('2026-03-18T03:00:00.007Z'));
  });

  it('cannot tell across local midnight (the due date moves), nor for an opening before the plan', () => {
    expect(planMadeEarlier(planned('2026-03-18T16:59:59.995Z'), '2026-03-18T16:59:59.995Z', '2026-03-18T17:00:00.002Z')).toBeNull();
    expect(planMadeEarlier(planned('2026-03-18T03:00:00.010Z'), '2026-03-18T03:00:00.010Z', '2026-03-18T03:00:00.000Z')).toBeNull();
  });
});

