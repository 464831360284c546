import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '#ktf/domain';
import { HolidayRepository } from '#ktf/persistence';

/** The working-day calendar for display figures (working days left); reloaded every few seconds. */
@Injectable()
export class CalendarService {
  private cached: { at: number; calendar: Promise<WorkingCalendar> } | undefined;

  constructor(private readonly holidays: HolidayRepository) {}

  calendar(): Promise<WorkingCalendar> {
    if (!this.cached || Date.now() - this.cached.at > 10_000) {
      const calendar = this.holidays.all().then((days) => new WorkingCalendar(days));
      this.cached = { at: Date.now(), calendar };
      calendar.catch(() => (this.cached = undefined));
    }
    return this.cached.calendar;
  }

  invalidate(): void {
    this.cached = undefined;
  }
}
