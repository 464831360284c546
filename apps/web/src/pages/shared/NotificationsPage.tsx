import { Badge, Button, Card, Empty, List, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PATHS } from '../../app/paths';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/format';
import { notificationQueries, useMarkNotificationRead } from '../../queries/notifications';

/** The person's notices (GET /me/notifications), newest first; opening one marks it read. */
export default function NotificationsPage() {
  const notices = useInfiniteQuery(notificationQueries.list());
  const markRead = useMarkNotificationRead();
  const items = notices.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader title="Thông báo">Nhắc hạn, kết quả xử lý và việc mới giao cho bạn.</PageHeader>
      {notices.isError ? (
        <QueryError error={notices.error} retry={() => void notices.refetch()} />
      ) : (
        <Card>
          <List
            loading={notices.isPending}
            dataSource={items}
            locale={{ emptyText: <Empty description="Chưa có thông báo" /> }}
            renderItem={(n) => (
              <List.Item
                actions={[
                  !n.read && (
                    <Button key="read" size="small" onClick={() => markRead.mutate(n.id)} loading={markRead.isPending && markRead.variables === n.id}>
                      Đánh dấu đã đọc
                    </Button>
                  ),
                ].filter(Boolean)}
              >
                <List.Item.Meta
                  title={
                    <span>
                      {!n.read && <Badge status="processing" text={<span className="ktf-sr-only">Chưa đọc</span>} style={{ marginRight: 6 }} />}
                      {n.nominationId ? (
                        <Link to={PATHS.nomination(n.nominationId)} onClick={() => !n.read && markRead.mutate(n.id)}>
                          {n.title}
                        </Link>
                      ) : (
                        n.title
                      )}
                    </span>
                  }
                  description={
                    <>
                      <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-line' }}>{n.body}</Typography.Paragraph>
                      <Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text>
                    </>
                  }
                />
              </List.Item>
            )}
          />
          {notices.hasNextPage && (
            <Button onClick={() => void notices.fetchNextPage()} loading={notices.isFetchingNextPage}>
              Tải thêm
            </Button>
          )}
        </Card>
      )}
    </>
  );
}
