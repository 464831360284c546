/**
 * The shapes the console reads and sends, as the API's presenters and DTOs define them
 * (apps/api/src/**). The OpenAPI document does not describe bodies yet (branch `contract`
 * makes it truthful); `console-paths.ts` attaches these shapes to the generated paths, and
 * becomes the generated `paths` itself once the document carries them.
 */

export type Role = 'unit_officer' | 'council_member' | 'council_secretary' | 'appraiser' | 'signer' | 'auditor' | 'admin';
export type StageKind = 'unit_proposal' | 'council_review' | 'appraisal' | 'supplement' | 'signing' | 'external_decision';
export type NominationStatus = 'draft' | 'in_progress' | 'awarded' | 'rejected' | 'withdrawn' | 'expired';
export type NominationAction =
  | 'submit'
  | 'vote'
  | 'close_voting'
  | 'appraise'
  | 'supplement'
  | 'sign'
  | 'return'
  | 'withdraw'
  | 'record_external_decision'
  | 'extend_deadline'
  | 'schedule_voting'
  | 'record_absent_opinion';
export type Subject = 'individual' | 'collective';
export type DocumentKind = 'to_trinh' | 'bao_cao_thanh_tich' | 'bien_ban_hop' | 'xac_nhan_sang_kien' | 'y_kien_btv_tinh_uy' | 'y_kien_hiep_y';
export type VoteChoice = 'agree' | 'disagree' | 'abstain';

/** POST /auth/login, POST /auth/refresh, GET /auth/me (branch `auth`). */
export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  unitId: string;
  unitName?: string;
}
export interface LoginResponse {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: SessionUser;
}

export interface MemberCounts {
  total: number;
  ldtt?: number;
  cstdCoSo?: number;
  disciplined?: number;
}
export interface Nominee {
  kind: Subject;
  fullName: string;
  position?: string;
  workplace?: string;
  memberCounts?: MemberCounts;
}

/** A row of GET /nominations. */
export interface NominationSummary {
  id: string;
  awardCode: string;
  subject: Subject;
  nomineeName: string;
  unitId: string;
  status: NominationStatus;
  stage: StageKind | null;
  stageOpenedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  year: number;
  campaignId: string | null;
  createdAt: string;
}
/** A row of GET /inbox: what the caller must act on now. */
export interface InboxItem extends NominationSummary {
  workingDaysLeft: number | null;
  expectedActions: NominationAction[];
  allowedActions: NominationAction[];
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PersonAction {
  action: string;
  labelVi: string;
  labelEn: string;
  actorId: string | null;
  actorName: string | null;
  role: string | null;
  at: string;
  stageBefore: StageKind | null;
  stageAfter: StageKind | null;
}
/** GET /nominations/:id and every action's answer. */
export interface Nomination {
  id: string;
  workflowId: string;
  awardCode: string;
  unitId: string;
  subject: Subject;
  nominee: Nominee;
  achievements: string;
  year: number;
  campaignId: string | null;
  status: NominationStatus;
  stage: StageKind | null;
  stageOpenedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  workingDaysLeft: number | null;
  breachedAt: string | null;
  pipeline: { code: string; version: number } | null;
  council: { members: number; recused: number; votedMemberIds: string[] } | null;
  tally: { passed?: boolean; agree?: number; disagree?: number; abstain?: number; [k: string]: unknown } | null;
  decision: { id: string; number: string } | null;
  actions: PersonAction[];
  allowedActions: NominationAction[];
  transition: number;
  createdAt: string;
  updatedAt: string;
}

/** One event of GET /nominations/:id/history. */
export interface HistoryEvent {
  sequence: number;
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  labelVi: string;
  labelEn: string;
  stageBefore: StageKind | null;
  stageAfter: StageKind | null;
  reason: string | null;
  payload: Record<string, unknown> | null;
  workflowId: string | null;
  runId: string | null;
  hash: string;
}

export interface DossierDocument {
  id: string;
  kind: DocumentKind;
  round: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}
export interface Dossier {
  round: number;
  documents: DossierDocument[];
  history: DossierDocument[];
}
export interface CheckResult {
  code: 'required_documents' | 'prior_titles' | 'collective_ratios' | 'duplicate_nomination';
  ok: boolean;
  message: string;
}

export interface AwardType {
  code: string;
  nameVi: string;
  nameEn: string;
  subjects: Subject[];
  decidingLevel: 'unit' | 'province' | 'central';
  pipelineCode: string;
  voteRule: { threshold: number; comparison: 'at_least' | 'more_than'; base: 'all_members' | 'present'; quorum: number; secret: boolean };
  requiredDocuments: DocumentKind[];
  rewardMultiplier: Partial<Record<Subject, number>>;
  eligibility: {
    priorTitles?: { code: string; consecutiveYears: number }[];
    collective?: { minLdttRatio?: number; minCstdCoSo?: number; maxDisciplined?: number };
  };
  updatedAt: string;
}

export interface Unit {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
}
export interface User {
  id: string;
  username: string;
  fullName: string;
  unitId: string;
  roles: Role[];
  email?: string | null;
  signerAuthority: string | null;
}

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  nominationId: string | null;
  campaignId: string | null;
  createdAt: string;
  read: boolean;
  email: string | null;
}

export interface Decision {
  id: string;
  number: string;
  kind: string;
  authority: string;
  signedAt: string;
  signerId: string;
  nominationIds: string[];
  status: string;
}

export interface HolidayDay {
  date: string;
  kind: 'holiday' | 'working_saturday';
  name: string;
  estimated: boolean;
}
export interface HolidayYear {
  year: number;
  days: HolidayDay[];
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: { subject: string; subjectType: string; sequence: number; reason: string } | null;
  chains: number;
  brokenCount: number;
  elapsedMs: number;
}

/** Request bodies. */
export interface CreateNominationBody {
  awardCode: string;
  nominee: Nominee;
  achievements: string;
  year?: number;
  campaignId?: string;
  submit?: boolean;
}
export interface AppraisalBody {
  decision: 'approve' | 'supplement' | 'reject';
  reason?: string;
  items?: string[];
  override?: string;
}
export interface ExternalDecisionBody {
  outcome: 'awarded' | 'refused';
  decisionNumber?: string;
  reason?: string;
}
export interface DeadlineBody {
  dueAt?: string;
  extendByWorkingDays?: number;
  reason: string;
}
