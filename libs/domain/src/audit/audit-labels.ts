import type { StageKind } from '../pipeline/pipeline';

/** A human-readable name for an audit action, in Vietnamese and English. */
export interface AuditLabel {
  vi: string;
  en: string;
}

/** Stage names as a provincial office writes them. */
export const STAGE_LABELS: Record<StageKind, AuditLabel> = {
  unit_proposal: { vi: 'Đơn vị đề nghị', en: 'Unit proposal' },
  council_review: { vi: 'Hội đồng Thi đua - Khen thưởng xét', en: 'Council review' },
  appraisal: { vi: 'Thẩm định', en: 'Appraisal' },
  supplement: { vi: 'Bổ sung hồ sơ', en: 'Dossier supplement' },
  signing: { vi: 'Trình ký quyết định', en: 'Signing' },
  external_decision: { vi: 'Chờ quyết định của Trung ương', en: 'Awaiting the central decision' },
};

/**
 * Labels for every audit action (pure data). Actions recorded by later features (deadlines,
 * reminders, notifications, campaigns) are listed ahead so their history reads well too;
 * an unknown action falls back to its code.
 */
export const AUDIT_ACTION_LABELS: Record<string, AuditLabel> = {
  created: { vi: 'Đơn vị đã lập hồ sơ đề nghị', en: 'Nomination drafted by the unit' },
  submitted: { vi: 'Đơn vị đã gửi hồ sơ đề nghị', en: 'Nomination submitted by the unit' },
  stage_opened: { vi: 'Chuyển sang bước mới', en: 'Moved to a new stage' },
  council_pinned: { vi: 'Đã chốt danh sách thành viên Hội đồng', en: 'Council members fixed for this review' },
  vote_cast: { vi: 'Thành viên Hội đồng đã bỏ phiếu', en: 'Council member voted' },
  voting_closed: { vi: 'Thư ký Hội đồng đã kết thúc biểu quyết', en: 'Council secretary closed the vote' },
  vote_passed: { vi: 'Hội đồng biểu quyết đạt', en: 'Council vote passed' },
  vote_failed: { vi: 'Hội đồng biểu quyết không đạt', en: 'Council vote failed' },
  appraisal_approve: { vi: 'Thẩm định: đủ điều kiện, trình ký', en: 'Appraisal approved' },
  appraisal_supplement: { vi: 'Thẩm định: yêu cầu bổ sung hồ sơ', en: 'Appraisal requested a supplement' },
  appraisal_reject: { vi: 'Thẩm định: không đủ điều kiện', en: 'Appraisal rejected' },
  resubmitted: { vi: 'Đơn vị đã bổ sung và gửi lại hồ sơ', en: 'Unit resubmitted the supplemented dossier' },
  withdrawn: { vi: 'Đơn vị đã rút hồ sơ đề nghị', en: 'Nomination withdrawn by the unit' },
  returned_to_appraisal: { vi: 'Người ký trả lại để thẩm định lại', en: 'Signer returned it for appraisal' },
  reserved_for_decision: { vi: 'Đã đưa vào dự thảo quyết định', en: 'Reserved for a decision being signed' },
  reservation_released: { vi: 'Đã rút khỏi dự thảo quyết định', en: 'Released from the decision being signed' },
  signed: { vi: 'Người có thẩm quyền đã ký quyết định', en: 'Decision signed' },
  awarded: { vi: 'Đã được khen thưởng', en: 'Awarded' },
  rejected: { vi: 'Không được khen thưởng', en: 'Rejected' },
  expired: { vi: 'Hết hạn xử lý, hồ sơ đã đóng', en: 'Closed as expired' },
  central_awarded: { vi: 'Trung ương đã quyết định khen thưởng', en: 'Awarded by the central level' },
  central_refused: { vi: 'Trung ương không khen thưởng', en: 'Refused by the central level' },
  override: { vi: 'Quản trị đã điều chỉnh trạng thái', en: 'State overridden by an administrator' },
  supplement_round: { vi: 'Mở vòng bổ sung hồ sơ', en: 'Supplement round opened' },
  absent_opinion_recorded: { vi: 'Đã ghi nhận ý kiến bằng văn bản của thành viên vắng mặt', en: 'Written opinion of an absent member recorded' },
  council_session_scheduled: { vi: 'Đã xếp vào phiên họp Hội đồng', en: 'Scheduled for a council session' },
  check_overridden: { vi: 'Thẩm định vượt qua kết quả kiểm tra (có lý do)', en: 'Failed check overridden with a reason' },
  deadline_set: { vi: 'Đã đặt thời hạn xử lý', en: 'Deadline set' },
  deadline_extended: { vi: 'Đã gia hạn thời hạn xử lý', en: 'Deadline extended' },
  task_reassigned: { vi: 'Đã chuyển xử lý cho người khác', en: 'Task reassigned to another person' },
  deadline_changed: { vi: 'Đã thay đổi thời hạn xử lý', en: 'Deadline changed' },
  reminder_sent: { vi: 'Đã nhắc hạn xử lý', en: 'Reminder sent' },
  deadline_breached: { vi: 'Quá hạn xử lý, đã báo cáo cấp trên', en: 'Deadline breached and escalated' },
  notification_sent: { vi: 'Đã gửi thông báo', en: 'Notification sent' },
  access_denied: { vi: 'Thao tác bị từ chối', en: 'Attempt denied' },
  decision_signed: { vi: 'Quyết định đã được ký và cấp số', en: 'Decision signed and numbered' },
  award_type_created: { vi: 'Đã thêm danh hiệu, hình thức khen thưởng', en: 'Award type created' },
  award_type_replaced: { vi: 'Đã sửa danh hiệu, hình thức khen thưởng', en: 'Award type changed' },
  pipeline_version_published: { vi: 'Đã ban hành phiên bản quy trình mới', en: 'Pipeline version published' },
  unit_created: { vi: 'Đã thêm đơn vị', en: 'Unit created' },
  user_created: { vi: 'Đã thêm người dùng', en: 'User created' },
  council_created: { vi: 'Đã thành lập Hội đồng', en: 'Council created' },
  council_members_replaced: { vi: 'Đã thay đổi thành viên Hội đồng', en: 'Council members changed' },
  campaign_opened: { vi: 'Đã mở đợt xét khen thưởng', en: 'Campaign opened' },
  campaign_closed: { vi: 'Đã đóng đợt xét khen thưởng', en: 'Campaign closed' },  intake_closed: { vi: 'Đã hết hạn nhận hồ sơ của đợt', en: 'Campaign intake closed' },
  intake_extended: { vi: 'Đã gia hạn nhận hồ sơ của đợt', en: 'Campaign intake extended' },
  units_reminded: { vi: 'Đã nhắc các đơn vị chưa gửi hồ sơ', en: 'Units without submissions reminded' },
  holiday_set: { vi: 'Đã cập nhật ngày nghỉ, ngày làm bù', en: 'Holiday calendar day set' },
  holiday_removed: { vi: 'Đã xoá ngày nghỉ, ngày làm bù', en: 'Holiday calendar day removed' },
  signed_in: { vi: 'Đã đăng nhập', en: 'Signed in' },
  sign_in_failed: { vi: 'Đăng nhập không thành công', en: 'Sign-in failed' },
  sign_in_throttled: { vi: 'Từ chối đăng nhập: sai quá nhiều lần, tạm khoá', en: 'Sign-in refused: too many failures, backing off' },
  signed_out: { vi: 'Đã đăng xuất', en: 'Signed out' },
  refresh_token_reused: { vi: 'Phiên đăng nhập cũ bị dùng lại: đã thu hồi phiên', en: 'A rotated refresh token was reused: session revoked' },
  password_set: { vi: 'Đã đặt mật khẩu', en: 'Password set' },
};

/** The label for one event; stage changes name the stage entered. */
export function auditActionLabel(action: string, stageAfter?: string | null): AuditLabel {
  const stage = stageAfter ? STAGE_LABELS[stageAfter as StageKind] : undefined;
  if (action === 'stage_opened' && stage) {
    return { vi: `Chuyển sang bước: ${stage.vi}`, en: `Moved to stage: ${stage.en}` };
  }
  return AUDIT_ACTION_LABELS[action] ?? { vi: action, en: action };
}
