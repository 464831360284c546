import { Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { DossierChange } from '../../../api/model';
import { QueryError } from '../../../components/QueryError';
import { documentLabel } from '../../../lib/labels';
import { nominationQueries } from '../../../queries/nominations';

const CHANGE: Record<DossierChange['change'], { label: string; color: string }> = {
  added: { label: 'Bổ sung mới', color: 'success' },
  changed: { label: 'Thay tệp mới', color: 'blue' },
  removed: { label: 'Không còn', color: 'error' },
  unchanged: { label: 'Giữ nguyên', color: 'default' },
};

const file = (f: DossierChange['from']) => (f ? `${f.fileName} (vòng ${f.round})` : '—');

/** What changed in the dossier from one round to the next: the unit's answer to a supplement request, at a glance. */
export function DossierDiff({ nominationId, from, to }: { nominationId: string; from: number; to: number }) {
  const diff = useQuery(nominationQueries.dossierDiff(nominationId, from, to));
  if (diff.isError) return <QueryError error={diff.error} retry={() => void diff.refetch()} />;
  return (
    <section aria-label={`Thay đổi hồ sơ từ vòng ${from} đến vòng ${to}`} style={{ marginTop: 12 }}>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        Thay đổi so với vòng trước (vòng {from} → vòng {to})
      </Typography.Title>
      <Table<DossierChange>
        size="small"
        rowKey="kind"
        loading={diff.isPending}
        dataSource={diff.data?.changes ?? []}
        pagination={false}
        locale={{ emptyText: <Typography.Text type="secondary">Không có tài liệu điện tử ở hai vòng này</Typography.Text> }}
        columns={[
          { title: 'Loại tài liệu', key: 'kind', render: (_, c) => documentLabel(c.kind) },
          { title: 'Thay đổi', key: 'change', render: (_, c) => <Tag color={CHANGE[c.change].color}>{CHANGE[c.change].label}</Tag> },
          { title: `Vòng ${from}`, key: 'from', render: (_, c) => file(c.from) },
          { title: `Vòng ${to}`, key: 'to', render: (_, c) => file(c.to) },
        ]}
      />
    </section>
  );
}
