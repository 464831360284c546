import { Empty, Timeline, Typography } from 'antd';
import type { HistoryEvent } from '../../../api/model';
import { formatDateTime } from '../../../lib/format';
import { roleLabel } from '../../../lib/labels';

/** Events people care about first; bookkeeping (deadlines set, notices sent) in grey. */
const QUIET = new Set(['deadline_set', 'notification_sent', 'reminder_sent', 'council_pinned', 'stage_opened', 'reserved_for_decision', 'reservation_released']);
const RED = new Set(['vote_failed', 'appraisal_reject', 'rejected', 'expired', 'withdrawn', 'deadline_breached', 'access_denied', 'central_refused']);
const GREEN = new Set(['vote_passed', 'appraisal_approve', 'signed', 'awarded', 'central_awarded']);

const overrideOf = (e: HistoryEvent) => (typeof e.payload?.override === 'string' ? e.payload.override : null);

/** The nomination's history (GET /nominations/:id/history): who, what, when, why. */
export function HistoryTimeline({ events, loading }: { events: HistoryEvent[] | undefined; loading?: boolean }) {
  if (!loading && !events?.length) return <Empty description="Chưa có sự kiện" />;
  return (
    <Timeline
      pending={loading ? 'Đang tải…' : undefined}
      items={(events ?? []).map((e) => ({
        key: e.sequence,
        color: RED.has(e.action) ? '#cf1322' : GREEN.has(e.action) ? '#237804' : QUIET.has(e.action) ? '#8c8c8c' : '#1f4e8c',
        content: (
          <div data-testid="history-event">
            <Typography.Text strong={!QUIET.has(e.action)}>{e.labelVi}</Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {formatDateTime(e.occurredAt)} · {e.actorName ?? roleLabel(e.actorRole)}
                {e.actorName && e.actorRole ? ` (${roleLabel(e.actorRole)})` : ''}
              </Typography.Text>
            </div>
            {e.reason && <Typography.Paragraph style={{ margin: '4px 0 0' }}>Lý do: {e.reason}</Typography.Paragraph>}
            {overrideOf(e) && <Typography.Paragraph style={{ margin: '4px 0 0' }}>Lý do vượt kiểm tra: {overrideOf(e)}</Typography.Paragraph>}
          </div>
        ),
      }))}
    />
  );
}
