import { useState } from 'react';
import { Button, Card, Empty, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Schemas } from '#ktf/api-client';
import { useAccess } from '../../app/access';
import { PATHS } from '../../app/paths';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/format';
import { councilSessionQueries } from '../../queries/council-sessions';
import { OpenSessionModal } from './OpenSessionModal';

/** The council's sessions, newest first; the secretary opens new ones here. */
export default function SessionsPage() {
  const access = useAccess();
  const sessions = useQuery(councilSessionQueries.list());
  const [opening, setOpening] = useState(false);

  return (
    <>
      <PageHeader
        title="Phiên họp Hội đồng TĐKT"
        extra={
          access.councilSessionManage && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpening(true)}>
              Tạo phiên họp
            </Button>
          )
        }
      >
        Mỗi phiên họp xét một danh sách hồ sơ; thành viên biểu quyết từng hồ sơ hoặc cho tất cả cùng lúc.
      </PageHeader>
      {sessions.isError ? (
        <QueryError error={sessions.error} retry={() => void sessions.refetch()} />
      ) : (
        <Card>
          <Table<Schemas['CouncilSessionSummary']>
            rowKey="id"
            loading={sessions.isPending}
            dataSource={sessions.data ?? []}
            pagination={false}
            locale={{ emptyText: <Empty description="Chưa có phiên họp nào" /> }}
            columns={[
              {
                title: 'Phiên họp',
                key: 'name',
                render: (_, s) => <Link to={PATHS.councilSession(s.id)}>Phiên họp lập lúc {formatDateTime(s.createdAt)}</Link>,
              },
              { title: 'Số hồ sơ', dataIndex: 'nominationCount', key: 'count' },
              { title: 'Hạn biểu quyết', key: 'deadline', render: (_, s) => formatDateTime(s.votingDeadline) },
              {
                title: 'Trạng thái',
                key: 'status',
                render: (_, s) => (s.status === 'open' ? <Tag color="processing">Đang biểu quyết</Tag> : <Tag>Đã kết thúc lúc {formatDateTime(s.closedAt)}</Tag>),
              },
            ]}
          />
        </Card>
      )}
      <OpenSessionModal open={opening} onClose={() => setOpening(false)} />
    </>
  );
}
