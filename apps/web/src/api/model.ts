import type { Schemas } from '#ktf/api-client';

/**
 * The shapes the console reads and sends: names for the generated OpenAPI schemas
 * (libs/api-client, `npm run -s api-client`), so the console and the API share one set of types.
 * Add an alias here rather than a hand-written interface.
 */

export type Role = Schemas['UserResponse']['roles'][number];
export type StageKind = Schemas['StageDto']['kind'];
export type NominationStatus = Schemas['NominationResponse']['status'];
export type NominationAction = Schemas['NominationResponse']['allowedActions'][number];
export type Subject = Schemas['NominationResponse']['subject'];
export type DocumentKind = Schemas['DossierDocument']['kind'];
export type VoteChoice = Schemas['VoteDto']['choice'];

export type SessionUser = Schemas['SignedInUserDto'];
export type LoginResponse = Schemas['TokenResponseDto'];

export type MemberCounts = Schemas['MemberCountsDto'];
export type Nominee = Schemas['NomineeDto'];
export type NominationSummary = Schemas['NominationSummary'];
export type InboxItem = Schemas['InboxItem'];
export type PersonAction = Schemas['PersonActionView'];
export type Nomination = Schemas['NominationResponse'];
export type HistoryEvent = Schemas['HistoryEvent'];
export type DossierDocument = Schemas['DossierDocument'];
export type Dossier = Schemas['DossierDocuments'];
export type DossierDiff = Schemas['DossierDiff'];
export type DossierChange = Schemas['DossierChange'];
export type CheckResult = Schemas['CheckResultView'];
export type AwardType = Schemas['AwardTypeResponse'];
export type Unit = Schemas['UnitResponse'];
export type User = Schemas['UserResponse'];
export type Notification = Schemas['NotificationView'];
export type Decision = Schemas['DecisionResponse'];
export type HolidayDay = Schemas['CalendarDayView'];
export type HolidayYear = Schemas['HolidayYear'];
export type VerifyResult = Schemas['VerifyResult'];

/** Request bodies. */
export type CreateNominationBody = Schemas['CreateNominationDto'];
export type AppraisalBody = Schemas['AppraisalDto'];
export type ExternalDecisionBody = Schemas['ExternalDecisionDto'];
export type DeadlineBody = Schemas['DeadlineDto'];
export type ReassignBody = Schemas['ReassignDto'];
export type Campaign = Schemas['CampaignResponse'];
export type CampaignWithIntake = Schemas['CampaignWithIntake'];
