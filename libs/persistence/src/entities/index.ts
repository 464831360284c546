import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';
import { CouncilEntity, CouncilMemberEntity } from './council.entity';
import { AwardTypeEntity, HolidayEntity, PipelineDefinitionEntity } from './catalog.entity';
import { NominationEntity } from './nomination.entity';
import { AwardRecordEntity, DecisionEntity } from './decision.entity';
import { AuditEventEntity } from './audit-event.entity';

export {
  UnitEntity,
  UserEntity,
  CouncilEntity,
  CouncilMemberEntity,
  AwardTypeEntity,
  HolidayEntity,
  PipelineDefinitionEntity,
  NominationEntity,
  AwardRecordEntity,
  DecisionEntity,
  AuditEventEntity,
};

export const ENTITIES = [
  UnitEntity,
  UserEntity,
  CouncilEntity,
  CouncilMemberEntity,
  AwardTypeEntity,
  HolidayEntity,
  PipelineDefinitionEntity,
  NominationEntity,
  AwardRecordEntity,
  DecisionEntity,
  AuditEventEntity,
];
