import { Module } from '@nestjs/common';
import { CampaignRepository, DataSource } from '#ktf/persistence';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

@Module({
  controllers: [CampaignsController],
  providers: [CampaignsService, { provide: CampaignRepository, inject: [DataSource], useFactory: (ds: DataSource) => new CampaignRepository(ds) }],
  exports: [CampaignsService],
})
export class CampaignsModule {}
