import { Module } from '@nestjs/common';
import { NominationAccessService } from './nomination-access.service';
import { NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';

@Module({
  controllers: [NominationsController],
  providers: [NominationsService, NominationAccessService],
  exports: [NominationsService, NominationAccessService],
})
export class NominationsModule {}
