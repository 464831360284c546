import { App, Button, Card, Flex, Form, Input, Radio, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { type Council, councilQueries, useCreateCouncil, useReplaceCouncilMembers } from '../../queries/admin';
import { unitQueries, useNames, userQueries } from '../../queries/reference';
import { FormModal } from './FormModal';

type CouncilValues = { code: string; name: string; level: 'province' | 'unit'; unitId?: string };
type MembersValues = { memberIds: string[] };

/** Councils (Hội đồng TĐKT) and their active members; an admin adds a council and replaces its members. */
export default function CouncilsPage() {
  const { message } = App.useApp();
  const councils = useQuery(councilQueries.list());
  const units = useQuery(unitQueries.list());
  const members = useQuery(userQueries.list({ role: 'council_member' }));
  const names = useNames();
  const create = useCreateCouncil();
  const replace = useReplaceCouncilMembers();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Council | null>(null);
  const memberOptions = (members.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }));

  return (
    <>
      <PageHeader
        title="Hội đồng Thi đua - Khen thưởng"
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            Thêm hội đồng
          </Button>
        }
      >
        Mỗi cấp (tỉnh, hoặc một đơn vị) có một hội đồng. Thay đổi thành viên không ảnh hưởng các hồ sơ đang được hội đồng xét.
      </PageHeader>
      {councils.isError ? (
        <QueryError error={councils.error} retry={() => void councils.refetch()} />
      ) : (
        <Card>
          <Table<Council>
            rowKey="id"
            loading={councils.isPending}
            dataSource={councils.data ?? []}
            pagination={false}
            columns={[
              { title: 'Mã', dataIndex: 'code', key: 'code' },
              { title: 'Tên hội đồng', dataIndex: 'name', key: 'name' },
              { title: 'Cấp', key: 'level', render: (_, c) => (c.level === 'province' ? <Tag color="blue">Cấp tỉnh</Tag> : <Tag>{names.unit(c.unitId ?? '')}</Tag>) },
              {
                title: 'Thành viên',
                key: 'members',
                render: (_, c) =>
                  c.members.length ? (
                    <Flex wrap gap={4}>
                      {c.members.map((m) => (
                        <Tag key={m.id}>{m.fullName ?? m.id}</Tag>
                      ))}
                    </Flex>
                  ) : (
                    <Typography.Text type="secondary">Chưa có thành viên</Typography.Text>
                  ),
              },
              {
                title: 'Thao tác',
                key: 'actions',
                render: (_, c) => (
                  <Button size="small" aria-label={`Sửa thành viên ${c.name}`} onClick={() => setEditing(c)}>
                    Sửa thành viên
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      )}

      <FormModal<CouncilValues>
        open={creating}
        title="Thêm hội đồng"
        okText="Thêm"
        initialValues={{ level: 'unit' }}
        onClose={() => setCreating(false)}
        onSubmit={async (v) => {
          const created = await create.mutateAsync({ code: v.code.trim(), name: v.name, level: v.level, unitId: v.level === 'unit' ? v.unitId : undefined });
          void message.success(`Đã thêm ${created.name}; hãy chọn thành viên.`);
        }}
      >
        <Form.Item name="code" label="Mã hội đồng" rules={[{ required: true, message: 'Nhập mã hội đồng' }]} extra="Chữ in hoa, số, gạch dưới, gạch ngang; ví dụ HD-TDKT-SNV.">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label="Tên hội đồng" rules={[{ required: true, whitespace: true, message: 'Nhập tên hội đồng' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="level" label="Cấp">
          <Radio.Group
            options={[
              { value: 'province', label: 'Cấp tỉnh' },
              { value: 'unit', label: 'Của một đơn vị' },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle dependencies={['level']}>
          {({ getFieldValue }) =>
            getFieldValue('level') === 'unit' && (
              <Form.Item name="unitId" label="Đơn vị" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
                <Select options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))} showSearch={{ optionFilterProp: 'label' }} placeholder="Chọn đơn vị" />
              </Form.Item>
            )
          }
        </Form.Item>
      </FormModal>

      <FormModal<MembersValues>
        open={editing !== null}
        title={editing ? `Thành viên ${editing.name}` : ''}
        okText="Lưu thành viên"
        initialValues={{ memberIds: editing?.memberIds ?? [] }}
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          if (!editing) return;
          await replace.mutateAsync({ id: editing.id, memberIds: v.memberIds });
          void message.success(`Đã lưu thành viên ${editing.name}.`);
        }}
      >
        <Form.Item
          name="memberIds"
          label="Thành viên (người có vai trò Thành viên Hội đồng TĐKT, đang hoạt động)"
          rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một thành viên' }]}
        >
          <Select mode="multiple" options={memberOptions} showSearch={{ optionFilterProp: 'label' }} placeholder="Chọn thành viên" />
        </Form.Item>
      </FormModal>
    </>
  );
}
