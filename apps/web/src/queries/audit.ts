import { queryOptions } from '@tanstack/react-query';
import type { paths } from '#ktf/api-client';
import { api, ok } from '../api/client';

/** The audit trail's verification, per subject (GET /audit/verify?subject=). */
export const auditQueries = {
  all: ['audit'] as const,
  verify: (subject: string) =>
    queryOptions({
      queryKey: [...auditQueries.all, 'verify', subject] as const,
      queryFn: ({ signal }) => ok(api.GET('/audit/verify', { params: { query: { subject } }, signal })),
      staleTime: 0,
    }),
};

/** The subject's audit bundle (NDJSON), for the browser to save. */
export function exportAuditBundle(subject: string): Promise<Blob> {
  return ok(api.GET('/audit/export', { params: { query: { subject } }, parseAs: 'blob' }));
}

/** The kinds of subject the trail holds chains for, as the API's document lists them. */
export type AuditSubjectType = NonNullable<NonNullable<paths['/audit/verify']['get']['parameters']['query']>['subjectType']>;

/** Every kind, in the order the whole-trail check takes them. */
export const AUDIT_SUBJECT_TYPES = [
  'nomination',
  'decision',
  'campaign',
  'delegation',
  'access',
  'catalog',
  'notification',
  'account',
] as const satisfies readonly AuditSubjectType[];

/** A type error here names a kind the API verifies that the whole-trail check would skip. */
type Skipped = Exclude<AuditSubjectType, (typeof AUDIT_SUBJECT_TYPES)[number]>;
export const wholeTrailCoversEveryKind: [Skipped] extends [never] ? true : Skipped = true;

/** Every chain of one subject type, recomputed (GET /audit/verify?subjectType=). */
export function verifyTrail(subjectType: AuditSubjectType) {
  return ok(api.GET('/audit/verify', { params: { query: { subjectType } } }));
}
