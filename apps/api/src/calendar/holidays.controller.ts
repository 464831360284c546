import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, DomainError, hasRole, WorkingCalendar } from '#ktf/domain';
import { AuditRepository, HolidayRepository } from '#ktf/persistence';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { DateParam } from '../openapi/path-params';
import { CalendarService } from './calendar.service';
import { CalendarDayView, HolidayYear } from './holiday-response.dto';
import { HolidayDto, HolidayYearQuery } from './holiday.dto';

const requireAdmin = (actor: Actor) => {
  if (!hasRole(actor, 'admin')) throw new DomainError('forbidden', 'only an admin manages the holiday calendar');
};

/** The working calendar: days off and compensatory working Saturdays, per year. */
@ApiTags('calendar')
@ApiBearerAuth('bearer')
@Controller('holidays')
export class HolidaysController {
  constructor(
    private readonly holidays: HolidayRepository,
    private readonly calendar: CalendarService,
    private readonly audit: AuditRepository,
  ) {}

  @Get()
  @Operation({ id: 'listHolidays', summary: 'A year’s days off and compensatory working Saturdays', ok: { type: HolidayYear } })
  async list(@Query() q: HolidayYearQuery) {
    return { year: q.year, days: await this.holidays.year(q.year) };
  }

  /** Adds or replaces a day. Stages that open afterwards use it; running deadlines keep theirs. */
  @Post()
  @Operation({
    id: 'setHoliday',
    summary: 'Admin: add or replace a day (stages opening afterwards use it; running deadlines keep theirs)',
    ok: { status: 201, type: CalendarDayView },
    fails: [403, 422],
    failures: { 422: 'A working_saturday that is not a Saturday' },
  })
  async upsert(@CurrentActor() actor: Actor, @Body() dto: HolidayDto) {
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

  @Delete(':date')
  @HttpCode(204)
  @Operation({ id: 'removeHoliday', summary: 'Admin: remove a day from the calendar', ok: { status: 204 }, fails: [403, 404] })
  async remove(@CurrentActor() actor: Actor, @DateParam('date', 'The day') date: string) {
    requireAdmin(actor);
    if (!(await this.holidays.remove(date))) throw new DomainError('not_found', `no holiday on ${date}`);
    await this.audit.appendNext('catalog', `holiday:${date}`, { actorId: actor.id, actorRole: 'admin', action: 'holiday_removed', payload: { date } });
    this.calendar.invalidate();
  }
}
