import { Injectable } from '@nestjs/common';
import { Actor, DomainError, hasRole, WorkingCalendar } from '#ktf/domain';
import { AuditRepository, HolidayRepository } from '#ktf/persistence';
import { CalendarService } from './calendar.service';
import { HolidayDto } from './holiday.dto';

const requireAdmin = (actor: Actor) => {
  if (!hasRole(actor, 'admin')) throw new DomainError('forbidden', 'only an admin manages the holiday calendar');
};

/** The working calendar: days off and compensatory working Saturdays; every change is audited. */
@Injectable()
export class HolidaysService {
  constructor(
    private readonly holidays: HolidayRepository,
    private readonly calendar: CalendarService,
    private readonly audit: AuditRepository,
  ) {}

  async year(year: number) {
    return { year, days: await this.holidays.year(year) };
  }

  /** Adds or replaces a day. Stages that open afterwards use it; running deadlines keep theirs. */
  async set(actor: Actor, dto: HolidayDto) {
    requireAdmin(actor);
    const day = { date: dto.date, kind: dto.kind, name: dto.name, estimated: dto.estimated ?? false };
    try {
      new WorkingCalendar([day]); // the DTO checked the date; this checks that a working_saturday is a Saturday
    } catch (e) {
      throw new DomainError('rule_failed', e instanceof Error ? e.message : String(e));
    }
    await this.holidays.upsert(day);
    await this.audit.appendNext('catalog', `holiday:${dto.date}`, { actorId: actor.id, actorRole: 'admin', action: 'holiday_set', payload: { ...day } });
    this.calendar.invalidate();
    return day;
  }

  async remove(actor: Actor, date: string): Promise<void> {
    requireAdmin(actor);
    if (!(await this.holidays.remove(date))) throw new DomainError('not_found', `no holiday on ${date}`);
    await this.audit.appendNext('catalog', `holiday:${date}`, { actorId: actor.id, actorRole: 'admin', action: 'holiday_removed', payload: { date } });
    this.calendar.invalidate();
  }
}
