import type { DecisionDocumentData } from './document-data';

/** Test data: a provincial decision giving one individual a Bằng khen (the seed's template). */
export function decisionOfOne(number: string, fullName = 'Đỗ Thị Ngọc Ánh'): DecisionDocumentData {
  return {
    decisionId: '22222222-2222-4222-8222-222222222222',
    number,
    signedAt: new Date('2026-11-20T03:00:00Z'),
    template: {
      issuingBody: ['ỦY BAN NHÂN DÂN', 'TỈNH NINH BÌNH'],
      place: 'Ninh Bình',
      authorityLine: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
      subject: 'Về việc tặng {award}',
      legalBases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'],
      closingArticles: ['Quyết định này có hiệu lực kể từ ngày ký.'],
      recipients: ['Như Điều 3;', 'Lưu: VT, NV.'],
      signerTitle: 'CHỦ TỊCH',
      issuerName: 'Chủ tịch UBND tỉnh Ninh Bình',
    },
    signerUnit: 'Ủy ban nhân dân tỉnh',
    signatureLines: ['CHỦ TỊCH'],
    signerName: 'Nguyễn Cao Sơn',
    awardees: [
      {
        nominationId: '00000000-0000-4000-8000-000000000007',
        subject: 'individual',
        fullName,
        position: 'Chuyên viên',
        unit: 'Sở Nội vụ',
        achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026.',
        awardCode: 'BANG_KHEN_CT_UBND',
        awardName: 'Bằng khen của Chủ tịch UBND tỉnh',
      },
    ],
  };
}
