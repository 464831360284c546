import { DEFAULT_AWARD_CATALOG } from '../catalog/default-award-catalog';
import { appraisalChecks } from './appraisal-checks';

const award = (code: string) => DEFAULT_AWARD_CATALOG.find((a) => a.code === code)!;
const docs = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_hop', 'xac_nhan_sang_kien'];

describe('appraisalChecks', () => {
  it('needs CSTĐ cơ sở in each of the 3 previous years for CSTĐ cấp tỉnh', () => {
    const base = { award: award('CSTD_TINH'), subject: 'individual' as const, year: 2026, documents: docs, duplicates: 0 };
    const ok = appraisalChecks({ ...base, registry: [2023, 2024, 2025].map((year) => ({ awardCode: 'CSTD_CO_SO', year })) });
    expect(ok).toEqual([
      { code: 'required_documents', ok: true, message: 'Đã đính kèm đủ tài liệu theo quy định' },
      { code: 'prior_titles', ok: true, message: 'Đã có danh hiệu CSTD_CO_SO các năm 2025, 2024, 2023' },
      { code: 'duplicate_nomination', ok: true, message: 'Không trùng hồ sơ đề nghị' },
    ]);
    const gap = appraisalChecks({ ...base, registry: [2023, 2025].map((year) => ({ awardCode: 'CSTD_CO_SO', year })), awardNames: { CSTD_CO_SO: 'Chiến sĩ thi đua cơ sở' } });
    expect(gap.find((c) => c.code === 'prior_titles')).toMatchObject({ ok: false, message: 'Sổ khen thưởng chưa có danh hiệu Chiến sĩ thi đua cơ sở năm 2024' });
  });

  it('checks collective ratios', () => {
    const r = appraisalChecks({ award: award('TTLD_XUAT_SAC'), subject: 'collective', year: 2026, documents: docs, registry: [], duplicates: 0, memberCounts: { total: 10, ldtt: 6, cstdCoSo: 0, disciplined: 1 } });
    const c = r.find((x) => x.code === 'collective_ratios')!;
    expect(c.ok).toBe(false);
    expect(c.message).toBe('LĐTT 6/10, dưới 70%; cần ít nhất 1 CSTĐ cơ sở; 1 thành viên bị kỷ luật');
  });

  it('reports missing documents and duplicates', () => {
    const r = appraisalChecks({ award: award('BANG_KHEN_CT_UBND'), subject: 'individual', year: 2026, documents: ['to_trinh'], registry: [], duplicates: 1 });
    expect(r.filter((c) => !c.ok).map((c) => c.code)).toEqual(['required_documents', 'duplicate_nomination']);
    expect(r.find((c) => c.code === 'required_documents')?.message).toBe('Thiếu tài liệu: Báo cáo thành tích, Biên bản họp Hội đồng đơn vị');
    expect(r.find((c) => c.code === 'duplicate_nomination')?.message).toBe('Có 1 hồ sơ khác đề nghị Bằng khen của Chủ tịch UBND tỉnh năm 2026 cho cùng đối tượng');
  });

  it("asks for the paper copy, by the documents' names, when nothing is attached", () => {
    const r = appraisalChecks({ award: award('BANG_KHEN_CT_UBND'), subject: 'individual', year: 2026, documents: [], registry: [], duplicates: 0 });
    expect(r[0]).toEqual({ code: 'required_documents', ok: true, message: 'Hồ sơ giấy: kiểm tra bản giấy có đủ Tờ trình đề nghị, Báo cáo thành tích, Biên bản họp Hội đồng đơn vị' });
  });
});
