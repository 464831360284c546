import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { DocumentKind, Nominee } from '../../api/model';
import { isProblem } from '../../api/problem';
import { PATHS } from '../../app/paths';
import { applyProblem } from '../../components/form-problems';
import { PageHeader } from '../../components/PageHeader';
import { documentLabel, DOCUMENT_KINDS, SUBJECT_LABELS } from '../../lib/labels';
import { formatDateTime } from '../../lib/format';
import { campaignQueries } from '../../queries/campaigns';
import { uploadDocument, useCreateNomination, useSubmitNomination } from '../../queries/nominations';
import { awardTypeQueries } from '../../queries/reference';
import { AwardCriteria } from './AwardCriteria';

interface Values {
  awardCode: string;
  nominee: Nominee;
  achievements: string;
  year: number;
}

const required = (message: string) => [{ required: true, whitespace: true, message }];

/**
 * A new nomination: the award (with its criteria), the nominee, the achievements and the
 * dossier files. "Lưu nháp" keeps a draft; "Gửi đề nghị" creates, uploads and submits. With
 * no file it is a paper dossier; with files the electronic dossier must be complete (the API
 * answers 422 naming what is missing, shown beside the documents).
 */
export default function NewNominationPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const awards = useQuery(awardTypeQueries.list());
  // Opened from a campaign's intake (?dot=): the nomination answers it, with the awards it takes.
  const campaignId = useSearchParams()[0].get('dot') ?? undefined;
  const campaign = useQuery({ ...campaignQueries.detail(campaignId ?? ''), enabled: !!campaignId });
  const offered = (awards.data ?? []).filter((a) => !campaign.data || campaign.data.awardCodes.includes(a.code));
  const create = useCreateNomination();
  const [draftId, setDraftId] = useState<string | null>(null);
  const submit = useSubmitNomination();
  const [files, setFiles] = useState<Partial<Record<DocumentKind, File>>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);

  const awardCode = Form.useWatch('awardCode', form);
  const kind = Form.useWatch(['nominee', 'kind'], form);
  const award = awards.data?.find((a) => a.code === awardCode);
  const awardName = (code: string) => awards.data?.find((a) => a.code === code)?.nameVi ?? code;
  const kinds = award ? [...award.requiredDocuments, ...DOCUMENT_KINDS.filter((k) => !award.requiredDocuments.includes(k))] : DOCUMENT_KINDS;

  const save = async (send: boolean) => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setProblem(null);
    setMissing([]);
    const attached = Object.entries(files) as [DocumentKind, File][];
    let id = draftId;
    try {
      if (!id) {
        const body = { ...values, nominee: { ...values.nominee, memberCounts: values.nominee.kind === 'collective' ? values.nominee.memberCounts : undefined } };
        const created = await create.mutateAsync({ body: { ...body, campaignId, submit: send && attached.length === 0 }, idempotencyKey });
        id = created.id;
        setDraftId(id);
        for (const [k, file] of attached) await uploadDocument(id, k, file);
        if (!send || attached.length === 0) {
          void message.success(send ? 'Đã gửi hồ sơ đề nghị (hồ sơ giấy).' : 'Đã lưu bản nháp.');
          void navigate(PATHS.nomination(id));
          return;
        }
      }
      await submit.mutateAsync(id);
      void message.success('Đã gửi hồ sơ đề nghị.');
      void navigate(PATHS.nomination(id));
    } catch (e) {
      if (isProblem(e, 422) && e.problem.missing?.length) {
        setMissing(e.problem.missing);
        return;
      }
      setProblem(applyProblem(form, e, { 'nominee.kind': ['nominee', 'kind'] }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title="Lập hồ sơ đề nghị khen thưởng">Chọn hình thức khen thưởng để xem tiêu chuẩn và thành phần hồ sơ.</PageHeader>
      {campaign.data && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Hồ sơ thuộc đợt phát động: ${campaign.data.name}`}
          description={`Hạn nhận hồ sơ ${formatDateTime(campaign.data.intakeDeadline)}.`}
        />
      )}
      <Form<Values> form={form} layout="vertical" initialValues={{ year: new Date().getFullYear(), nominee: { kind: 'individual' } }} disabled={busy || !!draftId}>
        <Row gutter={16}>
          <Col xs={24} xl={14}>
            <Card title="Thông tin đề nghị" size="small" style={{ marginBottom: 16 }}>
              <Form.Item name="awardCode" label="Hình thức khen thưởng" rules={[{ required: true, message: 'Chọn hình thức khen thưởng' }]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={awards.isPending}
                  placeholder="Chọn danh hiệu, hình thức khen thưởng"
                  options={offered.map((a) => ({ value: a.code, label: a.nameVi }))}
                  onChange={(code: string) => {
                    const subjects = awards.data?.find((a) => a.code === code)?.subjects ?? [];
                    if (kind && !subjects.includes(kind)) form.setFieldValue(['nominee', 'kind'], subjects[0]);
                  }}
                />
              </Form.Item>
              <Form.Item name={['nominee', 'kind']} label="Đối tượng" rules={[{ required: true }]}>
                <Radio.Group options={(['individual', 'collective'] as const).map((s) => ({ value: s, label: SUBJECT_LABELS[s], disabled: !!award && !award.subjects.includes(s) }))} />
              </Form.Item>
              <Form.Item name={['nominee', 'fullName']} label={kind === 'collective' ? 'Tên tập thể' : 'Họ và tên'} rules={required('Nhập tên người hoặc tập thể được đề nghị')}>
                <Input maxLength={200} />
              </Form.Item>
              {kind !== 'collective' && (
                <Form.Item name={['nominee', 'position']} label="Chức vụ">
                  <Input maxLength={200} />
                </Form.Item>
              )}
              <Form.Item name={['nominee', 'workplace']} label="Nơi công tác">
                <Input maxLength={200} />
              </Form.Item>
              {kind === 'collective' && (
                <Space wrap>
                  <Form.Item name={['nominee', 'memberCounts', 'total']} label="Tổng số thành viên" rules={[{ required: true, message: 'Nhập số thành viên' }]}>
                    <InputNumber min={1} />
                  </Form.Item>
                  <Form.Item name={['nominee', 'memberCounts', 'ldtt']} label="Số đạt LĐTT">
                    <InputNumber min={0} />
                  </Form.Item>
                  <Form.Item name={['nominee', 'memberCounts', 'cstdCoSo']} label="Số CSTĐ cơ sở">
                    <InputNumber min={0} />
                  </Form.Item>
                  <Form.Item name={['nominee', 'memberCounts', 'disciplined']} label="Số bị kỷ luật">
                    <InputNumber min={0} />
                  </Form.Item>
                </Space>
              )}
              <Form.Item name="year" label="Năm thành tích" rules={[{ required: true, message: 'Nhập năm' }]}>
                <InputNumber min={2000} max={2100} />
              </Form.Item>
              <Form.Item name="achievements" label="Tóm tắt thành tích" rules={required('Nhập tóm tắt thành tích')}>
                <Input.TextArea rows={6} maxLength={20000} showCount />
              </Form.Item>
            </Card>
            <Card title="Tài liệu hồ sơ điện tử" size="small">
              <Typography.Paragraph type="secondary">Không đính kèm tệp nào nếu nộp hồ sơ giấy. Hồ sơ điện tử chỉ được nhận khi đủ thành phần.</Typography.Paragraph>
              {kinds.map((k) => (
                <Form.Item key={k} label={`${documentLabel(k)}${award?.requiredDocuments.includes(k) ? ' (bắt buộc)' : ''}`} validateStatus={missing.includes(k) ? 'error' : undefined} help={missing.includes(k) ? 'Còn thiếu tài liệu này' : undefined}>
                  <Upload
                    maxCount={1}
                    accept=".pdf,.png,.jpg,.jpeg,.docx"
                    beforeUpload={(file) => {
                      setFiles((f) => ({ ...f, [k]: file }));
                      return false;
                    }}
                    onRemove={() => setFiles((f) => ({ ...f, [k]: undefined }))}
                    fileList={files[k] ? [{ uid: k, name: files[k].name, status: 'done' }] : []}
                  >
                    <Button icon={<UploadOutlined aria-hidden />} aria-label={`Chọn tệp: ${documentLabel(k)}`}>
                      Chọn tệp
                    </Button>
                  </Upload>
                </Form.Item>
              ))}
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card title="Tiêu chuẩn và yêu cầu" size="small" style={{ marginBottom: 16 }}>
              {award ? <AwardCriteria award={award} names={awardName} /> : <Typography.Text type="secondary">Chọn hình thức khen thưởng.</Typography.Text>}
            </Card>
          </Col>
        </Row>
      </Form>
      {missing.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ margin: '16px 0' }}
          title={`Hồ sơ điện tử chưa đủ: thiếu ${missing.map(documentLabel).join(', ')}.`}
          description={draftId && <>Bản nháp đã được lưu. <Link to={PATHS.nomination(draftId)}>Mở bản nháp</Link> để bổ sung tài liệu rồi gửi.</>}
        />
      )}
      {problem && <Alert type="error" showIcon role="alert" style={{ margin: '16px 0' }} title={problem} />}
      <Space style={{ marginTop: 16 }}>
        <Button onClick={() => void save(false)} loading={busy} disabled={!!draftId}>
          Lưu nháp
        </Button>
        <Button type="primary" onClick={() => void save(true)} loading={busy} disabled={!!draftId && missing.length > 0}>
          Gửi đề nghị
        </Button>
      </Space>
    </>
  );
}
