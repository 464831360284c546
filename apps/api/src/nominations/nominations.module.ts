import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { NominationAccessService } from './nomination-access.service';
import { NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';

@Module({
  imports: [CampaignsModule],
  controllers: [NominationsController],
  providers: [NominationsService, NominationAccessService],
  exports: [NominationsService, NominationAccessService],
})
export class NominationsModule {}
