import { VoteRule } from '../vote/vote-rule';
import { AwardType } from './award-type';

const majority = (secret = false): VoteRule => ({ threshold: 0.5, comparison: 'more_than', base: 'all_members', quorum: 0.8, secret });
const atLeast = (threshold: number, secret = false): VoteRule => ({ threshold, comparison: 'at_least', base: 'all_members', quorum: 0.8, secret });

const BASIC_DOSSIER = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_hop'] as const;

/**
 * Seed catalog from the Law on Emulation and Commendation 2022 and Decree 152/2025/NĐ-CP
 * (DOMAIN.md). Defaults only: admins edit them; nominations pin the rules in force.
 */
export const DEFAULT_AWARD_CATALOG: AwardType[] = [
  {
    code: 'LDTT', nameVi: 'Lao động tiên tiến', nameEn: 'Advanced Worker',
    subjects: ['individual'], decidingLevel: 'unit', pipelineCode: 'unit-level', voteRule: majority(),
    requiredDocuments: [...BASIC_DOSSIER], rewardMultiplier: { individual: 0.3 }, eligibility: {},
  },
  {
    code: 'CSTD_CO_SO', nameVi: 'Chiến sĩ thi đua cơ sở', nameEn: 'Grassroots Emulation Fighter',
    subjects: ['individual'], decidingLevel: 'unit', pipelineCode: 'unit-level', voteRule: atLeast(0.8),
    requiredDocuments: [...BASIC_DOSSIER, 'xac_nhan_sang_kien'], rewardMultiplier: { individual: 1.0 },
    eligibility: { priorTitles: [{ code: 'LDTT', consecutiveYears: 0 }] },
  },
  {
    code: 'CSTD_TINH', nameVi: 'Chiến sĩ thi đua cấp tỉnh', nameEn: 'Provincial Emulation Fighter',
    subjects: ['individual'], decidingLevel: 'province', pipelineCode: 'provincial', voteRule: atLeast(0.9, true),
    requiredDocuments: [...BASIC_DOSSIER, 'xac_nhan_sang_kien'], rewardMultiplier: { individual: 3.0 },
    eligibility: { priorTitles: [{ code: 'CSTD_CO_SO', consecutiveYears: 3 }] },
  },
  {
    code: 'TTLD_TIEN_TIEN', nameVi: 'Tập thể lao động tiên tiến', nameEn: 'Advanced Collective',
    subjects: ['collective'], decidingLevel: 'unit', pipelineCode: 'unit-level', voteRule: majority(),
    requiredDocuments: [...BASIC_DOSSIER], rewardMultiplier: { collective: 0.8 },
    eligibility: { collective: { minLdttRatio: 0.7, maxDisciplined: 0 } },
  },
  {
    code: 'TTLD_XUAT_SAC', nameVi: 'Tập thể lao động xuất sắc', nameEn: 'Excellent Collective',
    subjects: ['collective'], decidingLevel: 'province', pipelineCode: 'provincial', voteRule: majority(),
    requiredDocuments: [...BASIC_DOSSIER], rewardMultiplier: { collective: 1.5 },
    eligibility: { collective: { minLdttRatio: 0.7, minCstdCoSo: 1, maxDisciplined: 0 } },
  },
  {
    code: 'CO_THI_DUA_TINH', nameVi: 'Cờ thi đua của UBND tỉnh', nameEn: "Provincial People's Committee Emulation Flag",
    subjects: ['collective'], decidingLevel: 'province', pipelineCode: 'provincial', voteRule: atLeast(0.8),
    requiredDocuments: [...BASIC_DOSSIER], rewardMultiplier: { collective: 8.0 }, eligibility: {},
  },
  {
    code: 'BANG_KHEN_CT_UBND', nameVi: 'Bằng khen của Chủ tịch UBND tỉnh', nameEn: "Certificate of Merit of the Provincial Chairman",
    subjects: ['individual', 'collective'], decidingLevel: 'province', pipelineCode: 'provincial', voteRule: majority(),
    requiredDocuments: [...BASIC_DOSSIER], rewardMultiplier: { individual: 1.5, collective: 3.0 }, eligibility: {},
  },
  {
    code: 'GIAY_KHEN', nameVi: 'Giấy khen', nameEn: 'Certificate of Commendation',
    subjects: ['individual', 'collective'], decidingLevel: 'unit', pipelineCode: 'unit-level', voteRule: majority(),
    requiredDocuments: [...BASIC_DOSSIER], rewardMultiplier: { individual: 0.3, collective: 0.6 }, eligibility: {},
  },
  {
    code: 'BANG_KHEN_TTG', nameVi: 'Bằng khen của Thủ tướng Chính phủ', nameEn: "Prime Minister's Certificate of Merit",
    subjects: ['individual', 'collective'], decidingLevel: 'central', pipelineCode: 'central', voteRule: atLeast(0.8),
    requiredDocuments: [...BASIC_DOSSIER, 'y_kien_hiep_y'], rewardMultiplier: { individual: 3.5, collective: 7.0 }, eligibility: {},
  },
  {
    code: 'CSTD_TOAN_QUOC', nameVi: 'Chiến sĩ thi đua toàn quốc', nameEn: 'National Emulation Fighter',
    subjects: ['individual'], decidingLevel: 'central', pipelineCode: 'central', voteRule: atLeast(0.9, true),
    requiredDocuments: [...BASIC_DOSSIER, 'xac_nhan_sang_kien', 'y_kien_btv_tinh_uy'], rewardMultiplier: { individual: 4.5 },
    eligibility: { priorTitles: [{ code: 'CSTD_TINH', consecutiveYears: 2 }] },
  },
  {
    code: 'HUAN_CHUONG_LD_3', nameVi: 'Huân chương Lao động hạng Ba', nameEn: 'Third-class Labour Order',
    subjects: ['individual', 'collective'], decidingLevel: 'central', pipelineCode: 'central', voteRule: atLeast(0.9, true),
    requiredDocuments: [...BASIC_DOSSIER, 'y_kien_btv_tinh_uy'], rewardMultiplier: { individual: 4.5, collective: 9.0 }, eligibility: {},
  },
];
