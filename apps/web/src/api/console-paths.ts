import type * as M from './model';
import type { Schemas } from '#ktf/api-client';
// The checked-in client types (kept equal to the API's document by libs/api-client's drift test).
import type { paths } from '#ktf/api-client';

/**
 * The endpoints the console calls, in the shape openapi-typescript generates, with the
 * request and response bodies the API's DTOs and presenters define (model.ts). Every path
 * and method here must exist in the generated `paths` (libs/api-client, from /docs-json): the
 * check at the bottom fails the type check otherwise, so the console never calls an endpoint
 * the API does not have. Once the OpenAPI document describes its bodies (branch `contract`),
 * `ConsolePaths` gives way to the generated `paths`.
 */

type Headers_ = { [name: string]: unknown };
type Params<P, Q> = (P extends void ? { path?: never } : { path: P }) & (Q extends void ? { query?: never } : { query?: Q }) & {
  header?: never;
  cookie?: never;
};
type Body<B> = B extends void ? { requestBody?: never } : { requestBody: { content: { 'application/json': B } } };
/** An operation answering 200 (or `S`) with JSON `R`. */
type Op<R, P = void, Q = void, B = void, S extends number = 200> = { parameters: Params<P, Q> } & Body<B> & {
  responses: { [K in S]: { headers: Headers_; content: { 'application/json': R } } };
};
type NoContent<P = void, B = void> = { parameters: Params<P, void> } & Body<B> & { responses: { 204: { headers: Headers_; content?: never } } };
type Download<P, Q = void, Media extends string = 'application/octet-stream'> = {
  parameters: Params<P, Q>;
  requestBody?: never;
  responses: { 200: { headers: Headers_; content: { [K in Media]: Blob } } };
};

type Id = { id: string };
export interface NominationListQuery {
  stage?: M.StageKind;
  status?: M.NominationStatus;
  unitId?: string;
  awardCode?: string;
  year?: number;
  overdue?: boolean;
  q?: string;
  cursor?: string;
  limit?: number;
}
type PageQuery = { cursor?: string; limit?: number };

export interface ConsolePaths {
  '/auth/login': { post: Op<M.LoginResponse, void, void, { username: string; password: string }> };
  '/auth/refresh': { post: Op<M.LoginResponse> };
  '/auth/logout': { post: NoContent };
  '/auth/me': { get: Op<M.SessionUser> };

  '/inbox': { get: Op<M.Page<M.InboxItem>, void, PageQuery> };
  '/me/notifications': { get: Op<M.Page<M.Notification>, void, PageQuery> };
  '/me/notifications/{id}/read': { post: NoContent<Id> };

  '/nominations': {
    get: Op<M.Page<M.NominationSummary>, void, NominationListQuery>;
    post: Op<M.Nomination, void, void, M.CreateNominationBody, 201>;
  };
  '/nominations/{id}': { get: Op<M.Nomination, Id> };
  '/nominations/{id}/history': { get: Op<M.HistoryEvent[], Id> };
  '/nominations/{id}/submit': { post: Op<M.Nomination, Id> };
  '/nominations/{id}/votes': { post: Op<M.Nomination, Id, void, { choice: M.VoteChoice }> };
  '/nominations/{id}/appraisal': { post: Op<M.Nomination, Id, void, M.AppraisalBody> };
  '/nominations/{id}/supplement': { post: Op<M.Nomination, Id, void, { note?: string }> };
  '/nominations/{id}/withdraw': { post: Op<M.Nomination, Id, void, { reason?: string }> };
  '/nominations/{id}/return': { post: Op<M.Nomination, Id, void, { comment: string }> };
  '/nominations/{id}/external-decision': { post: Op<M.Nomination, Id, void, M.ExternalDecisionBody> };
  '/nominations/{id}/deadline': { patch: Op<M.Nomination, Id, void, M.DeadlineBody> };
  '/nominations/{id}/documents': { get: Op<M.Dossier, Id> };
  '/nominations/{id}/documents/{kind}': {
    get: Download<{ id: string; kind: M.DocumentKind }>;
    put: {
      parameters: Params<{ id: string; kind: M.DocumentKind }, void>;
      requestBody: { content: { 'application/octet-stream': Blob } };
      responses: { 200: { headers: Headers_; content: { 'application/json': M.DossierDocument } } };
    };
  };
  '/nominations/{id}/dossier/diff': { get: Op<M.DossierDiff, Id, { from: number; to: number }> };
  '/nominations/{id}/checks': { get: Op<M.CheckResult[], Id> };

  '/council-sessions': {
    get: Op<Schemas['CouncilSessionSummary'][], void, { status?: 'open' | 'closed' }>;
    post: Op<Schemas['CouncilSessionResponse'], void, void, Schemas['CreateCouncilSessionDto'], 201>;
  };
  '/council-sessions/{id}': { get: Op<Schemas['CouncilSessionResponse'], Id> };
  '/council-sessions/{id}/votes': { post: Op<Schemas['SessionBallotResults'], Id, void, Schemas['SessionVotesDto']> };
  '/council-sessions/{id}/absent-opinions': { post: Op<Schemas['SessionBallotResults'], Id, void, Schemas['AbsentOpinionDto']> };
  '/council-sessions/{id}/close': { post: Op<Schemas['CouncilSessionResponse'], Id> };

  '/decisions': { post: Op<M.Decision, void, void, { nominationIds: string[] }, 201> };
  '/award-types': { get: Op<M.AwardType[]>; post: Op<M.AwardType, void, void, Schemas['CreateAwardTypeDto'], 201> };
  '/award-types/{code}': { put: Op<M.AwardType, { code: string }, void, Schemas['ReplaceAwardTypeDto']> };
  '/units': { get: Op<M.Unit[]>; post: Op<M.Unit, void, void, Schemas['CreateUnitDto'], 201> };
  '/users': { get: Op<M.User[], void, { unitId?: string; role?: M.Role }>; post: Op<M.User, void, void, Schemas['CreateUserDto'], 201> };
  '/users/{id}': { put: Op<M.User, Id, void, Schemas['ReplaceUserDto']> };
  '/users/{id}/password': { put: NoContent<Id, Schemas['SetPasswordDto']> };
  '/councils': { get: Op<Schemas['CouncilResponse'][]>; post: Op<Schemas['CouncilResponse'], void, void, Schemas['CreateCouncilDto'], 201> };
  '/councils/{id}/members': { put: Op<Schemas['CouncilResponse'], Id, void, Schemas['CouncilMembersDto']> };
  '/pipelines': { get: Op<Schemas['PipelineSummaryResponse'][]> };
  '/pipelines/{code}': { get: Op<Schemas['PipelineVersionsResponse'], { code: string }> };
  '/pipelines/{code}/versions': { post: Op<Schemas['PipelineVersionResponse'], { code: string }, void, Schemas['PublishPipelineVersionDto'], 201> };
  '/holidays': { get: Op<M.HolidayYear, void, { year: number }>; post: Op<M.HolidayDay, void, void, Schemas['HolidayDto'], 201> };
  '/holidays/{date}': { delete: NoContent<{ date: string }> };

  '/audit/verify': { get: Op<M.VerifyResult, void, { subject?: string; subjectType?: string }> };
  '/audit/export': { get: Download<void, { subject: string }, 'application/x-ndjson'> };
}

// ---- every console path and method exists in the API's OpenAPI document -------------------
/** The sign-in endpoints come with branch `auth`; until its document is generated here they are exempt. */
type PendingInDocument = '/auth/login' | '/auth/refresh' | '/auth/logout' | '/auth/me';
type Methods<T> = { [K in keyof T]-?: T[K] extends undefined ? never : K }[keyof T];
type Missing = {
  [P in Exclude<keyof ConsolePaths, PendingInDocument>]: P extends keyof paths
    ? Exclude<keyof ConsolePaths[P], Methods<paths[P]>> extends never
      ? never
      : `${P} ${Exclude<keyof ConsolePaths[P], Methods<paths[P]>> & string}`
    : P;
}[Exclude<keyof ConsolePaths, PendingInDocument>];
/** A type error here names a console path or method the API's document lacks. */
export const everyConsolePathIsInTheDocument: [Missing] extends [never] ? true : Missing = true;
