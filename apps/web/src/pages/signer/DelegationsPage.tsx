import { useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Popconfirm, Radio, Row, Segmented, Select, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useAccess } from '../../app/access';
import { useSession } from '../../auth/session';
import { applyProblem } from '../../components/form-problems';
import { MutationError } from '../../components/MutationError';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { DATE_FORMAT, formatDateTime, formatLocalDate, TIME_ZONE } from '../../lib/format';
import { type Delegation, delegationQueries, useCreateDelegation, useRevokeDelegation } from '../../queries/delegations';
import { userQueries } from '../../queries/reference';

interface Values {
  kind: 'KT' | 'TL';
  principalId?: string;
  delegateId: string;
  validFrom: Dayjs;
  validTo: Dayjs;
  reason?: string;
}

const KIND_LABELS = { KT: 'KT. — Ký thay (cấp phó ký thay người đứng đầu)', TL: 'TL. — Thừa lệnh (Chánh Văn phòng ký thừa lệnh)' } as const;
const today = () => dayjs().tz(TIME_ZONE).startOf('day');
const isoDay = (d: Dayjs) => d.format('YYYY-MM-DD');

/** A signer lends their authority for a period; an admin may record it for any signer. */
function CreateDelegation({ isAdmin, selfId }: { isAdmin: boolean; selfId: string }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const signers = useQuery(userQueries.list({ role: 'signer' }));
  const create = useCreateDelegation();
  const [problem, setProblem] = useState<string | null>(null);
  const principalId = Form.useWatch('principalId', form) ?? (isAdmin ? undefined : selfId);
  const people = (signers.data ?? []).filter((u) => u.active);

  const send = async (v: Values) => {
    setProblem(null);
    try {
      await create.mutateAsync({
        kind: v.kind,
        principalId: isAdmin ? v.principalId : undefined,
        delegateId: v.delegateId,
        validFrom: isoDay(v.validFrom),
        validTo: isoDay(v.validTo),
        reason: v.reason?.trim() || undefined,
      });
      void message.success('Đã tạo ủy quyền ký.');
      form.resetFields(['delegateId', 'validTo', 'reason']);
    } catch (e) {
      setProblem(applyProblem(form, e));
    }
  };

  return (
    <Card title="Tạo ủy quyền ký" size="small">
      <Form<Values> form={form} layout="vertical" style={{ maxWidth: 720 }} initialValues={{ kind: 'KT', validFrom: today() }} onFinish={(v) => void send(v)}>
        <Form.Item name="kind" label="Hình thức" rules={[{ required: true }]}>
          <Radio.Group options={(['KT', 'TL'] as const).map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
        </Form.Item>
        {isAdmin && (
          <Form.Item name="principalId" label="Người ủy quyền" rules={[{ required: true, message: 'Chọn người ủy quyền' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} placeholder="Người có thẩm quyền ký" options={people.map((u) => ({ value: u.id, label: u.fullName }))} />
          </Form.Item>
        )}
        <Form.Item name="delegateId" label="Người được ủy quyền" rules={[{ required: true, message: 'Chọn người được ủy quyền' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={signers.isPending}
            placeholder="Người ký thay hoặc thừa lệnh"
            options={people.filter((u) => u.id !== principalId).map((u) => ({ value: u.id, label: u.fullName }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="validFrom" label="Từ ngày" rules={[{ required: true, message: 'Chọn ngày bắt đầu' }]}>
              <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="validTo"
              label="Đến ngày"
              dependencies={['validFrom']}
              rules={[
                { required: true, message: 'Chọn ngày kết thúc' },
                ({ getFieldValue }) => ({
                  validator: (_, v: Dayjs | undefined) =>
                    !v || !getFieldValue('validFrom') || !v.isBefore(getFieldValue('validFrom'), 'day') ? Promise.resolve() : Promise.reject(new Error('Ngày kết thúc trước ngày bắt đầu')),
                }),
              ]}
            >
              <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="reason" label="Lý do">
          <Input maxLength={500} placeholder="Ví dụ: đi công tác, nghỉ phép" />
        </Form.Item>
        {problem && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problem} />}
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          Tạo ủy quyền
        </Button>
      </Form>
    </Card>
  );
}

/** Delegations of signing authority: those in force today (or all), with who may end them. */
export default function DelegationsPage() {
  const access = useAccess();
  const user = useSession()?.user;
  const isAdmin = user?.roles.includes('admin') ?? false;
  const [scope, setScope] = useState<'active' | 'all'>('active');
  const list = useQuery(delegationQueries.list(scope === 'active' ? isoDay(today()) : undefined));
  const revoke = useRevokeDelegation();
  const mayEnd = (d: Delegation) => access.delegationManage && !d.revokedAt && (isAdmin || d.principalId === user?.id);

  const table = (
    <Card
      title={scope === 'active' ? 'Ủy quyền đang có hiệu lực' : 'Tất cả ủy quyền'}
      size="small"
      extra={
        <Segmented
          aria-label="Phạm vi"
          value={scope}
          onChange={(v) => setScope(v as 'active' | 'all')}
          options={[
            { value: 'active', label: 'Đang hiệu lực' },
            { value: 'all', label: 'Tất cả' },
          ]}
        />
      }
    >
      {revoke.isError && <MutationError error={revoke.error} title="Không kết thúc được ủy quyền" />}
      {list.isError ? (
        <QueryError error={list.error} retry={() => void list.refetch()} />
      ) : (
        <Table<Delegation>
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={list.data ?? []}
          pagination={false}
          locale={{ emptyText: scope === 'active' ? 'Không có ủy quyền nào đang hiệu lực' : 'Chưa có ủy quyền nào' }}
          columns={[
            {
              title: 'Dòng ký',
              key: 'heading',
              render: (_, d) => (
                <>
                  <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                    {d.heading}
                  </Typography.Text>
                  <br />
                  <Typography.Text type="secondary">{d.delegateTitle}</Typography.Text>
                </>
              ),
            },
            { title: 'Người ủy quyền', dataIndex: 'principalName', key: 'principal' },
            { title: 'Người được ủy quyền', dataIndex: 'delegateName', key: 'delegate' },
            { title: 'Thời hạn', key: 'period', render: (_, d) => `${formatLocalDate(d.validFrom)} – ${formatLocalDate(d.validTo)}` },
            { title: 'Lý do', key: 'reason', render: (_, d) => d.reason ?? '—' },
            {
              title: 'Trạng thái',
              key: 'state',
              render: (_, d) =>
                d.revokedAt ? <Tag>Đã kết thúc {formatDateTime(d.revokedAt)}</Tag> : mayEnd(d) ? (
                  <Popconfirm title="Kết thúc ủy quyền này từ bây giờ?" okText="Kết thúc" cancelText="Huỷ" onConfirm={() => revoke.mutate(d.id)}>
                    <Button size="small" danger aria-label={`Kết thúc ủy quyền cho ${d.delegateName}`}>
                      Kết thúc
                    </Button>
                  </Popconfirm>
                ) : (
                  <Tag color="green">Còn hiệu lực</Tag>
                ),
            },
          ]}
        />
      )}
    </Card>
  );

  return (
    <>
      <PageHeader title="Ủy quyền ký">
        Ký thay (KT.) hoặc thừa lệnh (TL.) trong một thời hạn; quyết định ký theo ủy quyền mang đúng dòng ký và ghi cả hai người.
      </PageHeader>
      {access.delegationManage && user ? (
        <Row gutter={16}>
          <Col xs={24} xxl={9} style={{ marginBottom: 16 }}>
            <CreateDelegation isAdmin={isAdmin} selfId={user.id} />
          </Col>
          <Col xs={24} xxl={15}>
            {table}
          </Col>
        </Row>
      ) : (
        table
      )}
    </>
  );
}
