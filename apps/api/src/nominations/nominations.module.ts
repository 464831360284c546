import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { DossierModule } from '../dossier/dossier.module';
import { NominationAccessModule } from '../nomination-access/nomination-access.module';
import { CouncilReadinessService } from './council-readiness.service';
import { NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';
import { ReassignmentService } from './reassignment.service';

@Module({
  imports: [CampaignsModule, DossierModule, NominationAccessModule],
  controllers: [NominationsController],
  providers: [NominationsService, CouncilReadinessService, ReassignmentService],
  // Access is re-exported for the modules that act on nominations through this one (decisions, council sessions).
  exports: [NominationsService, NominationAccessModule],
})
export class NominationsModule {}
