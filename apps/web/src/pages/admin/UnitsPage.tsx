import { App, Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Unit } from '../../api/model';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useCreateUnit } from '../../queries/admin';
import { unitQueries } from '../../queries/reference';
import { FormModal } from './FormModal';

type UnitValues = { code: string; name: string; kind: string; parentId?: string };

/** Kinds of unit the seeded directory uses, in Vietnamese; others show their code. */
const KIND_LABELS: Record<string, string> = {
  province: 'Cấp tỉnh',
  office: 'Văn phòng',
  department: 'Sở, ban, ngành',
  commune: 'Xã',
  ward: 'Phường',
  school: 'Trường học',
};

/** Units (GET /units): the directory nominations and users belong to; an admin adds units (never deletes them). */
export default function UnitsPage() {
  const { message } = App.useApp();
  const units = useQuery(unitQueries.list());
  const create = useCreateUnit();
  const [open, setOpen] = useState(false);
  const byId = new Map((units.data ?? []).map((u) => [u.id, u]));

  return (
    <>
      <PageHeader
        title="Đơn vị"
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
            Thêm đơn vị
          </Button>
        }
      >
        Các cơ quan, đơn vị, xã, phường lập hồ sơ đề nghị khen thưởng. Đơn vị không bị xoá vì hồ sơ và quyết định đã gắn với đơn vị.
      </PageHeader>
      {units.isError ? (
        <QueryError error={units.error} retry={() => void units.refetch()} />
      ) : (
        <Card>
          <Table<Unit>
            rowKey="id"
            loading={units.isPending}
            dataSource={units.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: 'Mã đơn vị', dataIndex: 'code', key: 'code' },
              { title: 'Tên đơn vị', dataIndex: 'name', key: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'vi') },
              { title: 'Loại', key: 'kind', render: (_, u) => <Tag>{KIND_LABELS[u.kind] ?? u.kind}</Tag> },
              { title: 'Trực thuộc', key: 'parent', render: (_, u) => (u.parentId ? (byId.get(u.parentId)?.name ?? '—') : '—') },
            ]}
          />
        </Card>
      )}
      <FormModal<UnitValues>
        open={open}
        title="Thêm đơn vị"
        okText="Thêm"
        onClose={() => setOpen(false)}
        onSubmit={async (v) => {
          const created = await create.mutateAsync({ code: v.code.trim(), name: v.name, kind: v.kind, parentId: v.parentId || undefined });
          void message.success(`Đã thêm đơn vị ${created.name}.`);
        }}
      >
        <Form.Item name="code" label="Mã đơn vị" rules={[{ required: true, message: 'Nhập mã đơn vị' }]} extra="Chữ in hoa, số, gạch dưới, gạch ngang; ví dụ XA-GIA-VIEN.">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label="Tên đơn vị" rules={[{ required: true, whitespace: true, message: 'Nhập tên đơn vị' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="kind" label="Loại đơn vị" rules={[{ required: true, message: 'Chọn loại đơn vị' }]}>
          <Select options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))} placeholder="Chọn loại" />
        </Form.Item>
        <Form.Item name="parentId" label="Trực thuộc">
          <Select allowClear options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))} showSearch={{ optionFilterProp: 'label' }} placeholder="Không trực thuộc đơn vị nào" />
        </Form.Item>
      </FormModal>
    </>
  );
}
