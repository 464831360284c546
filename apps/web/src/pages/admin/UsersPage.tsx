import { Card, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { User } from '../../api/model';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ROLE_LABELS } from '../../lib/labels';
import { useNames, userQueries } from '../../queries/reference';

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** Users (GET /users): who they are, their unit and their roles. */
export default function UsersPage() {
  const users = useQuery(userQueries.list());
  const names = useNames();
  const [q, setQ] = useState('');
  const rows = (users.data ?? []).filter((u) => !q || fold(`${u.fullName} ${u.username}`).includes(fold(q)));

  return (
    <>
      <PageHeader title="Người dùng">Tài khoản, đơn vị và vai trò trong quy trình xét khen thưởng.</PageHeader>
      {users.isError ? (
        <QueryError error={users.error} retry={() => void users.refetch()} />
      ) : (
        <Card>
          <Input.Search aria-label="Lọc người dùng theo tên" placeholder="Lọc theo tên hoặc tên đăng nhập" allowClear onChange={(e) => setQ(e.target.value)} style={{ width: 320, marginBottom: 12 }} />
          <Table<User>
            rowKey="id"
            loading={users.isPending}
            dataSource={rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: 'Họ và tên', dataIndex: 'fullName', key: 'fullName', sorter: (a, b) => a.fullName.localeCompare(b.fullName, 'vi') },
              { title: 'Tên đăng nhập', dataIndex: 'username', key: 'username' },
              { title: 'Đơn vị', key: 'unit', render: (_, u) => names.unit(u.unitId) },
              { title: 'Vai trò', key: 'roles', render: (_, u) => u.roles.map((r) => <Tag key={r}>{ROLE_LABELS[r] ?? r}</Tag>) },
              { title: 'Thẩm quyền ký', key: 'authority', render: (_, u) => u.signerAuthority ?? '—' },
              { title: 'Email', key: 'email', render: (_, u) => u.email ?? '—' },
            ]}
          />
        </Card>
      )}
    </>
  );
}
