import { infiniteQueryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../api/client';

/** GET /me/notifications: the signed-in person's notices, newest first. */
export const notificationQueries = {
  all: ['notifications'] as const,
  list: () =>
    infiniteQueryOptions({
      queryKey: [...notificationQueries.all, 'list'] as const,
      queryFn: ({ pageParam, signal }) => ok(api.GET('/me/notifications', { params: { query: { cursor: pageParam, limit: 20 } }, signal })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      refetchInterval: 60_000,
    }),
};

export function useMarkNotificationRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(api.POST('/me/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationQueries.all }),
  });
}
