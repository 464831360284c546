import { InitialSchema1763800000000 } from './1763800000000-initial-schema';
import { DeadlinesNotificationsCampaigns1763900000000 } from './1763900000000-deadlines-notifications-campaigns';
import { QueryIndexes1764000000000 } from './1764000000000-query-indexes';
import { CouncilSessionsDuties1764100000000 } from './1764100000000-council-sessions-duties';
import { DossierDocuments1764200000000 } from './1764200000000-dossier-documents';
import { AuditEventsTimeIndex1764300000000 } from './1764300000000-audit-events-time-index';
import { ReadPathIndexes1764400000000 } from './1764400000000-read-path-indexes';
import { StageStatusListIndexes1764500000000 } from './1764500000000-stage-status-list-indexes';
import { SignIn1764650000000 } from './1764650000000-sign-in';
import { VanHoaDay1764700000000 } from './1764700000000-van-hoa-day';
import { UserActive1764800000000 } from './1764800000000-user-active';
import { DecisionDocuments1764810000000 } from './1764810000000-decision-documents';
import { Delegations1764830000000 } from './1764830000000-delegations';
import { AppraisalAssignee1764860000000 } from './1764860000000-appraisal-assignee';
import { TransitionCommand1764900000000 } from './1764900000000-transition-command';
import { DecisionPdfUncompressed1764950000000 } from './1764950000000-decision-pdf-uncompressed';

/** Every migration in order. New ones are appended, never edited once released. */
export const MIGRATIONS = [
  InitialSchema1763800000000,
  DeadlinesNotificationsCampaigns1763900000000,
  QueryIndexes1764000000000,
  CouncilSessionsDuties1764100000000,
  DossierDocuments1764200000000,
  AuditEventsTimeIndex1764300000000,
  ReadPathIndexes1764400000000,
  StageStatusListIndexes1764500000000,
  SignIn1764650000000,
  VanHoaDay1764700000000,
  UserActive1764800000000,
  DecisionDocuments1764810000000,
  Delegations1764830000000,
  AppraisalAssignee1764860000000,
  TransitionCommand1764900000000,
  DecisionPdfUncompressed1764950000000,
];
