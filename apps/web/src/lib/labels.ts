import type { CheckResult, DocumentKind, NominationAction, NominationStatus, Role, StageKind, Subject, VoteChoice } from '../api/model';

export const ROLE_LABELS: Record<Role, string> = {
  unit_officer: 'Cán bộ TĐKT đơn vị',
  council_member: 'Thành viên Hội đồng TĐKT',
  council_secretary: 'Thư ký Hội đồng TĐKT',
  appraiser: 'Chuyên viên thẩm định (Sở Nội vụ)',
  signer: 'Người có thẩm quyền ký',
  auditor: 'Thanh tra, kiểm toán',
  admin: 'Quản trị hệ thống',
};

export const STAGE_LABELS: Record<StageKind, string> = {
  unit_proposal: 'Đơn vị đề nghị',
  council_review: 'Hội đồng TĐKT xét',
  appraisal: 'Sở Nội vụ thẩm định',
  supplement: 'Đơn vị bổ sung hồ sơ',
  signing: 'Ký quyết định',
  external_decision: 'Chờ quyết định Trung ương',
};

export const STATUS_LABELS: Record<NominationStatus, string> = {
  draft: 'Bản nháp',
  in_progress: 'Đang xử lý',
  awarded: 'Đã khen thưởng',
  rejected: 'Không được khen thưởng',
  withdrawn: 'Đã rút',
  expired: 'Hết hạn, đã đóng',
};

export const STATUS_COLORS: Record<NominationStatus, string> = {
  draft: 'default',
  in_progress: 'processing',
  awarded: 'success',
  rejected: 'error',
  withdrawn: 'warning',
  expired: 'error',
};

export const ACTION_LABELS: Record<NominationAction, string> = {
  submit: 'Gửi hồ sơ',
  vote: 'Biểu quyết',
  close_voting: 'Kết thúc biểu quyết',
  appraise: 'Thẩm định',
  supplement: 'Gửi hồ sơ bổ sung',
  sign: 'Ký quyết định',
  return: 'Trả lại thẩm định',
  withdraw: 'Rút hồ sơ',
  record_external_decision: 'Ghi nhận quyết định Trung ương',
  extend_deadline: 'Gia hạn xử lý',
  schedule_voting: 'Xếp vào phiên họp',
  record_absent_opinion: 'Ghi ý kiến thành viên vắng mặt',
  reassign: 'Chuyển xử lý',
};

export const SUBJECT_LABELS: Record<Subject, string> = { individual: 'Cá nhân', collective: 'Tập thể' };

export const VOTE_LABELS: Record<VoteChoice, string> = { agree: 'Đồng ý', disagree: 'Không đồng ý', abstain: 'Không biểu quyết' };

export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  to_trinh: 'Tờ trình đề nghị',
  bao_cao_thanh_tich: 'Báo cáo thành tích',
  bien_ban_hop: 'Biên bản họp Hội đồng đơn vị',
  xac_nhan_sang_kien: 'Xác nhận sáng kiến / hoàn thành xuất sắc nhiệm vụ',
  y_kien_btv_tinh_uy: 'Ý kiến Ban Thường vụ Tỉnh uỷ',
  y_kien_hiep_y: 'Ý kiến hiệp y',
};
export const DOCUMENT_KINDS = Object.keys(DOCUMENT_LABELS) as DocumentKind[];

export const documentLabel = (kind: string) => DOCUMENT_LABELS[kind as DocumentKind] ?? kind;
export const roleLabel = (role: string | null) => (role ? (ROLE_LABELS[role as Role] ?? role) : 'Hệ thống');

export const CHECK_LABELS: Record<CheckResult['code'], string> = {
  required_documents: 'Thành phần hồ sơ',
  prior_titles: 'Danh hiệu các năm trước',
  collective_ratios: 'Tỷ lệ thành viên của tập thể',
  duplicate_nomination: 'Trùng hồ sơ đề nghị',
};
