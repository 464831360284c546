import { queryOptions } from '@tanstack/react-query';
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

/** The kinds of subject the trail holds chains for, in the order the whole-trail check takes them. */
export const AUDIT_SUBJECT_TYPES = ['nomination', 'decision', 'campaign', 'access', 'catalog', 'notification', 'account'] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

/** Every chain of one subject type, recomputed (GET /audit/verify?subjectType=). */
export function verifyTrail(subjectType: AuditSubjectType) {
  return ok(api.GET('/audit/verify', { params: { query: { subjectType } } }));
}
