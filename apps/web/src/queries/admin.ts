import { queryOptions, useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Schemas } from '#ktf/api-client';
import { api, ok } from '../api/client';
import { awardTypeQueries, holidayQueries, unitQueries, userQueries } from './reference';

export type Council = Schemas['CouncilResponse'];
export type PipelineSummary = Schemas['PipelineSummaryResponse'];
export type PipelineVersion = Schemas['PipelineVersionResponse'];
export type Stage = Schemas['StageDto'];
export type AwardTypeBody = Schemas['CreateAwardTypeDto'];
export type UserBody = Schemas['ReplaceUserDto'];

/** Councils with their active members (GET /councils). */
export const councilQueries = {
  all: ['councils'] as const,
  list: () => queryOptions({ queryKey: [...councilQueries.all, 'list'] as const, queryFn: ({ signal }) => ok(api.GET('/councils', { signal })) }),
};

/** Pipelines (GET /pipelines) and one pipeline's versions, newest first (GET /pipelines/{code}). */
export const pipelineQueries = {
  all: ['pipelines'] as const,
  list: () => queryOptions({ queryKey: [...pipelineQueries.all, 'list'] as const, queryFn: ({ signal }) => ok(api.GET('/pipelines', { signal })) }),
  versions: (code: string) =>
    queryOptions({
      queryKey: [...pipelineQueries.all, 'versions', code] as const,
      queryFn: ({ signal }) => ok(api.GET('/pipelines/{code}', { params: { path: { code } }, signal })),
    }),
};

/** An admin write, then the lists it changes are read again. */
function useAdminWrite<A, R>(write: (args: A) => Promise<R>, stale: QueryKey[]) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => Promise.all(stale.map((queryKey) => qc.invalidateQueries({ queryKey }))),
  });
}

export const useCreateUser = () => useAdminWrite((body: Schemas['CreateUserDto']) => ok(api.POST('/users', { body })), [userQueries.all, councilQueries.all]);
export const useReplaceUser = () =>
  useAdminWrite(({ id, body }: { id: string; body: UserBody }) => ok(api.PUT('/users/{id}', { params: { path: { id } }, body })), [userQueries.all, councilQueries.all]);
export const useSetPassword = () =>
  useAdminWrite(({ id, password }: { id: string; password: string }) => ok(api.PUT('/users/{id}/password', { params: { path: { id } }, body: { password } })), []);

export const useCreateUnit = () => useAdminWrite((body: Schemas['CreateUnitDto']) => ok(api.POST('/units', { body })), [unitQueries.all]);
export const useCreateCouncil = () => useAdminWrite((body: Schemas['CreateCouncilDto']) => ok(api.POST('/councils', { body })), [councilQueries.all]);
export const useReplaceCouncilMembers = () =>
  useAdminWrite(
    ({ id, memberIds }: { id: string; memberIds: string[] }) => ok(api.PUT('/councils/{id}/members', { params: { path: { id } }, body: { memberIds } })),
    [councilQueries.all],
  );

export const useSaveAwardType = () =>
  useAdminWrite(
    ({ body, isNew }: { body: AwardTypeBody; isNew: boolean }) =>
      isNew ? ok(api.POST('/award-types', { body })) : ok(api.PUT('/award-types/{code}', { params: { path: { code: body.code } }, body })),
    [awardTypeQueries.all, pipelineQueries.all],
  );

export const usePublishPipeline = () =>
  useAdminWrite(
    ({ code, body }: { code: string; body: Schemas['PublishPipelineVersionDto'] }) => ok(api.POST('/pipelines/{code}/versions', { params: { path: { code } }, body })),
    [pipelineQueries.all],
  );

export const useSetHoliday = () => useAdminWrite((body: Schemas['HolidayDto']) => ok(api.POST('/holidays', { body })), [holidayQueries.all]);
export const useRemoveHoliday = () =>
  useAdminWrite((date: string) => ok(api.DELETE('/holidays/{date}', { params: { path: { date } } })), [holidayQueries.all]);
