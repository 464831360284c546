import type { StageKind } from '../pipeline/pipeline';

export type NoticeKind = 'stage_opened' | 'reminder' | 'breach' | 'result' | 'supplement_requested' | 'campaign_reminder' | 'assigned';

export interface NoticeFacts {
  kind: NoticeKind;
  nomineeName?: string;
  awardName?: string;
  stage?: StageKind | null;
  status?: string;
  dueAt?: string | null;
  offset?: number;
  campaignName?: string;
}

const STAGE_VI: Record<StageKind, string> = {
  unit_proposal: 'đề nghị của đơn vị',
  council_review: 'xét của Hội đồng Thi đua - Khen thưởng',
  appraisal: 'thẩm định',
  supplement: 'bổ sung hồ sơ',
  signing: 'trình ký',
  external_decision: 'chờ quyết định của Trung ương',
};

const RESULT_VI: Record<string, string> = {
  awarded: 'đã được khen thưởng',
  rejected: 'không được chấp thuận',
  withdrawn: 'đã được rút',
  expired: 'đã hết hạn do không bổ sung hồ sơ đúng hạn',
};

/** dd/mm/yyyy in Asia/Ho_Chi_Minh, as Vietnamese offices write dates. */
export function formatDateVi(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** Vietnamese title and body of a notification. */
export function renderNotice(f: NoticeFacts): { title: string; body: string } {
  const who = `${f.awardName ?? 'khen thưởng'} cho ${f.nomineeName ?? 'người được đề nghị'}`;
  const stage = f.stage ? STAGE_VI[f.stage] : '';
  const due = f.dueAt ? ` Hạn xử lý: ${formatDateVi(f.dueAt)}.` : '';
  switch (f.kind) {
    case 'stage_opened':
      return { title: `Hồ sơ cần xử lý: ${who}`, body: `Hồ sơ đề nghị ${who} đang ở bước ${stage} và cần đồng chí xử lý.${due}` };
    case 'assigned':
      return { title: `Hồ sơ được chuyển cho đồng chí xử lý: ${who}`, body: `Hồ sơ đề nghị ${who} đang ở bước ${stage} đã được chuyển cho đồng chí xử lý.${due}` };
    case 'supplement_requested':
      return { title: `Yêu cầu bổ sung hồ sơ: ${who}`, body: `Hồ sơ đề nghị ${who} cần được bổ sung theo ý kiến thẩm định.${due}` };
    case 'reminder':
      return {
        title: `Nhắc hạn: ${who}`,
        body: f.offset ? `Còn ${f.offset} ngày làm việc đến hạn xử lý bước ${stage} của hồ sơ ${who}.${due}` : `Hôm nay là hạn xử lý bước ${stage} của hồ sơ ${who}.${due}`,
      };
    case 'breach':
      return { title: `Quá hạn: ${who}`, body: `Bước ${stage} của hồ sơ ${who} đã quá hạn xử lý.${due} Đề nghị đôn đốc.` };
    case 'result':
      return { title: `Kết quả: ${who}`, body: `Hồ sơ đề nghị ${who} ${RESULT_VI[f.status ?? ''] ?? f.status}.` };
    case 'campaign_reminder':
      return {
        title: `Nhắc gửi hồ sơ: ${f.campaignName ?? 'đợt xét khen thưởng'}`,
        body: `Đơn vị chưa gửi hồ sơ đề nghị cho ${f.campaignName ?? 'đợt xét khen thưởng'}.${f.dueAt ? ` Hạn nhận hồ sơ: ${formatDateVi(f.dueAt)}.` : ''}`,
      };
  }
}
