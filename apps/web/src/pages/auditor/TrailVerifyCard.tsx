import { useState } from 'react';
import { Alert, Button, Card, Progress, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { VerifyResult } from '../../api/model';
import { isProblem } from '../../api/problem';
import { AUDIT_SUBJECT_TYPES, type AuditSubjectType, verifyTrail } from '../../queries/audit';

const TYPE_LABELS: Record<AuditSubjectType, string> = {
  nomination: 'Hồ sơ đề nghị',
  decision: 'Quyết định khen thưởng',
  campaign: 'Phong trào thi đua',
  delegation: 'Ủy quyền ký',
  access: 'Truy cập bị từ chối',
  catalog: 'Danh mục, cấu hình',
  notification: 'Thông báo',
  account: 'Tài khoản, đăng nhập',
};

type Done = { type: AuditSubjectType; result: VerifyResult };

/**
 * The whole trail, one subject type after another, so the auditor sees how far it has got
 * (the API checks a type's chains in one call and has no progress of its own to report).
 */
export function TrailVerifyCard() {
  const [done, setDone] = useState<Done[]>([]);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async () => {
    setRunning(true);
    setDone([]);
    setFailure(null);
    try {
      for (const type of AUDIT_SUBJECT_TYPES) {
        const result = await verifyTrail(type);
        setDone((d) => [...d, { type, result }]);
      }
    } catch (e) {
      setFailure(isProblem(e) ? `${e.summary}: ${e.message}` : 'Không kiểm tra được nhật ký kiểm toán.');
    } finally {
      setRunning(false);
    }
  };

  const finished = !running && done.length === AUDIT_SUBJECT_TYPES.length;
  const checked = done.reduce((n, d) => n + d.result.checked, 0);
  const chains = done.reduce((n, d) => n + d.result.chains, 0);
  const broken = done.filter((d) => !d.result.ok);
  const first = broken[0]?.result.firstBroken;

  return (
    <Card
      size="small"
      title="Kiểm tra toàn bộ nhật ký kiểm toán"
      extra={
        <Button icon={<SafetyCertificateOutlined aria-hidden />} onClick={() => void run()} loading={running}>
          Kiểm tra toàn bộ
        </Button>
      }
    >
      {done.length === 0 && !running && !failure && (
        <Typography.Text type="secondary">Tính lại mã băm của mọi chuỗi, lần lượt theo từng loại đối tượng.</Typography.Text>
      )}
      {(running || done.length > 0) && (
        <Progress
          percent={Math.round((done.length / AUDIT_SUBJECT_TYPES.length) * 100)}
          status={broken.length ? 'exception' : finished ? 'success' : 'active'}
          aria-label="Tiến độ kiểm tra nhật ký kiểm toán"
          format={() => `${done.length}/${AUDIT_SUBJECT_TYPES.length}`}
        />
      )}
      {running && done.length < AUDIT_SUBJECT_TYPES.length && (
        <Typography.Text type="secondary" role="status">
          Đang kiểm tra: {TYPE_LABELS[AUDIT_SUBJECT_TYPES[done.length]]}…
        </Typography.Text>
      )}
      {finished && broken.length === 0 && (
        <Alert type="success" showIcon title="Toàn bộ nhật ký kiểm toán hợp lệ" description={`Đã kiểm tra ${checked} sự kiện trong ${chains} chuỗi.`} />
      )}
      {broken.length > 0 && first && (
        <Alert
          type="error"
          showIcon
          title="Nhật ký kiểm toán bị gián đoạn"
          description={`${TYPE_LABELS[broken[0].type]} ${first.subject}: mắt xích hỏng đầu tiên là sự kiện số ${first.sequence} — ${first.reason}. Có ${broken.reduce((n, d) => n + d.result.brokenCount, 0)} chuỗi hỏng.`}
        />
      )}
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
    </Card>
  );
}
