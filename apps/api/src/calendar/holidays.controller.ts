import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, DomainError, hasRole, localDateOf, WorkingCalendar } from '#ktf/domain';
import { AuditRepository, HolidayRepository } from '#ktf/persistence';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CalendarService } from './calendar.service';
import { HolidayDto, HolidayYearQuery } from './holiday.dto';

const requireAdmin = (actor: Actor) => {
  if (!hasRole(actor, 'admin')) throw new DomainError('forbidden', 'only an admin manages the holiday calendar');
};

/** The working calendar: days off and compensatory working Saturdays, per year. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('holidays')
export class HolidaysController {
  constructor(
    private readonly holidays: HolidayRepository,
    private readonly calendar: CalendarService,
    private readonly audit: AuditRepository,
  ) {}

  @Get()
  async list(@Query() q: HolidayYearQuery) {
    return { year: q.year, days: await this.holidays.year(q.year) };
  }

  /** Adds or replaces a day. Stages that open afterwards use it; running deadlines keep theirs. */
  @Post()
  async upsert(@CurrentActor() actor: Actor, @Body() dto: HolidayDto) {
    requireAdmin(actor);
    const day = { date: dto.date, kind: dto.kind, name: dto.name, estimated: dto.estimated ?? false };
    try {
      new WorkingCalendar([day]); // validates the date and that a working_saturday is a Saturday
    } catch (e) {
      throw new DomainError('invalid_input', e instanceof Error ? e.message : String(e));
    }
    if (localDateOf(new Date(`${dto.date}T12:00:00+07:00`)) !== dto.date) throw new DomainError('invalid_input', 'invalid date');
    await this.holidays.upsert(day);
    await this.audit.appendNext('catalog', `holiday:${dto.date}`, { actorId: actor.id, actorRole: 'admin', action: 'holiday_set', payload: { ...day } });
    this.calendar.invalidate();
    return day;
  }

  @Delete(':date')
  @HttpCode(204)
  async remove(@CurrentActor() actor: Actor, @Param('date') date: string) {
    requireAdmin(actor);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new DomainError('invalid_input', 'date must be YYYY-MM-DD');
    if (!(await this.holidays.remove(date))) throw new DomainError('not_found', `no holiday on ${date}`);
    await this.audit.appendNext('catalog', `holiday:${date}`, { actorId: actor.id, actorRole: 'admin', action: 'holiday_removed', payload: { date } });
    this.calendar.invalidate();
  }
}
