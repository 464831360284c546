import { Module } from '@nestjs/common';
import { DataSource, StatsRepository } from '#ktf/persistence';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

@Module({
  controllers: [StatsController],
  providers: [StatsService, { provide: StatsRepository, inject: [DataSource], useFactory: (ds: DataSource) => new StatsRepository(ds) }],
})
export class StatsModule {}
