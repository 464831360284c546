import { queryOptions } from '@tanstack/react-query';
import { api, ok } from '../api/client';

/** Campaigns (đợt phát động): the list (GET /campaigns) and one with its intake per unit (GET /campaigns/:id). */
export const campaignQueries = {
  all: ['campaigns'] as const,
  list: () => queryOptions({ queryKey: [...campaignQueries.all, 'list'] as const, queryFn: ({ signal }) => ok(api.GET('/campaigns', { signal })) }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...campaignQueries.all, 'detail', id] as const,
      queryFn: ({ signal }) => ok(api.GET('/campaigns/{id}', { params: { path: { id } }, signal })),
    }),
};
