import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '#ktf/api-client';
import { api, ok } from '../api/client';

export type Delegation = Schemas['DelegationResponse'];
export type DelegationBody = Schemas['CreateDelegationDto'];

/** Delegations of signing authority (GET /delegations): all, or those in force on a day. */
export const delegationQueries = {
  all: ['delegations'] as const,
  list: (activeOn?: string) =>
    queryOptions({
      queryKey: [...delegationQueries.all, 'list', activeOn ?? 'all'] as const,
      queryFn: ({ signal }) => ok(api.GET('/delegations', { params: { query: activeOn ? { activeOn } : {} }, signal })),
    }),
};

function useDelegationWrite<A>(write: (args: A) => Promise<Delegation>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => qc.invalidateQueries({ queryKey: delegationQueries.all }) });
}

/** POST /delegations: a signer lends their authority (an admin may name the principal). */
export const useCreateDelegation = () => useDelegationWrite((body: DelegationBody) => ok(api.POST('/delegations', { body })));

/** DELETE /delegations/:id: ends it from now on. */
export const useRevokeDelegation = () => useDelegationWrite((id: string) => ok(api.DELETE('/delegations/{id}', { params: { path: { id } } })));
