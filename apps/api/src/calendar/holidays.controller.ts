import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { DateParam } from '../openapi/path-params';
import { CalendarDayView, HolidayYear } from './holiday-response.dto';
import { HolidayDto, HolidayYearQuery } from './holiday.dto';
import { HolidaysService } from './holidays.service';

/** The working calendar: days off and compensatory working Saturdays, per year. */
@ApiTags('calendar')
@ApiBearerAuth('bearer')
@Controller('holidays')
export class HolidaysController {
  constructor(private readonly service: HolidaysService) {}

  @Get()
  @Operation({ id: 'listHolidays', summary: 'A year’s days off and compensatory working Saturdays', ok: { type: HolidayYear } })
  list(@Query() q: HolidayYearQuery) {
    return this.service.year(q.year);
  }

  @Post()
  @Operation({
    id: 'setHoliday',
    summary: 'Admin: add or replace a day (stages opening afterwards use it; running deadlines keep theirs)',
    ok: { status: 201, type: CalendarDayView },
    fails: [403, 422],
    failures: { 422: 'A working_saturday that is not a Saturday' },
  })
  upsert(@CurrentActor() actor: Actor, @Body() dto: HolidayDto) {
    return this.service.set(actor, dto);
  }

  @Delete(':date')
  @HttpCode(204)
  @Operation({ id: 'removeHoliday', summary: 'Admin: remove a day from the calendar', ok: { status: 204 }, fails: [403, 404] })
  remove(@CurrentActor() actor: Actor, @DateParam('date', 'The day') date: string) {
    return this.service.remove(actor, date);
  }
}
