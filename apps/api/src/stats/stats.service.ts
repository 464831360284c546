import { Injectable } from '@nestjs/common';
import { Actor, DomainError, percentile } from '#ktf/domain';
import { StatsRepository } from '#ktf/persistence';
import { CalendarService } from '../calendar/calendar.service';
import { StatsQuery } from './stats-query.dto';

const READERS = ['auditor', 'admin', 'council_secretary', 'appraiser', 'signer'];

/** Vietnam is UTC+7 all year: the default period starts on 1 January, local time. */
const startOfYearInVietnam = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), 0, 1) - 7 * 3600_000);

/**
 * Counts per stage now, and for stage visits closed in [from, to): the on-time rate (closed
 * by the due date, like the province's 98.9% for administrative dossiers) and the median
 * and 90th percentile of working days spent per stage.
 */
@Injectable()
export class StatsService {
  constructor(
    private readonly stats: StatsRepository,
    private readonly calendar: CalendarService,
  ) {}

  async get(actor: Actor, q: StatsQuery) {
    if (!actor.roles.some((r) => READERS.includes(r))) throw new DomainError('forbidden', 'statistics are for the office, not for units');
    const now = new Date();
    const from = q.from ? new Date(q.from) : startOfYearInVietnam(now);
    const to = q.to ? new Date(q.to) : now;
    if (!(from < to)) throw new DomainError('rule_failed', 'from must be before to', { field: 'from' });
    const [open, visits, cal] = await Promise.all([this.stats.openByStage(now), this.stats.closedVisits(from, to), this.calendar.calendar()]);
    const withDue = visits.filter((v) => v.due_at !== null);
    const onTime = withDue.filter((v) => v.closed_at.getTime() <= (v.due_at as Date).getTime()).length;
    const byStage = new Map<string, number[]>();
    for (const v of visits) {
      const days = cal.workingDaysBetween(v.opened_at, v.closed_at);
      byStage.set(v.stage, [...(byStage.get(v.stage) ?? []), days]);
    }
    return {
      period: { from: from.toISOString(), to: to.toISOString() },
      stages: open,
      totals: { open: open.reduce((a, s) => a + s.open, 0), overdue: open.reduce((a, s) => a + s.overdue, 0) },
      closedWithDeadline: withDue.length,
      onTime,
      onTimeRate: withDue.length ? onTime / withDue.length : null,
      workingDaysPerStage: [...byStage.entries()].map(([stage, days]) => ({
        stage,
        visits: days.length,
        median: percentile(days, 0.5),
        p90: percentile(days, 0.9),
      })),
    };
  }
}
