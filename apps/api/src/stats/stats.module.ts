import { Module } from '@nestjs/common';
import { DataSource, StatsRepository } from '#ktf/persistence';
import { StatsController } from './stats.controller';

@Module({
  controllers: [StatsController],
  providers: [{ provide: StatsRepository, inject: [DataSource], useFactory: (ds: DataSource) => new StatsRepository(ds) }],
})
export class StatsModule {}
