import { Module } from '@nestjs/common';
import { NominationAccessModule } from '../nomination-access/nomination-access.module';
import { DelegationsController } from './delegations.controller';
import { DelegationsService } from './delegations.service';

@Module({
  imports: [NominationAccessModule],
  controllers: [DelegationsController],
  providers: [DelegationsService],
})
export class DelegationsModule {}
