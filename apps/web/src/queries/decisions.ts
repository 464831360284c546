import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { inboxQueries } from './inbox';
import { nominationQueries } from './nominations';

/** Signs one decision over the picked nominations (all or nothing) and returns its number. */
export function useSignDecision() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (nominationIds: string[]) => ok(api.POST('/decisions', { body: { nominationIds } })),
    onSuccess: async (decision) => {
      await Promise.all([
        qc.invalidateQueries({ queryKey: inboxQueries.all }),
        qc.invalidateQueries({ queryKey: nominationQueries.lists() }),
        ...decision.nominationIds.map((id) => qc.invalidateQueries({ queryKey: nominationQueries.detail(id).queryKey })),
      ]);
    },
  });
}
