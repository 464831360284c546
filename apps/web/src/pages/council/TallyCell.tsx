import { Tag, Typography } from 'antd';
import type { Schemas } from '#ktf/api-client';

/**
 * A nomination's tally: the whole count for those who may see it (the secretary, auditors),
 * only passed/failed for others, nothing while voting goes on.
 */
export function TallyCell({ tally }: { tally: Schemas['TallyView'] | null }) {
  if (!tally) return <Typography.Text type="secondary">Chưa kiểm phiếu</Typography.Text>;
  const verdict = tally.passed ? <Tag color="success">Đạt</Tag> : <Tag color="error">Không đạt</Tag>;
  if (tally.agree === undefined) return verdict;
  return (
    <div>
      {verdict}
      <div>
        Đồng ý {tally.agree} · Không đồng ý {tally.disagree} · Không biểu quyết {tally.abstain}
      </div>
      <Typography.Text type="secondary">
        Cần {tally.required} phiếu đồng ý/{tally.base} · Có mặt {tally.present}, bằng văn bản {tally.written} · Túc số {tally.quorumRequired}{' '}
        {tally.quorumMet ? '(đạt)' : '(không đạt)'}
      </Typography.Text>
    </div>
  );
}
