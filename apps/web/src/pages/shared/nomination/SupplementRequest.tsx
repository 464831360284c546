import { Alert, Typography } from 'antd';
import type { HistoryEvent } from '../../../api/model';
import { formatDateTime } from '../../../lib/format';

/** The appraiser's last supplement request: the history event the workflow wrote, with its items. */
export function lastSupplementRequest(events: HistoryEvent[] | undefined): HistoryEvent | undefined {
  return events?.findLast((e) => e.action === 'appraisal_supplement');
}

const itemsOf = (e: HistoryEvent): string[] => (Array.isArray(e.payload?.items) ? e.payload.items.filter((i): i is string => typeof i === 'string') : []);

/** What Sở Nội vụ asked the unit to add, so the answer can follow it item by item. */
export function SupplementRequest({ request }: { request: HistoryEvent }) {
  const items = itemsOf(request);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="supplement-request"
      title="Sở Nội vụ yêu cầu bổ sung hồ sơ"
      description={
        <>
          <Typography.Text type="secondary">
            {formatDateTime(request.occurredAt)}
            {request.actorName ? ` · ${request.actorName}` : ''}
          </Typography.Text>
          {items.length > 0 && (
            <ul style={{ margin: '4px 0', paddingLeft: 18 }} aria-label="Nội dung cần bổ sung">
              {items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          {request.reason && <div>Lý do: {request.reason}</div>}
        </>
      }
    />
  );
}
