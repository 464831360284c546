import { Module } from '@nestjs/common';
import { DataSource, NotificationRepository } from '#ktf/persistence';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** The caller's inbox of notices (hộp thư). */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, { provide: NotificationRepository, inject: [DataSource], useFactory: (ds: DataSource) => new NotificationRepository(ds) }],
})
export class NotificationsModule {}
