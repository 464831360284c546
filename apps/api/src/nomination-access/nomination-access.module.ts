import { Module } from '@nestjs/common';
import { DataSource, DelegationRepository } from '#ktf/persistence';
import { NominationAccessService } from './nomination-access.service';

/**
 * Who may see a nomination, and what a signer signs for (own authority and delegations):
 * shared by the nomination, dossier, decision and delegation modules, so none of them has to
 * import another to check access.
 */
@Module({
  providers: [NominationAccessService, { provide: DelegationRepository, inject: [DataSource], useFactory: (ds: DataSource) => new DelegationRepository(ds) }],
  exports: [NominationAccessService, DelegationRepository],
})
export class NominationAccessModule {}
