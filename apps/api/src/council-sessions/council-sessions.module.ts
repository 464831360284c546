import { Module } from '@nestjs/common';
import { CouncilSessionRepository, DataSource } from '#ktf/persistence';
import { NominationsModule } from '../nominations/nominations.module';
import { CouncilSessionsController } from './council-sessions.controller';
import { CouncilSessionsService } from './council-sessions.service';

@Module({
  imports: [NominationsModule],
  controllers: [CouncilSessionsController],
  providers: [
    CouncilSessionsService,
    { provide: CouncilSessionRepository, inject: [DataSource], useFactory: (ds: DataSource) => new CouncilSessionRepository(ds) },
  ],
})
export class CouncilSessionsModule {}
