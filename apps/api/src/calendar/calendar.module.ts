import { Global, Module } from '@nestjs/common';
import { DataSource, HolidayRepository } from '#ktf/persistence';
import { CalendarService } from './calendar.service';
import { HolidaysController } from './holidays.controller';
import { HolidaysService } from './holidays.service';

/** The working calendar (holidays), global: deadlines and display figures count working days. */
@Global()
@Module({
  controllers: [HolidaysController],
  providers: [CalendarService, HolidaysService, { provide: HolidayRepository, inject: [DataSource], useFactory: (ds: DataSource) => new HolidayRepository(ds) }],
  exports: [CalendarService],
})
export class CalendarModule {}
