import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import type { Role } from '../api/model';

const HOUR = 3_600_000;

/** The award catalog (GET /award-types): changes rarely. */
export const awardTypeQueries = {
  all: ['award-types'] as const,
  list: () => queryOptions({ queryKey: [...awardTypeQueries.all, 'list'] as const, queryFn: ({ signal }) => ok(api.GET('/award-types', { signal })), staleTime: HOUR }),
};

/** Units (GET /units), for names next to ids. */
export const unitQueries = {
  all: ['units'] as const,
  list: () => queryOptions({ queryKey: [...unitQueries.all, 'list'] as const, queryFn: ({ signal }) => ok(api.GET('/units', { signal })), staleTime: HOUR }),
};

/** Users (GET /users). */
export const userQueries = {
  all: ['users'] as const,
  list: (filter: { unitId?: string; role?: Role } = {}) =>
    queryOptions({ queryKey: [...userQueries.all, 'list', filter] as const, queryFn: ({ signal }) => ok(api.GET('/users', { params: { query: filter }, signal })) }),
};

/** The holiday calendar of a year (GET /holidays?year=). */
export const holidayQueries = {
  all: ['holidays'] as const,
  year: (year: number) =>
    queryOptions({ queryKey: [...holidayQueries.all, year] as const, queryFn: ({ signal }) => ok(api.GET('/holidays', { params: { query: { year } }, signal })), staleTime: HOUR }),
};

/** Award names by code, and unit names by id, for tables that carry only codes and ids. */
export function useNames() {
  const awards = useQuery(awardTypeQueries.list());
  const units = useQuery(unitQueries.list());
  const awardMap = new Map((awards.data ?? []).map((a) => [a.code, a.nameVi]));
  const unitMap = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  return {
    award: (code: string) => awardMap.get(code) ?? code,
    unit: (id: string) => unitMap.get(id) ?? '—',
  };
}
