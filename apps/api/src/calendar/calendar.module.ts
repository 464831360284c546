import { Global, Module } from '@nestjs/common';
import { HolidayRepository, NotificationRepository } from '#ktf/persistence';
import { DataSource } from '#ktf/persistence';
import { NotificationsController } from '../notifications/notifications.controller';
import { CalendarService } from './calendar.service';
import { HolidaysController } from './holidays.controller';

/** Working calendar (holidays) and the notifications inbox. */
@Global()
@Module({
  controllers: [HolidaysController, NotificationsController],
  providers: [
    CalendarService,
    { provide: HolidayRepository, inject: [DataSource], useFactory: (ds: DataSource) => new HolidayRepository(ds) },
    { provide: NotificationRepository, inject: [DataSource], useFactory: (ds: DataSource) => new NotificationRepository(ds) },
  ],
  exports: [CalendarService, HolidayRepository, NotificationRepository],
})
export class CalendarModule {}
