import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, ok } from '../api/client';

/** GET /inbox: what the signed-in person must act on now, oldest due first. */
export const inboxQueries = {
  all: ['inbox'] as const,
  list: () =>
    infiniteQueryOptions({
      queryKey: [...inboxQueries.all, 'list'] as const,
      queryFn: ({ pageParam, signal }) => ok(api.GET('/inbox', { params: { query: { cursor: pageParam, limit: 50 } }, signal })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
};
