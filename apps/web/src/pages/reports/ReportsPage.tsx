import { useState } from 'react';
import { Button, Card, Col, Form, Row, Select, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { MutationError } from '../../components/MutationError';
import { PageHeader } from '../../components/PageHeader';
import { saveBlob } from '../../components/save-blob';
import { downloadAwardsReport, downloadNominationsReport } from '../../queries/reports';
import { unitQueries } from '../../queries/reference';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => THIS_YEAR - i);
const yearOptions = YEARS.map((y) => ({ value: y, label: String(y) }));

/** Awards of a year by unit and award type (the statutory count). */
function AwardsReport() {
  const [year, setYear] = useState(THIS_YEAR);
  const download = useMutation({ mutationFn: async () => saveBlob(await downloadAwardsReport(year), `khen-thuong-${year}.xlsx`) });
  return (
    <Card title="Thống kê khen thưởng" size="small">
      <Typography.Paragraph type="secondary">Số cá nhân, tập thể được khen thưởng trong năm, theo đơn vị và hình thức khen thưởng.</Typography.Paragraph>
      <Form layout="vertical" onFinish={() => download.mutate()}>
        <Form.Item label="Năm khen thưởng" htmlFor="awards-year">
          <Select id="awards-year" value={year} onChange={setYear} options={yearOptions} style={{ width: 140 }} />
        </Form.Item>
        {download.isError && <MutationError error={download.error} title="Không tải được báo cáo" />}
        <Button type="primary" htmlType="submit" icon={<DownloadOutlined aria-hidden />} loading={download.isPending}>
          Tải báo cáo khen thưởng (.xlsx)
        </Button>
      </Form>
    </Card>
  );
}

/** The register of nominations: stage, due date and on-time status, by year and unit. */
function NominationsRegister() {
  const [year, setYear] = useState<number | undefined>(THIS_YEAR);
  const [unitId, setUnitId] = useState<string | undefined>();
  const units = useQuery(unitQueries.list());
  const download = useMutation({
    mutationFn: async () => saveBlob(await downloadNominationsReport({ year, unitId }), year ? `so-theo-doi-${year}.xlsx` : 'so-theo-doi.xlsx'),
  });
  return (
    <Card title="Sổ theo dõi hồ sơ đề nghị" size="small">
      <Typography.Paragraph type="secondary">Mỗi hồ sơ đã gửi: bước xử lý, hạn xử lý và tiến độ (đúng hạn, quá hạn).</Typography.Paragraph>
      <Form layout="vertical" onFinish={() => download.mutate()}>
        <Row gutter={12}>
          <Col>
            <Form.Item label="Năm" htmlFor="register-year">
              <Select id="register-year" allowClear placeholder="Mọi năm" value={year} onChange={setYear} options={yearOptions} style={{ width: 140 }} />
            </Form.Item>
          </Col>
          <Col flex="auto">
            <Form.Item label="Đơn vị" htmlFor="register-unit">
              <Select
                id="register-unit"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="Mọi đơn vị"
                value={unitId}
                onChange={setUnitId}
                loading={units.isPending}
                options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                style={{ minWidth: 240 }}
              />
            </Form.Item>
          </Col>
        </Row>
        {download.isError && <MutationError error={download.error} title="Không tải được sổ theo dõi" />}
        <Button type="primary" htmlType="submit" icon={<DownloadOutlined aria-hidden />} loading={download.isPending}>
          Tải sổ theo dõi (.xlsx)
        </Button>
      </Form>
    </Card>
  );
}

/** The statistics workbooks for the office and auditors (GET /reports/*.xlsx). */
export default function ReportsPage() {
  return (
    <>
      <PageHeader title="Báo cáo thống kê">Tệp Excel theo mẫu: tiêu đề tiếng Việt, ngày dạng dd/mm/yyyy, số liệu là số.</PageHeader>
      <Row gutter={16}>
        <Col xs={24} xl={10} style={{ marginBottom: 16 }}>
          <AwardsReport />
        </Col>
        <Col xs={24} xl={14}>
          <NominationsRegister />
        </Col>
      </Row>
    </>
  );
}
