import { Module } from '@nestjs/common';
import { QueriesController } from './queries.controller';
import { QueriesService } from './queries.service';

/** Read-only endpoints: GET /nominations (list), GET /inbox, GET /awards. */
@Module({ controllers: [QueriesController], providers: [QueriesService] })
export class QueriesModule {}
