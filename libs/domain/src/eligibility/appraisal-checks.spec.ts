import { DEFAULT_AWARD_CATALOG } from '../catalog/default-award-catalog';
import { appraisalChecks } from './appraisal-checks';

const award = (code: string) => DEFAULT_AWARD_CATALOG.find((a) => a.code === code)!;
const docs = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_hop', 'xac_nhan_sang_kien'];

describe('appraisalChecks', () => {
  it('needs CSTĐ cơ sở in each of the 3 previous years for CSTĐ cấp tỉnh', () => {
    const base = { award: award('CSTD_TINH'), subject: 'individual' as const, year: 2026, documents: docs, duplicates: 0 };
    const ok = appraisalChecks({ ...base, registry: [2023, 2024, 2025].map((year) => ({ awardCode: 'CSTD_CO_SO', year })) });
    expect(ok).toEqual([
      { code: 'required_documents', ok: true, message: 'all required documents are attached' },
      { code: 'prior_titles', ok: true, message: 'CSTD_CO_SO held in 2025, 2024, 2023' },
      { code: 'duplicate_nomination', ok: true, message: 'no duplicate nomination' },
    ]);
    const gap = appraisalChecks({ ...base, registry: [2023, 2025].map((year) => ({ awardCode: 'CSTD_CO_SO', year })) });
    expect(gap.find((c) => c.code === 'prior_titles')).toMatchObject({ ok: false, message: 'CSTD_CO_SO not found in the registry for 2024' });
  });

  it('checks collective ratios', () => {
    const r = appraisalChecks({ award: award('TTLD_XUAT_SAC'), subject: 'collective', year: 2026, documents: docs, registry: [], duplicates: 0, memberCounts: { total: 10, ldtt: 6, cstdCoSo: 0, disciplined: 1 } });
    const c = r.find((x) => x.code === 'collective_ratios')!;
    expect(c.ok).toBe(false);
    expect(c.message).toContain('LĐTT 6/10 is below 70%');
    expect(c.message).toContain('needs at least 1 CSTĐ cơ sở');
    expect(c.message).toContain('1 member(s) disciplined');
  });

  it('reports missing documents and duplicates', () => {
    const r = appraisalChecks({ award: award('BANG_KHEN_CT_UBND'), subject: 'individual', year: 2026, documents: ['to_trinh'], registry: [], duplicates: 1 });
    expect(r.filter((c) => !c.ok).map((c) => c.code)).toEqual(['required_documents', 'duplicate_nomination']);
  });
});
