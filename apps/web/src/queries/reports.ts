import { api, ok } from '../api/client';

/** Awards of a year by unit and award type (GET /reports/awards.xlsx). */
export function downloadAwardsReport(year: number): Promise<Blob> {
  return ok(api.GET('/reports/awards.xlsx', { params: { query: { year } }, parseAs: 'blob' }));
}

/** The register of nominations, by year and unit if given (GET /reports/nominations.xlsx). */
export function downloadNominationsReport(filter: { year?: number; unitId?: string }): Promise<Blob> {
  return ok(api.GET('/reports/nominations.xlsx', { params: { query: filter }, parseAs: 'blob' }));
}
