import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, ok } from '../api/client';

/**
 * A page of the inbox: what fits a screen or two. Rendering the rows is most of the time to an
 * interactive inbox (50 rows took about twice as long as 20); the rest come with "Tải thêm".
 */
export const INBOX_PAGE_SIZE = 20;

/** GET /inbox: what the signed-in person must act on now, oldest due first. */
export const inboxQueries = {
  all: ['inbox'] as const,
  list: () =>
    infiniteQueryOptions({
      queryKey: [...inboxQueries.all, 'list'] as const,
      queryFn: ({ pageParam, signal }) => ok(api.GET('/inbox', { params: { query: { cursor: pageParam, limit: INBOX_PAGE_SIZE } }, signal })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
};
