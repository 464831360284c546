import { Tag, Tooltip, Typography } from 'antd';
import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import type { NominationStatus, StageKind } from '../api/model';
import { formatDate, formatDateTime, workingDaysText } from '../lib/format';
import { STAGE_LABELS, STATUS_COLORS, STATUS_LABELS } from '../lib/labels';

/** The stage while open, otherwise the final status. */
export function StatusTag({ status, stage }: { status: NominationStatus; stage: StageKind | null }) {
  if (status === 'in_progress' && stage) return <Tag color="blue">{STAGE_LABELS[stage]}</Tag>;
  return <Tag color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</Tag>;
}

/** Due date, the working days left, and an overdue mark. */
export function DueCell({ dueAt, overdue, workingDaysLeft }: { dueAt: string | null; overdue: boolean; workingDaysLeft?: number | null }) {
  if (!dueAt) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <div>
      <Tooltip title={`Hạn xử lý: ${formatDateTime(dueAt)}`}>
        <span>{formatDate(dueAt)}</span>
      </Tooltip>
      <div>
        {overdue ? (
          <Tag color="error" icon={<WarningOutlined aria-hidden />}>
            {workingDaysLeft === undefined ? 'Quá hạn' : workingDaysText(workingDaysLeft, true)}
          </Tag>
        ) : workingDaysLeft !== undefined ? (
          <Typography.Text type="secondary">
            <ClockCircleOutlined aria-hidden /> {workingDaysText(workingDaysLeft, false)}
          </Typography.Text>
        ) : null}
      </div>
    </div>
  );
}
