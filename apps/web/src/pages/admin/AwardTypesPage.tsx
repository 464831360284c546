import { App, Button, Card, Checkbox, Col, Divider, Flex, Form, Input, InputNumber, Row, Select, Switch, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { AwardType } from '../../api/model';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { DOCUMENT_KINDS, DOCUMENT_LABELS, SUBJECT_LABELS } from '../../lib/labels';
import { formatDateTime } from '../../lib/format';
import { type AwardTypeBody, pipelineQueries, useSaveAwardType } from '../../queries/admin';
import { awardTypeQueries } from '../../queries/reference';
import { AwardCriteria } from '../unit/AwardCriteria';
import { FormModal } from './FormModal';

const LEVEL_OPTIONS: { value: AwardType['decidingLevel']; label: string }[] = [
  { value: 'unit', label: 'Thủ trưởng đơn vị' },
  { value: 'province', label: 'Chủ tịch UBND tỉnh' },
  { value: 'central', label: 'Trung ương (tỉnh trình)' },
];

/** The form holds fractions as percentages, as people write them. */
type Values = Omit<AwardTypeBody, 'voteRule' | 'eligibility'> & {
  voteRule: Omit<AwardTypeBody['voteRule'], 'threshold' | 'quorum'> & { threshold: number; quorum: number };
  eligibility?: {
    priorTitles?: { code: string; consecutiveYears: number }[];
    collective?: { minLdttRatio?: number | null; minCstdCoSo?: number | null; maxDisciplined?: number | null };
  };
};

const pct = (x: number) => Math.round(x * 10000) / 100;
const frac = (x: number) => Math.round(x * 100) / 10000;
const given = <T,>(x: T | null | undefined): T | undefined => (x === null || x === undefined ? undefined : x);

function toValues(a: AwardType): Values {
  const c = a.eligibility?.collective;
  return {
    ...a,
    voteRule: { ...a.voteRule, threshold: pct(a.voteRule.threshold), quorum: pct(a.voteRule.quorum) },
    eligibility: {
      priorTitles: a.eligibility?.priorTitles ?? [],
      collective: { minLdttRatio: c?.minLdttRatio === undefined ? undefined : pct(c.minLdttRatio), minCstdCoSo: c?.minCstdCoSo, maxDisciplined: c?.maxDisciplined },
    },
  };
}

function toBody(v: Values): AwardTypeBody {
  const c = v.eligibility?.collective ?? {};
  const collective = { minLdttRatio: given(c.minLdttRatio) === undefined ? undefined : frac(c.minLdttRatio!), minCstdCoSo: given(c.minCstdCoSo), maxDisciplined: given(c.maxDisciplined) };
  const hasCollective = Object.values(collective).some((x) => x !== undefined);
  const priorTitles = v.eligibility?.priorTitles?.filter((t) => t?.code) ?? [];
  return {
    code: v.code.trim(),
    nameVi: v.nameVi,
    nameEn: v.nameEn,
    subjects: v.subjects,
    decidingLevel: v.decidingLevel,
    pipelineCode: v.pipelineCode,
    voteRule: { ...v.voteRule, threshold: frac(v.voteRule.threshold), quorum: frac(v.voteRule.quorum) },
    requiredDocuments: v.requiredDocuments ?? [],
    rewardMultiplier: { individual: given(v.rewardMultiplier?.individual), collective: given(v.rewardMultiplier?.collective) },
    ...(priorTitles.length || hasCollective ? { eligibility: { ...(priorTitles.length ? { priorTitles } : {}), ...(hasCollective ? { collective } : {}) } } : {}),
  };
}

const NEW: Partial<Values> = {
  subjects: ['individual'],
  decidingLevel: 'province',
  pipelineCode: 'provincial',
  voteRule: { threshold: 50, comparison: 'more_than', base: 'all_members', quorum: 67, secret: false },
  requiredDocuments: ['to_trinh', 'bao_cao_thanh_tich'],
  rewardMultiplier: {},
  eligibility: { priorTitles: [], collective: {} },
};

/** The award catalog (GET /award-types): an admin reads each award's criteria and vote rule, edits or adds awards. */
export default function AwardTypesPage() {
  const { message } = App.useApp();
  const awards = useQuery(awardTypeQueries.list());
  const pipelines = useQuery(pipelineQueries.list());
  const save = useSaveAwardType();
  const [editing, setEditing] = useState<AwardType | 'new' | null>(null);
  const awardName = (code: string) => awards.data?.find((a) => a.code === code)?.nameVi ?? code;

  return (
    <>
      <PageHeader
        title="Danh mục hình thức khen thưởng"
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            Thêm hình thức
          </Button>
        }
      >
        Tiêu chuẩn, thành phần hồ sơ, quy tắc biểu quyết và quy trình của từng hình thức. Hồ sơ đã bắt đầu giữ quy tắc tại thời điểm bắt đầu.
      </PageHeader>
      {awards.isError ? (
        <QueryError error={awards.error} retry={() => void awards.refetch()} />
      ) : (
        <Card>
          <Table<AwardType>
            rowKey="code"
            loading={awards.isPending}
            dataSource={awards.data ?? []}
            pagination={false}
            expandable={{ expandedRowRender: (a) => <AwardCriteria award={a} names={awardName} />, expandIcon: undefined }}
            columns={[
              { title: 'Mã', dataIndex: 'code', key: 'code' },
              { title: 'Hình thức khen thưởng', dataIndex: 'nameVi', key: 'nameVi' },
              { title: 'Đối tượng', key: 'subjects', render: (_, a) => a.subjects.map((s) => <Tag key={s}>{SUBJECT_LABELS[s]}</Tag>) },
              { title: 'Quy trình', dataIndex: 'pipelineCode', key: 'pipeline' },
              {
                title: 'Biểu quyết',
                key: 'vote',
                render: (_, a) => `${a.voteRule.comparison === 'more_than' ? 'Trên' : 'Từ'} ${pct(a.voteRule.threshold)}%${a.voteRule.secret ? ', kín' : ''}`,
              },
              { title: 'Cập nhật', key: 'updatedAt', render: (_, a) => formatDateTime(a.updatedAt) },
              {
                title: 'Thao tác',
                key: 'actions',
                render: (_, a) => (
                  <Button size="small" aria-label={`Sửa ${a.nameVi}`} onClick={() => setEditing(a)}>
                    Sửa
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      )}

      <FormModal<Values>
        open={editing !== null}
        width={820}
        title={editing === 'new' ? 'Thêm hình thức khen thưởng' : editing ? `Sửa ${editing.nameVi}` : ''}
        okText={editing === 'new' ? 'Thêm' : 'Lưu'}
        initialValues={editing && editing !== 'new' ? toValues(editing) : NEW}
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          const saved = await save.mutateAsync({ body: toBody(v), isNew: editing === 'new' });
          void message.success(`Đã lưu ${saved.nameVi}.`);
        }}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="code" label="Mã" rules={[{ required: true, message: 'Nhập mã' }]} extra="Ví dụ GIAY_KHEN_SNV">
              <Input disabled={editing !== 'new'} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="nameVi" label="Tên tiếng Việt" rules={[{ required: true, whitespace: true, message: 'Nhập tên' }]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="nameEn" label="Tên tiếng Anh" rules={[{ required: true, whitespace: true, message: 'Nhập tên tiếng Anh' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            {/* A validator, not `required`: AntD would put aria-required on the checkbox group, which axe refuses. */}
            <Form.Item name="subjects" label="Đối tượng" rules={[{ validator: (_, v?: string[]) => (v?.length ? Promise.resolve() : Promise.reject(new Error('Chọn đối tượng'))) }]}>
              <Checkbox.Group options={Object.entries(SUBJECT_LABELS).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="decidingLevel" label="Thẩm quyền quyết định">
              <Select options={LEVEL_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="pipelineCode" label="Quy trình" rules={[{ required: true, message: 'Chọn quy trình' }]}>
              <Select options={(pipelines.data ?? []).map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">Quy tắc biểu quyết của Hội đồng</Divider>
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item name={['voteRule', 'comparison']} label="So sánh">
              <Select
                options={[
                  { value: 'more_than', label: 'Trên' },
                  { value: 'at_least', label: 'Từ' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={['voteRule', 'threshold']} label="Ngưỡng đồng ý (%)" rules={[{ required: true, message: 'Nhập ngưỡng' }]}>
              <InputNumber min={0} max={100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={['voteRule', 'base']} label="Tính trên">
              <Select
                options={[
                  { value: 'all_members', label: 'Tổng số thành viên' },
                  { value: 'present', label: 'Thành viên có mặt' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={['voteRule', 'quorum']} label="Số có mặt tối thiểu (%)" rules={[{ required: true, message: 'Nhập tỷ lệ' }]}>
              <InputNumber min={0} max={100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Flex gap={24}>
          <Form.Item name={['voteRule', 'secret']} label="Bỏ phiếu kín" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name={['voteRule', 'recusedCountInBase']} label="Tính người không tham gia xét vào tổng số" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>

        <Divider titlePlacement="start">Hồ sơ và tiêu chuẩn</Divider>
        <Form.Item name="requiredDocuments" label="Thành phần hồ sơ bắt buộc">
          <Checkbox.Group options={DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_LABELS[k] }))} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name={['rewardMultiplier', 'individual']} label="Hệ số tiền thưởng cá nhân">
              <InputNumber min={0} step={0.1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['rewardMultiplier', 'collective']} label="Hệ số tiền thưởng tập thể">
              <InputNumber min={0} step={0.1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>Danh hiệu cần có các năm trước</Typography.Text>
        <Form.List name={['eligibility', 'priorTitles']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} align="baseline">
                  <Form.Item name={[f.name, 'code']} label={`Danh hiệu ${i + 1}`} rules={[{ required: true, message: 'Chọn danh hiệu' }]} style={{ flex: 1 }}>
                    <Select options={(awards.data ?? []).map((a) => ({ value: a.code, label: a.nameVi }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'consecutiveYears']} label="Số năm liên tục" rules={[{ required: true, message: 'Nhập số năm' }]}>
                    <InputNumber min={0} max={10} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={`Bỏ danh hiệu ${i + 1}`} onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ consecutiveYears: 1 })} style={{ margin: '8px 0 16px' }}>
                Thêm điều kiện danh hiệu
              </Button>
            </>
          )}
        </Form.List>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name={['eligibility', 'collective', 'minLdttRatio']} label="Tập thể: tỷ lệ Lao động tiên tiến tối thiểu (%)">
              <InputNumber min={0} max={100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['eligibility', 'collective', 'minCstdCoSo']} label="Tập thể: số Chiến sĩ thi đua cơ sở tối thiểu">
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['eligibility', 'collective', 'maxDisciplined']} label="Tập thể: số người bị kỷ luật tối đa">
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </FormModal>
    </>
  );
}
