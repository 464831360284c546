import { VoteRule } from '../vote/vote-rule';

export const NOMINEE_SUBJECTS = ['individual', 'collective'] as const;
export type NomineeSubject = (typeof NOMINEE_SUBJECTS)[number];

export type DossierDocumentKind =
  | 'to_trinh'
  | 'bao_cao_thanh_tich'
  | 'bien_ban_hop'
  | 'xac_nhan_sang_kien'
  | 'y_kien_btv_tinh_uy'
  | 'y_kien_hiep_y';

/** How a dossier document is named to the people who handle it (the console, which may import only the API client, keeps the same names in apps/web/src/lib/labels.ts). */
export const DOSSIER_DOCUMENT_LABELS: Record<DossierDocumentKind, string> = {
  to_trinh: 'Tờ trình đề nghị',
  bao_cao_thanh_tich: 'Báo cáo thành tích',
  bien_ban_hop: 'Biên bản họp Hội đồng đơn vị',
  xac_nhan_sang_kien: 'Xác nhận sáng kiến / hoàn thành xuất sắc nhiệm vụ',
  y_kien_btv_tinh_uy: 'Ý kiến Ban Thường vụ Tỉnh uỷ',
  y_kien_hiep_y: 'Ý kiến hiệp y',
};

export const DECIDING_LEVELS = ['unit', 'province', 'central'] as const;

/** An entry of the award catalog (DOMAIN.md). All numbers are data an admin can change. */
export interface AwardType {
  code: string;
  nameVi: string;
  nameEn: string;
  subjects: NomineeSubject[];
  /** Who decides: the head of the unit, the provincial chairman, or the central level. */
  decidingLevel: (typeof DECIDING_LEVELS)[number];
  pipelineCode: string;
  voteRule: VoteRule;
  requiredDocuments: DossierDocumentKind[];
  /** Reward as a multiple of the base salary, per subject. */
  rewardMultiplier: Partial<Record<NomineeSubject, number>>;
  /** Eligibility rules, e.g. prior titles required in consecutive previous years. */
  eligibility: {
    priorTitles?: { code: string; consecutiveYears: number }[];
    collective?: { minLdttRatio?: number; minCstdCoSo?: number; maxDisciplined?: number };
  };
}
