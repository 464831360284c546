import { App, Button, Card, Flex, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Role, User } from '../../api/model';
import { isProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ROLE_LABELS } from '../../lib/labels';
import { useCreateUser, useReplaceUser, useSetPassword } from '../../queries/admin';
import { unitQueries, useNames, userQueries } from '../../queries/reference';
import { FormModal } from './FormModal';

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

type UserValues = { username: string; fullName: string; unitId: string; roles: Role[]; email?: string; signerAuthority?: string };
type Editing = { mode: 'create' } | { mode: 'edit'; user: User } | { mode: 'password'; user: User } | null;

const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));
const bodyOf = (v: UserValues) => ({
  fullName: v.fullName,
  unitId: v.unitId,
  roles: v.roles,
  email: v.email?.trim() || undefined,
  signerAuthority: v.roles.includes('signer') ? v.signerAuthority?.trim() || undefined : undefined,
});
const replaceBody = (u: User, active: boolean) => ({
  fullName: u.fullName,
  unitId: u.unitId,
  roles: u.roles,
  email: u.email ?? undefined,
  signerAuthority: u.signerAuthority ?? undefined,
  active,
});

/** Users (GET /users): who they are, their unit and roles; an admin adds, edits, deactivates them and sets passwords. */
export default function UsersPage() {
  const { message } = App.useApp();
  const me = useSession()?.user.id;
  const users = useQuery(userQueries.list());
  const units = useQuery(unitQueries.list());
  const names = useNames();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const create = useCreateUser();
  const replace = useReplaceUser();
  const setPassword = useSetPassword();
  const rows = (users.data ?? []).filter((u) => !q || fold(`${u.fullName} ${u.username}`).includes(fold(q)));
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));

  const toggleActive = async (u: User) => {
    try {
      await replace.mutateAsync({ id: u.id, body: replaceBody(u, !u.active) });
      void message.success(u.active ? `Đã ngừng hoạt động tài khoản ${u.username}.` : `Đã kích hoạt lại tài khoản ${u.username}.`);
    } catch (e) {
      void message.error(isProblem(e) ? `${e.summary}: ${e.message}` : 'Không kết nối được máy chủ.');
    }
  };

  return (
    <>
      <PageHeader
        title="Người dùng"
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ mode: 'create' })}>
            Thêm người dùng
          </Button>
        }
      >
        Tài khoản, đơn vị và vai trò trong quy trình xét khen thưởng. Tài khoản không bị xoá, chỉ ngừng hoạt động.
      </PageHeader>
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
            tableLayout="fixed"
            columns={[
              {
                title: 'Họ và tên',
                key: 'fullName',
                width: 180,
                sorter: (a, b) => a.fullName.localeCompare(b.fullName, 'vi'),
                // The sign-in name under the person's name: one column less at 1366 px.
                render: (_, u) => (
                  <>
                    <Typography.Text ellipsis={{ tooltip: false }} title={u.fullName} style={{ display: 'block' }}>
                      {u.fullName}
                    </Typography.Text>
                    <Typography.Text type="secondary" ellipsis={{ tooltip: false }} title={u.username} style={{ display: 'block' }}>
                      {u.username}
                    </Typography.Text>
                  </>
                ),
              },
              { title: 'Đơn vị', key: 'unit', width: 190, ellipsis: true, render: (_, u) => names.unit(u.unitId) },
              {
                title: 'Vai trò',
                key: 'roles',
                render: (_, u) => (
                  <Flex wrap gap={4}>
                    {u.roles.map((r) => (
                      <Tag key={r} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
                        {ROLE_LABELS[r] ?? r}
                      </Tag>
                    ))}
                  </Flex>
                ),
              },
              { title: 'Thẩm quyền ký', key: 'authority', width: 140, ellipsis: true, render: (_, u) => u.signerAuthority ?? '—' },
              // Rarely read in the table (the edit form shows it): only on wide screens.
              { title: 'Email', key: 'email', width: 200, ellipsis: true, responsive: ['xxl'], render: (_, u) => u.email ?? '—' },
              { title: 'Trạng thái', key: 'active', width: 140, render: (_, u) => (u.active ? <Tag color="success">Đang hoạt động</Tag> : <Tag>Đã ngừng</Tag>) },
              {
                title: 'Thao tác',
                key: 'actions',
                width: 180,
                render: (_, u) => (
                  <Flex gap={4} wrap>
                    <Button size="small" aria-label={`Sửa ${u.username}`} onClick={() => setEditing({ mode: 'edit', user: u })}>
                      Sửa
                    </Button>
                    <Button size="small" aria-label={`Đặt mật khẩu cho ${u.username}`} onClick={() => setEditing({ mode: 'password', user: u })}>
                      Đặt mật khẩu
                    </Button>
                    {u.id !== me && (
                      <Popconfirm
                        title={u.active ? `Ngừng hoạt động tài khoản ${u.username}?` : `Kích hoạt lại tài khoản ${u.username}?`}
                        description={u.active ? 'Người này không đăng nhập được nữa; phiên đang mở kết thúc.' : undefined}
                        okText={u.active ? 'Ngừng hoạt động' : 'Kích hoạt'}
                        cancelText="Huỷ"
                        onConfirm={() => void toggleActive(u)}
                      >
                        <Button size="small" danger={u.active} aria-label={`${u.active ? 'Ngừng hoạt động' : 'Kích hoạt lại'} ${u.username}`}>
                          {u.active ? 'Ngừng hoạt động' : 'Kích hoạt lại'}
                        </Button>
                      </Popconfirm>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      )}

      <FormModal<UserValues>
        open={editing?.mode === 'create' || editing?.mode === 'edit'}
        title={editing?.mode === 'edit' ? `Sửa người dùng ${editing.user.username}` : 'Thêm người dùng'}
        okText={editing?.mode === 'edit' ? 'Lưu' : 'Thêm'}
        initialValues={
          editing?.mode === 'edit'
            ? { ...editing.user, email: editing.user.email ?? undefined, signerAuthority: editing.user.signerAuthority ?? undefined }
            : { roles: [] }
        }
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          if (editing?.mode === 'edit') {
            await replace.mutateAsync({ id: editing.user.id, body: { ...bodyOf(v), active: editing.user.active } });
            void message.success(`Đã lưu người dùng ${editing.user.username}.`);
          } else {
            await create.mutateAsync({ ...bodyOf(v), username: v.username });
            void message.success(`Đã thêm người dùng ${v.username}.`);
          }
        }}
      >
        {editing?.mode !== 'edit' && (
          <Form.Item name="username" label="Tên đăng nhập" rules={[{ required: true, message: 'Nhập tên đăng nhập' }]} extra="3–60 ký tự a–z, 0–9, dấu chấm, gạch dưới, gạch ngang; không đổi được sau khi tạo.">
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="fullName" label="Họ và tên" rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="unitId" label="Đơn vị" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
          <Select options={unitOptions} showSearch={{ optionFilterProp: 'label' }} placeholder="Chọn đơn vị" />
        </Form.Item>
        <Form.Item name="roles" label="Vai trò" rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một vai trò' }]}>
          <Select mode="multiple" options={ROLE_OPTIONS} placeholder="Chọn vai trò" />
        </Form.Item>
        <Form.Item noStyle dependencies={['roles']}>
          {({ getFieldValue }) =>
            (getFieldValue('roles') as Role[] | undefined)?.includes('signer') && (
              <Form.Item name="signerAuthority" label="Thẩm quyền ký" rules={[{ required: true, message: 'Nhập thẩm quyền ký (UBND, hoặc mã đơn vị)' }]}>
                <Input placeholder="UBND" />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="email" label="Email" rules={[{ type: 'email', message: 'Email không hợp lệ' }]}>
          <Input type="email" />
        </Form.Item>
      </FormModal>

      <FormModal<{ password: string; again: string }>
        open={editing?.mode === 'password'}
        title={editing?.mode === 'password' ? `Đặt mật khẩu cho ${editing.user.username}` : ''}
        okText="Đặt mật khẩu"
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          if (editing?.mode !== 'password') return;
          await setPassword.mutateAsync({ id: editing.user.id, password: v.password });
          void message.success(`Đã đặt mật khẩu cho ${editing.user.username}; các phiên đăng nhập cũ đã kết thúc.`);
        }}
      >
        <Form.Item name="password" label="Mật khẩu mới" rules={[{ required: true, message: 'Nhập mật khẩu mới' }]} extra="Người dùng sẽ phải đăng nhập lại trên mọi thiết bị.">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="again"
          label="Nhập lại mật khẩu"
          dependencies={['password']}
          rules={[
            { required: true, message: 'Nhập lại mật khẩu' },
            ({ getFieldValue }) => ({ validator: (_, value) => (!value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error('Hai mật khẩu không khớp'))) }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </FormModal>
    </>
  );
}
