import { Module } from '@nestjs/common';
import { NominationAccessModule } from '../nomination-access/nomination-access.module';
import { QueriesController } from './queries.controller';
import { QueriesService } from './queries.service';

/** Read-only endpoints: GET /nominations (list), GET /inbox, GET /awards. */
@Module({ imports: [NominationAccessModule], controllers: [QueriesController], providers: [QueriesService] })
export class QueriesModule {}
