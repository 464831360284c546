import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Input, List, Row, Space, Spin, Typography } from 'antd';
import { DownloadOutlined, SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { isProblem } from '../../api/problem';
import { PATHS } from '../../app/paths';
import { StatusTag } from '../../components/NominationBits';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { saveBlob } from '../../components/save-blob';
import { formatDate } from '../../lib/format';
import { auditQueries, exportAuditBundle } from '../../queries/audit';
import { nominationQueries } from '../../queries/nominations';
import { useNames } from '../../queries/reference';
import { HistoryTimeline } from '../shared/nomination/HistoryTimeline';
import { TrailVerifyCard } from './TrailVerifyCard';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The chain of one nomination: valid, or its first broken link (GET /audit/verify?subject=). */
function ChainState({ subject }: { subject: string }) {
  const verify = useQuery(auditQueries.verify(subject));
  if (verify.isPending) return <Spin tip="Đang kiểm tra chuỗi kiểm toán…"><div style={{ height: 48 }} /></Spin>;
  if (verify.isError) return <QueryError error={verify.error} retry={() => void verify.refetch()} />;
  const r = verify.data;
  if (r.ok) {
    return (
      <Alert
        type="success"
        showIcon
        icon={<SafetyCertificateOutlined />}
        title="Chuỗi kiểm toán hợp lệ"
        description={`Đã kiểm tra ${r.checked} sự kiện: mỗi mã băm khớp nội dung và nối đúng sự kiện liền trước.`}
      />
    );
  }
  const b = r.firstBroken;
  return (
    <Alert
      type="error"
      showIcon
      icon={<WarningOutlined />}
      title="Chuỗi kiểm toán bị gián đoạn"
      description={b ? `Mắt xích hỏng đầu tiên: sự kiện số ${b.sequence} — ${b.reason}.` : `Có ${r.brokenCount} chuỗi hỏng.`}
    />
  );
}

/** The auditor's desk: find a nomination, read its timeline, verify its chain, export the evidence. */
export default function AuditPage() {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const subject = params.get('subject');
  const [q, setQ] = useState('');
  const names = useNames();
  const search = useInfiniteQuery({ ...nominationQueries.list({ q: q || undefined }), enabled: q.length > 0 });
  const found = search.data?.pages.flatMap((p) => p.items) ?? [];
  const nomination = useQuery({ ...nominationQueries.detail(subject ?? ''), enabled: !!subject });
  const history = useQuery({ ...nominationQueries.history(subject ?? ''), enabled: !!subject });
  const [exporting, setExporting] = useState(false);

  const onSearch = (v: string) => {
    const t = v.trim();
    if (UUID.test(t)) setParams({ subject: t.toLowerCase() });
    else setQ(t);
  };

  const exportBundle = async () => {
    if (!subject) return;
    setExporting(true);
    try {
      saveBlob(await exportAuditBundle(subject), `ktf-audit-${subject}.ndjson`);
    } catch (e) {
      void message.error(isProblem(e) ? `${e.summary}: ${e.message}` : 'Không xuất được dữ liệu kiểm toán.');
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeader title="Kiểm toán hồ sơ">
        Tìm hồ sơ theo tên (gõ không dấu được) hoặc mã hồ sơ, xem lịch sử, kiểm tra tính toàn vẹn của chuỗi kiểm toán và xuất bằng chứng để kiểm tra ngoại tuyến.
      </PageHeader>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title="Tìm hồ sơ" size="small">
            <div role="search">
              <Input.Search aria-label="Tên người, tập thể hoặc mã hồ sơ" placeholder="Tên hoặc mã hồ sơ" enterButton="Tìm" onSearch={onSearch} allowClear />
            </div>
            {q && (
              <List
                style={{ marginTop: 12 }}
                loading={search.isPending}
                dataSource={found}
                locale={{ emptyText: 'Không tìm thấy hồ sơ' }}
                renderItem={(r) => (
                  <List.Item>
                    <List.Item.Meta
                      title={
                        <Link to={`?subject=${r.id}`} aria-current={r.id === subject ? 'true' : undefined}>
                          {r.nomineeName}
                        </Link>
                      }
                      description={`${names.award(r.awardCode)} · ${r.year} · ${formatDate(r.createdAt)}`}
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          {!subject ? (
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              <Card>
                <Empty description="Chọn một hồ sơ để kiểm toán" />
              </Card>
              <TrailVerifyCard />
            </Space>
          ) : nomination.isError ? (
            <QueryError error={nomination.error} />
          ) : (
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              <Card
                size="small"
                title={nomination.data ? <Link to={PATHS.nomination(subject)}>{nomination.data.nominee.fullName}</Link> : 'Hồ sơ'}
                extra={
                  <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void exportBundle()} loading={exporting}>
                    Xuất dữ liệu kiểm toán
                  </Button>
                }
                loading={nomination.isPending}
              >
                {nomination.data && (
                  <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                    <Descriptions.Item label="Mã hồ sơ">
                      <Typography.Text code copyable>
                        {subject}
                      </Typography.Text>
                    </Descriptions.Item>
                    <Descriptions.Item label="Trạng thái">
                      <StatusTag status={nomination.data.status} stage={nomination.data.stage} />
                    </Descriptions.Item>
                    <Descriptions.Item label="Hình thức">{names.award(nomination.data.awardCode)}</Descriptions.Item>
                    <Descriptions.Item label="Đơn vị">{names.unit(nomination.data.unitId)}</Descriptions.Item>
                  </Descriptions>
                )}
                <ChainState subject={subject} />
              </Card>
              <Card title="Lịch sử xử lý (chuỗi kiểm toán)" size="small">
                {history.isError ? <QueryError error={history.error} /> : <HistoryTimeline events={history.data} loading={history.isPending} />}
              </Card>
            </Space>
          )}
        </Col>
      </Row>
    </>
  );
}
