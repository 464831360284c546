import { Tag, Tooltip, Typography } from 'antd';
import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { NominationStatus, StageKind, Subject } from '../api/model';
import { PATHS } from '../app/paths';
import { formatDate, formatDateTime, workingDaysText } from '../lib/format';
import { STAGE_LABELS, STATUS_COLORS, STATUS_LABELS, SUBJECT_LABELS } from '../lib/labels';

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

/** The nominee's name, linking to the nomination, over its kind and (when given) its unit. */
export function NomineeCell({ id, name, subject, unitName }: { id: string; name: string; subject: Subject; unitName?: string }) {
  return (
    <div>
      <Link to={PATHS.nomination(id)}>{name}</Link>
      <div>
        <Typography.Text type="secondary">{unitName ? `${SUBJECT_LABELS[subject]} · ${unitName}` : SUBJECT_LABELS[subject]}</Typography.Text>
      </div>
    </div>
  );
}
