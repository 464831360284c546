import { Module } from '@nestjs/common';
import { NominationAccessService } from './nomination-access.service';

/**
 * Who may see a nomination, and a signer's authority: shared by the nomination, dossier and
 * decision modules, so none of them has to import another to check access.
 */
@Module({
  providers: [NominationAccessService],
  exports: [NominationAccessService],
})
export class NominationAccessModule {}
