import { Tag } from 'antd';
import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { NominationStatus, StageKind, Subject } from '../api/model';
import { PATHS } from '../app/paths';
import { formatDate, formatDateTime, workingDaysText } from '../lib/format';
import { STAGE_LABELS, STATUS_COLORS, STATUS_LABELS, SUBJECT_LABELS } from '../lib/labels';
import './nomination-bits.css';

// These cells repeat in every row of the inbox and the lists (50 rows a page): plain elements
// instead of Typography and Tooltip, whose per-instance hooks were most of the inbox's render time.

/** The stage while open, otherwise the final status. */
export function StatusTag({ status, stage }: { status: NominationStatus; stage: StageKind | null }) {
  if (status === 'in_progress' && stage) return <Tag color="blue">{STAGE_LABELS[stage]}</Tag>;
  return <Tag color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</Tag>;
}

/** Due date (the time on hover), the working days left, and an overdue mark. */
export function DueCell({ dueAt, overdue, workingDaysLeft }: { dueAt: string | null; overdue: boolean; workingDaysLeft?: number | null }) {
  if (!dueAt) return <span className="ktf-secondary">—</span>;
  return (
    <div>
      <time dateTime={dueAt} title={`Hạn xử lý: ${formatDateTime(dueAt)}`}>
        {formatDate(dueAt)}
      </time>
      <div>
        {overdue ? (
          <Tag color="error" icon={<WarningOutlined aria-hidden />}>
            {workingDaysLeft === undefined ? 'Quá hạn' : workingDaysText(workingDaysLeft, true)}
          </Tag>
        ) : workingDaysLeft !== undefined ? (
          <span className="ktf-secondary">
            <ClockCircleOutlined aria-hidden /> {workingDaysText(workingDaysLeft, false)}
          </span>
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
      <div className="ktf-secondary">{unitName ? `${SUBJECT_LABELS[subject]} · ${unitName}` : SUBJECT_LABELS[subject]}</div>
    </div>
  );
}
