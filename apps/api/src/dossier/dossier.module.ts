import { Module } from '@nestjs/common';
import { AppConfig } from '#ktf/config';
import { DataSource, DossierRepository } from '#ktf/persistence';
import { DocumentStorage, LocalDiskStorage } from '#ktf/storage';
import { NominationAccessModule } from '../nomination-access/nomination-access.module';
import { DossierController } from './dossier.controller';
import { DossierService } from './dossier.service';

/**
 * A nomination's dossier (hồ sơ): files, rounds, completeness and the appraiser's checks.
 * It depends on access only; the nominations module uses it (submission, appraisal), never
 * the other way round.
 */
@Module({
  imports: [NominationAccessModule],
  controllers: [DossierController],
  providers: [
    DossierService,
    { provide: DossierRepository, inject: [DataSource], useFactory: (ds: DataSource) => new DossierRepository(ds) },
    // Local disk by default; another DocumentStorage (object store) plugs in here.
    { provide: DocumentStorage, inject: [AppConfig], useFactory: (c: AppConfig) => new LocalDiskStorage(c.DOCUMENT_STORAGE_DIR) },
  ],
  exports: [DossierService],
})
export class DossierModule {}
