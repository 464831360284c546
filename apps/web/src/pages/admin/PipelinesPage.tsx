import { App, Button, Card, Col, Descriptions, Empty, Flex, Form, Input, InputNumber, List, Row, Select, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { StageKind } from '../../api/model';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/format';
import { ROLE_LABELS, STAGE_LABELS } from '../../lib/labels';
import { type PipelineVersion, pipelineQueries, type Stage, usePublishPipeline } from '../../queries/admin';
import { FormModal } from './FormModal';

const BREACH_LABELS: Record<Stage['onBreach'], string> = {
  tally: 'Kiểm phiếu theo số phiếu đã có',
  escalate: 'Chuyển cấp trên xử lý',
  expire: 'Đóng hồ sơ (hết hạn)',
  remind: 'Chỉ nhắc',
  none: 'Không làm gì',
};
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Reminders are typed as "3, 1" (working days before the due date). */
type StageValues = Omit<Stage, 'reminderOffsets'> & { reminderOffsets?: string };
type Values = { name: string; stages: StageValues[] };

const toStageValues = (s: Stage): StageValues => ({ ...s, reminderOffsets: s.reminderOffsets?.join(', ') });
function toStage(v: StageValues): Stage {
  const offsets = (v.reminderOffsets ?? '')
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map(Number);
  const optional = <T,>(x: T | null | undefined) => (x === null || x === undefined || x === '' ? undefined : x);
  return {
    kind: v.kind,
    slaWorkingDays: v.slaWorkingDays,
    onBreach: v.onBreach,
    reminderOffsets: offsets.length ? offsets : undefined,
    councilScope: optional(v.councilScope),
    authority: optional(v.authority?.trim()),
    produces: optional(v.produces),
    supplementSlaWorkingDays: optional(v.supplementSlaWorkingDays),
    escalateTo: optional(v.escalateTo),
  };
}

function StagesTable({ version }: { version: PipelineVersion }) {
  return (
    <Table<Stage>
      rowKey={(s) => `${s.kind}`}
      size="small"
      pagination={false}
      dataSource={version.stages}
      columns={[
        { title: 'Bước', key: 'kind', render: (_, s) => STAGE_LABELS[s.kind as StageKind] ?? s.kind },
        { title: 'Thời hạn', key: 'sla', render: (_, s) => (s.slaWorkingDays ? `${s.slaWorkingDays} ngày làm việc` : 'Không có hạn') },
        { title: 'Nhắc trước', key: 'reminders', render: (_, s) => (s.reminderOffsets?.length ? `${s.reminderOffsets.join(', ')} ngày` : '—') },
        { title: 'Khi quá hạn', key: 'breach', render: (_, s) => BREACH_LABELS[s.onBreach] },
        {
          title: 'Ghi chú',
          key: 'more',
          render: (_, s) =>
            [
              s.councilScope && (s.councilScope === 'province' ? 'Hội đồng tỉnh' : 'Hội đồng đơn vị'),
              s.authority && `Thẩm quyền ký: ${s.authority}`,
              s.supplementSlaWorkingDays !== undefined && `Bổ sung trong ${s.supplementSlaWorkingDays} ngày`,
              s.escalateTo && `Chuyển: ${ROLE_LABELS[s.escalateTo]}`,
            ]
              .filter(Boolean)
              .join('; ') || '—',
        },
      ]}
    />
  );
}

/** Pipelines (GET /pipelines): their versions are read-only; an admin publishes a new version, which new nominations use. */
export default function PipelinesPage() {
  const { message } = App.useApp();
  const pipelines = useQuery(pipelineQueries.list());
  const [picked, setPicked] = useState<string | null>(null);
  const code = picked ?? pipelines.data?.[0]?.code ?? null;
  const versions = useQuery({ ...pipelineQueries.versions(code ?? ''), enabled: code !== null });
  const publish = usePublishPipeline();
  const [publishing, setPublishing] = useState<PipelineVersion | null>(null);

  return (
    <>
      <PageHeader title="Quy trình xét khen thưởng">
        Mỗi phiên bản quy trình không sửa được; hồ sơ đang chạy giữ phiên bản lúc bắt đầu. Đăng phiên bản mới để áp dụng cho hồ sơ mới.
      </PageHeader>
      {pipelines.isError && <QueryError error={pipelines.error} retry={() => void pipelines.refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7}>
          <Card size="small" title="Quy trình" loading={pipelines.isPending}>
            <List
              dataSource={pipelines.data ?? []}
              renderItem={(p) => (
                <List.Item>
                  <Button type={p.code === code ? 'primary' : 'text'} block style={{ textAlign: 'left', height: 'auto', whiteSpace: 'normal' }} onClick={() => setPicked(p.code)} aria-pressed={p.code === code}>
                    <span>
                      <strong>{p.name}</strong>
                      <br />
                      {p.code} · phiên bản {p.latestVersion}
                    </span>
                  </Button>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          {versions.isError && <QueryError error={versions.error} retry={() => void versions.refetch()} />}
          {!code && !pipelines.isPending && <Empty description="Chưa có quy trình" />}
          {versions.data?.versions.map((v, i) => (
            <Card
              key={v.version}
              size="small"
              style={{ marginBottom: 16 }}
              title={
                <Flex gap={8} align="center" wrap>
                  <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
                    {v.name} — phiên bản {v.version}
                  </Typography.Title>
                  {i === 0 && <Tag color="success">Đang áp dụng cho hồ sơ mới</Tag>}
                  {v.inUse && <Tag color="blue">Có hồ sơ đang chạy</Tag>}
                </Flex>
              }
              extra={
                i === 0 && (
                  <Button type="primary" onClick={() => setPublishing(v)}>
                    Đăng phiên bản mới
                  </Button>
                )
              }
            >
              <Descriptions size="small" column={2} style={{ marginBottom: 8 }}>
                <Descriptions.Item label="Mã">{v.code}</Descriptions.Item>
                <Descriptions.Item label="Ngày đăng">{formatDateTime(v.createdAt)}</Descriptions.Item>
              </Descriptions>
              <StagesTable version={v} />
            </Card>
          ))}
        </Col>
      </Row>

      <FormModal<Values>
        open={publishing !== null}
        width={980}
        title={publishing ? `Đăng phiên bản ${publishing.version + 1} của quy trình ${publishing.code}` : ''}
        okText="Đăng phiên bản"
        initialValues={publishing ? { name: publishing.name, stages: publishing.stages.map(toStageValues) } : undefined}
        onClose={() => setPublishing(null)}
        onSubmit={async (v) => {
          if (!publishing) return;
          const published = await publish.mutateAsync({ code: publishing.code, body: { name: v.name, stages: v.stages.map(toStage) } });
          void message.success(`Đã đăng phiên bản ${published.version} của quy trình ${published.code}.`);
        }}
      >
        <Form.Item name="name" label="Tên quy trình" rules={[{ required: true, whitespace: true, message: 'Nhập tên' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.List name="stages">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Card key={f.key} size="small" style={{ marginBottom: 8 }} title={`Bước ${i + 1}`} extra={<Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={`Bỏ bước ${i + 1}`} onClick={() => remove(f.name)} />}>
                  <Row gutter={8}>
                    <Col span={8}>
                      <Form.Item name={[f.name, 'kind']} label="Loại bước" rules={[{ required: true, message: 'Chọn loại bước' }]}>
                        <Select options={options(STAGE_LABELS)} />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item name={[f.name, 'slaWorkingDays']} label="Thời hạn (ngày làm việc)" rules={[{ required: true, message: 'Nhập thời hạn' }]}>
                        <InputNumber min={0} max={250} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item name={[f.name, 'reminderOffsets']} label="Nhắc trước (ngày)">
                        <Input placeholder="3, 1" />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[f.name, 'onBreach']} label="Khi quá hạn" rules={[{ required: true, message: 'Chọn' }]}>
                        <Select options={options(BREACH_LABELS)} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Row gutter={8}>
                    <Col span={6}>
                      <Form.Item name={[f.name, 'councilScope']} label="Hội đồng">
                        <Select
                          allowClear
                          options={[
                            { value: 'province', label: 'Hội đồng tỉnh' },
                            { value: 'unit', label: 'Hội đồng đơn vị' },
                          ]}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item name={[f.name, 'authority']} label="Thẩm quyền ký">
                        <Input placeholder="UBND" />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item name={[f.name, 'produces']} label="Kết quả">
                        <Select
                          allowClear
                          options={[
                            { value: 'decision', label: 'Quyết định' },
                            { value: 'submission', label: 'Tờ trình' },
                          ]}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name={[f.name, 'supplementSlaWorkingDays']} label="Hạn bổ sung">
                        <InputNumber min={0} max={250} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name={[f.name, 'escalateTo']} label="Chuyển cho">
                        <Select allowClear options={options(ROLE_LABELS)} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ slaWorkingDays: 10, onBreach: 'remind' })}>
                Thêm bước
              </Button>
            </>
          )}
        </Form.List>
      </FormModal>
    </>
  );
}
