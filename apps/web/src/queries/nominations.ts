import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { idempotencyKeyOf, RETRY_REPEATABLE } from '../api/repeatable';
import type { paths } from '#ktf/api-client';
import type { AppraisalBody, CreateNominationBody, DeadlineBody, DocumentKind, ExternalDecisionBody, Nomination, ReassignBody, VoteChoice } from '../api/model';
import { inboxQueries } from './inbox';

/** GET /nominations's query, as the API's document defines it. */
type NominationListQuery = NonNullable<paths['/nominations']['get']['parameters']['query']>;
export type NominationFilter = Omit<NominationListQuery, 'cursor' | 'limit'>;

/** Query keys and fetchers of the nomination resource (one factory; components only use these). */
export const nominationQueries = {
  all: ['nominations'] as const,
  lists: () => [...nominationQueries.all, 'list'] as const,
  list: (filter: NominationFilter) =>
    infiniteQueryOptions({
      queryKey: [...nominationQueries.lists(), filter] as const,
      queryFn: ({ pageParam, signal }) =>
        ok(api.GET('/nominations', { params: { query: { ...filter, cursor: pageParam, limit: 20 } }, signal })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  details: () => [...nominationQueries.all, 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...nominationQueries.details(), id] as const,
      queryFn: ({ signal }) => ok(api.GET('/nominations/{id}', { params: { path: { id } }, signal })),
    }),
  history: (id: string) =>
    queryOptions({
      queryKey: [...nominationQueries.detail(id).queryKey, 'history'] as const,
      queryFn: ({ signal }) => ok(api.GET('/nominations/{id}/history', { params: { path: { id } }, signal })),
    }),
  documents: (id: string) =>
    queryOptions({
      queryKey: [...nominationQueries.detail(id).queryKey, 'documents'] as const,
      queryFn: ({ signal }) => ok(api.GET('/nominations/{id}/documents', { params: { path: { id } }, signal })),
    }),
  /** What changed in the dossier from round `from` to round `to` (GET /nominations/:id/dossier/diff). */
  dossierDiff: (id: string, from: number, to: number) =>
    queryOptions({
      queryKey: [...nominationQueries.detail(id).queryKey, 'documents', 'diff', from, to] as const,
      queryFn: ({ signal }) => ok(api.GET('/nominations/{id}/dossier/diff', { params: { path: { id }, query: { from, to } }, signal })),
    }),
  checks: (id: string) =>
    queryOptions({
      queryKey: [...nominationQueries.detail(id).queryKey, 'checks'] as const,
      queryFn: ({ signal }) => ok(api.GET('/nominations/{id}/checks', { params: { path: { id } }, signal })),
    }),
  /** Who a pending task may pass to: exactly whom the reassignment would accept now. */
  reassignmentCandidates: (id: string, task: ReassignBody['task']) =>
    queryOptions({
      queryKey: [...nominationQueries.detail(id).queryKey, 'reassignment-candidates', task] as const,
      queryFn: ({ signal }) => ok(api.GET('/nominations/{id}/reassignment-candidates', { params: { path: { id }, query: { task } }, signal })),
    }),
};

/**
 * After a nomination changed: its detail (with history, documents, checks under it), the
 * lists and the inbox. The answer of the action is the new detail, so it is put in place first.
 */
export async function afterNominationChanged(qc: QueryClient, updated: Nomination): Promise<void> {
  qc.setQueryData(nominationQueries.detail(updated.id).queryKey, updated);
  await Promise.all([
    qc.invalidateQueries({ queryKey: nominationQueries.detail(updated.id).queryKey }),
    qc.invalidateQueries({ queryKey: nominationQueries.lists() }),
    qc.invalidateQueries({ queryKey: inboxQueries.all }),
  ]);
}

/** One action on a nomination, as the API names it; the body per action. */
export type NominationCommand =
  | { action: 'submit' }
  | { action: 'vote'; choice: VoteChoice }
  | { action: 'appraise'; body: AppraisalBody }
  | { action: 'supplement'; note?: string }
  | { action: 'withdraw'; reason?: string }
  | { action: 'return'; comment: string }
  | { action: 'record_external_decision'; body: ExternalDecisionBody }
  | { action: 'extend_deadline'; body: DeadlineBody }
  | { action: 'reassign'; body: ReassignBody };

function run(id: string, c: NominationCommand): Promise<Nomination> {
  const path = { params: { path: { id } }, headers: { 'Idempotency-Key': idempotencyKeyOf(c) } };
  switch (c.action) {
    case 'submit':
      return ok(api.POST('/nominations/{id}/submit', path));
    case 'vote':
      return ok(api.POST('/nominations/{id}/votes', { ...path, body: { choice: c.choice } }));
    case 'appraise':
      return ok(api.POST('/nominations/{id}/appraisal', { ...path, body: c.body }));
    case 'supplement':
      return ok(api.POST('/nominations/{id}/supplement', { ...path, body: { note: c.note } }));
    case 'withdraw':
      return ok(api.POST('/nominations/{id}/withdraw', { ...path, body: { reason: c.reason } }));
    case 'return':
      return ok(api.POST('/nominations/{id}/return', { ...path, body: { comment: c.comment } }));
    case 'record_external_decision':
      return ok(api.POST('/nominations/{id}/external-decision', { ...path, body: c.body }));
    case 'extend_deadline':
      return ok(api.PATCH('/nominations/{id}/deadline', { ...path, body: c.body }));
    case 'reassign':
      return ok(api.POST('/nominations/{id}/reassign', { ...path, body: c.body }));
  }
}

export function useNominationCommand(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: NominationCommand) => run(id, c),
    ...RETRY_REPEATABLE,
    onSuccess: (updated) => afterNominationChanged(qc, updated),
  });
}

/** Creates a nomination (a draft, or submitted at once). */
export function useCreateNomination() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateNominationBody; idempotencyKey: string }) =>
      ok(api.POST('/nominations', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: (created) => afterNominationChanged(qc, created),
  });
}

/** Attaches one dossier document (raw bytes) to a draft or a supplement round. */
export function useUploadDocument(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: DocumentKind; file: File }) =>
      uploadDocument(id, kind, file),
    onSuccess: () => qc.invalidateQueries({ queryKey: nominationQueries.documents(id).queryKey }),
  });
}

export function uploadDocument(id: string, kind: DocumentKind, file: File) {
  return ok(
    api.PUT('/nominations/{id}/documents/{kind}', {
      params: { path: { id, kind } },
      body: file,
      bodySerializer: (b: Blob) => b,
      headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
    }),
  );
}

/** A dossier document's bytes, for a download the browser saves. */
export function downloadDocument(id: string, kind: DocumentKind): Promise<Blob> {
  return ok(api.GET('/nominations/{id}/documents/{kind}', { params: { path: { id, kind } }, parseAs: 'blob' }));
}

/** Submits a draft by id (the new-nomination form learns the id only when the draft is created). */
export function useSubmitNomination() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(api.POST('/nominations/{id}/submit', { params: { path: { id } } })),
    onSuccess: (updated) => afterNominationChanged(qc, updated),
  });
}
