import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '#ktf/api-client';
import { api, ok } from '../api/client';
import { inboxQueries } from './inbox';
import { nominationQueries } from './nominations';
import { idempotencyKeyOf, RETRY_REPEATABLE } from '../api/repeatable';

export type CouncilSession = Schemas['CouncilSessionResponse'];
export type SessionItem = Schemas['SessionNomination'];
export type Ballot = Schemas['BallotDto'];

/** Council sessions (GET /council-sessions, GET /council-sessions/{id}). */
export const councilSessionQueries = {
  all: ['council-sessions'] as const,
  list: (status?: 'open' | 'closed') =>
    queryOptions({
      queryKey: [...councilSessionQueries.all, 'list', status ?? 'all'] as const,
      queryFn: ({ signal }) => ok(api.GET('/council-sessions', { params: { query: status ? { status } : {} }, signal })),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...councilSessionQueries.all, 'detail', id] as const,
      queryFn: ({ signal }) => ok(api.GET('/council-sessions/{id}', { params: { path: { id } }, signal })),
    }),
};

/** A vote moves nominations along: the session, its nominations, the lists and the inbox are stale after it. */
function useAfterSessionChange() {
  const qc = useQueryClient();
  return (sessionId: string, nominationIds: string[]) =>
    Promise.all([
      qc.invalidateQueries({ queryKey: councilSessionQueries.all }),
      qc.invalidateQueries({ queryKey: inboxQueries.all }),
      qc.invalidateQueries({ queryKey: nominationQueries.lists() }),
      ...nominationIds.map((id) => qc.invalidateQueries({ queryKey: nominationQueries.detail(id).queryKey })),
    ]).then(() => sessionId);
}

export function useOpenSession() {
  const after = useAfterSessionChange();
  return useMutation({
    mutationFn: (body: Schemas['CreateCouncilSessionDto']) => ok(api.POST('/council-sessions', { body })),
    onSuccess: (s) => after(s.id, s.nominations.map((n) => n.nominationId)),
  });
}

/** A member's ballots on many items of the agenda at once, applied in order. */
export function useCastBallots(sessionId: string) {
  const after = useAfterSessionChange();
  return useMutation({
    mutationFn: (votes: Ballot[]) => ok(api.POST('/council-sessions/{id}/votes', { params: { path: { id: sessionId } }, body: { votes }, headers: { 'Idempotency-Key': idempotencyKeyOf(votes) } })),
    ...RETRY_REPEATABLE,
    onSuccess: (_r, votes) => after(sessionId, votes.map((v) => v.nominationId)),
  });
}

export function useRecordAbsentOpinion(sessionId: string) {
  const after = useAfterSessionChange();
  return useMutation({
    mutationFn: (body: Schemas['AbsentOpinionDto']) => ok(api.POST('/council-sessions/{id}/absent-opinions', { params: { path: { id: sessionId } }, body, headers: { 'Idempotency-Key': idempotencyKeyOf(body) } })),
    ...RETRY_REPEATABLE,
    onSuccess: (_r, body) => after(sessionId, body.votes.map((v) => v.nominationId)),
  });
}

export function useCloseSession(sessionId: string) {
  const after = useAfterSessionChange();
  return useMutation({
    mutationFn: () => ok(api.POST('/council-sessions/{id}/close', { params: { path: { id: sessionId } } })),
    onSuccess: (s) => after(sessionId, s.nominations.map((n) => n.nominationId)),
  });
}
