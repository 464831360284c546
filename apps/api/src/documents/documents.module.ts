import { Module } from '@nestjs/common';
import { DataSource, DecisionDocumentRepository } from '#ktf/persistence';
import { DecisionsModule } from '../decisions/decisions.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

/** Official documents of decisions: the signed decision PDF and the awardees' certificates. */
@Module({
  imports: [DecisionsModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, { provide: DecisionDocumentRepository, inject: [DataSource], useFactory: (ds: DataSource) => new DecisionDocumentRepository(ds) }],
})
export class DocumentsModule {}
