import { Module } from '@nestjs/common';
import { AppConfig } from '#ktf/config';
import { DataSource, DossierRepository } from '#ktf/persistence';
import { DocumentStorage, LocalDiskStorage } from '#ktf/storage';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { DossierController } from '../dossier/dossier.controller';
import { DossierService } from '../dossier/dossier.service';
import { CouncilReadinessService } from './council-readiness.service';
import { NominationAccessService } from './nomination-access.service';
import { NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';

@Module({
  imports: [CampaignsModule],
  controllers: [NominationsController, DossierController],
  providers: [
    NominationsService,
    NominationAccessService,
    CouncilReadinessService,
    DossierService,
    { provide: DossierRepository, inject: [DataSource], useFactory: (ds: DataSource) => new DossierRepository(ds) },
    // Local disk by default; another DocumentStorage (object store) plugs in here.
    { provide: DocumentStorage, inject: [AppConfig], useFactory: (c: AppConfig) => new LocalDiskStorage(c.DOCUMENT_STORAGE_DIR) },
  ],
  exports: [NominationsService, NominationAccessService, DossierService],
})
export class NominationsModule {}
