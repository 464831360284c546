import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { InboxItem } from '../../api/model';
import { DueCell, NomineeCell, StatusTag } from '../../components/NominationBits';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ACTION_LABELS } from '../../lib/labels';
import { inboxQueries } from '../../queries/inbox';
import { useNames } from '../../queries/reference';

/** "Việc cần xử lý": what the signed-in person must act on now, oldest due first (GET /inbox). */
export default function InboxPage() {
  const inbox = useInfiniteQuery(inboxQueries.list());
  const names = useNames();
  const rows = inbox.data?.pages.flatMap((p) => p.items) ?? [];
  const overdue = rows.filter((r) => r.overdue).length;

  return (
    <>
      <PageHeader title="Việc cần xử lý">
        Hồ sơ đang chờ bạn xử lý, hạn gần nhất trước. Hạn tính theo ngày làm việc (trừ ngày nghỉ lễ, tính ngày làm bù).
      </PageHeader>
      {inbox.isError ? (
        <QueryError error={inbox.error} retry={() => void inbox.refetch()} />
      ) : (
        <Card>
          <Space style={{ marginBottom: 12 }}>
            <Typography.Text>
              {/* A page at a time: "20+" while more are waiting behind "Tải thêm". */}
              <strong>{inbox.hasNextPage ? `${rows.length}+` : rows.length}</strong> hồ sơ
            </Typography.Text>
            {overdue > 0 && <Tag color="error">{overdue} quá hạn</Tag>}
          </Space>
          <Table<InboxItem>
            rowKey="id"
            loading={inbox.isPending}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: <Empty description="Không có việc nào đang chờ bạn" /> }}
            rowClassName={(r) => (r.overdue ? 'ktf-row-overdue' : '')}
            columns={[
              {
                title: 'Người/tập thể được đề nghị',
                key: 'nominee',
                render: (_, r) => <NomineeCell id={r.id} name={r.nomineeName} subject={r.subject} unitName={names.unit(r.unitId)} />,
              },
              { title: 'Hình thức khen thưởng', key: 'award', render: (_, r) => names.award(r.awardCode) },
              { title: 'Bước', key: 'stage', render: (_, r) => <StatusTag status={r.status} stage={r.stage} /> },
              { title: 'Cần làm', key: 'todo', render: (_, r) => r.expectedActions.map((a) => <Tag key={a}>{ACTION_LABELS[a]}</Tag>) },
              { title: 'Hạn xử lý', key: 'due', render: (_, r) => <DueCell dueAt={r.dueAt} overdue={r.overdue} workingDaysLeft={r.workingDaysLeft} /> },
            ]}
          />
          {inbox.hasNextPage && (
            <Button style={{ marginTop: 12 }} onClick={() => void inbox.fetchNextPage()} loading={inbox.isFetchingNextPage}>
              Tải thêm
            </Button>
          )}
        </Card>
      )}
    </>
  );
}
