import { Module } from '@nestjs/common';
import { CatalogAdminRepository, DataSource, DirectoryAdminRepository } from '#ktf/persistence';
import { AdminOnlyGuard } from './admin-only.guard';
import { AwardTypesController } from './award-types.controller';
import { AwardTypesService } from './award-types.service';
import { CouncilsController } from './councils.controller';
import { DirectoryService } from './directory.service';
import { PipelinesController } from './pipelines.controller';
import { PipelinesService } from './pipelines.service';
import { UnitsController } from './units.controller';
import { UsersController } from './users.controller';

/** Reference data admins manage: the award catalog, pipeline versions, units, users, councils. */
@Module({
  controllers: [AwardTypesController, PipelinesController, UnitsController, UsersController, CouncilsController],
  providers: [
    AdminOnlyGuard,
    AwardTypesService,
    PipelinesService,
    DirectoryService,
    { provide: CatalogAdminRepository, inject: [DataSource], useFactory: (ds: DataSource) => new CatalogAdminRepository(ds) },
    { provide: DirectoryAdminRepository, inject: [DataSource], useFactory: (ds: DataSource) => new DirectoryAdminRepository(ds) },
  ],
})
export class AdminModule {}
