import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { DueCell, StatusTag } from '../../components/NominationBits';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/format';
import { CHECK_LABELS, STAGE_LABELS, SUBJECT_LABELS } from '../../lib/labels';
import { nominationQueries } from '../../queries/nominations';
import { awardTypeQueries, useNames } from '../../queries/reference';
import { ActionPanel } from './nomination/ActionPanel';
import { DossierCard } from './nomination/DossierCard';
import { HistoryTimeline } from './nomination/HistoryTimeline';
import { StageSteps } from './nomination/StageSteps';
import { lastSupplementRequest, SupplementRequest } from './nomination/SupplementRequest';

/** One nomination: where it is, who and what, its dossier, its history, and what the person may do now. */
export default function NominationPage() {
  const { id = '' } = useParams();
  const nomination = useQuery(nominationQueries.detail(id));
  const history = useQuery(nominationQueries.history(id));
  const awards = useQuery(awardTypeQueries.list());
  const names = useNames();
  const n = nomination.data;
  const checks = useQuery({ ...nominationQueries.checks(id), enabled: !!n?.allowedActions.includes('appraise') });

  if (nomination.isError) return <QueryError error={nomination.error} retry={() => void nomination.refetch()} />;
  if (!n) return <Card loading />;
  const award = awards.data?.find((a) => a.code === n.awardCode);
  const dossierEditable = n.allowedActions.includes('submit') || n.allowedActions.includes('supplement');
  const counts = n.nominee.memberCounts;
  const supplementRequest = n.stage === 'supplement' ? lastSupplementRequest(history.data) : undefined;

  return (
    <>
      <PageHeader title={n.nominee.fullName} extra={<StatusTag status={n.status} stage={n.stage} />}>
        {names.award(n.awardCode)} · năm {n.year} · {names.unit(n.unitId)}
        {n.decision && ` · Quyết định số ${n.decision.number}`}
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <StageSteps nomination={n} history={history.data} central={award?.decidingLevel === 'central'} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title="Người/tập thể được đề nghị" size="small">
              <Descriptions column={{ xs: 1, md: 2 }} size="small">
                <Descriptions.Item label="Họ tên / tên tập thể">{n.nominee.fullName}</Descriptions.Item>
                <Descriptions.Item label="Đối tượng">{SUBJECT_LABELS[n.subject]}</Descriptions.Item>
                {n.nominee.position && <Descriptions.Item label="Chức vụ">{n.nominee.position}</Descriptions.Item>}
                {n.nominee.workplace && <Descriptions.Item label="Nơi công tác">{n.nominee.workplace}</Descriptions.Item>}
                {counts && (
                  <Descriptions.Item label="Số thành viên">
                    {counts.total}
                    {counts.ldtt !== undefined && ` · LĐTT: ${counts.ldtt}`}
                    {counts.cstdCoSo !== undefined && ` · CSTĐ cơ sở: ${counts.cstdCoSo}`}
                    {counts.disciplined !== undefined && ` · Bị kỷ luật: ${counts.disciplined}`}
                  </Descriptions.Item>
                )}
                <Descriptions.Item label="Hình thức khen thưởng">{names.award(n.awardCode)}</Descriptions.Item>
                <Descriptions.Item label="Đơn vị đề nghị">{names.unit(n.unitId)}</Descriptions.Item>
                <Descriptions.Item label="Lập lúc">{formatDateTime(n.createdAt)}</Descriptions.Item>
              </Descriptions>
              <Typography.Title level={3} style={{ fontSize: 15, marginTop: 12 }}>
                Tóm tắt thành tích
              </Typography.Title>
              <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>{n.achievements}</Typography.Paragraph>
            </Card>
            {supplementRequest && <SupplementRequest request={supplementRequest} />}
            <DossierCard nominationId={n.id} editable={dossierEditable} required={award?.requiredDocuments ?? []} />
            <Card title="Lịch sử xử lý" size="small">
              {history.isError ? <QueryError error={history.error} /> : <HistoryTimeline events={history.data} loading={history.isPending} />}
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <ActionPanel nomination={n} checks={checks.data} />
            <Card title="Bước hiện tại" size="small">
              <Descriptions column={1} size="small">
                <Descriptions.Item label="Bước">{n.stage ? STAGE_LABELS[n.stage] : '—'}</Descriptions.Item>
                <Descriptions.Item label="Bắt đầu">{formatDateTime(n.stageOpenedAt)}</Descriptions.Item>
                <Descriptions.Item label="Hạn xử lý">
                  <DueCell dueAt={n.dueAt} overdue={n.overdue} workingDaysLeft={n.workingDaysLeft} />
                </Descriptions.Item>
                {n.council && (
                  <Descriptions.Item label="Hội đồng">
                    {n.council.votedMemberIds.length}/{n.council.members - n.council.recused} thành viên đã biểu quyết
                    {n.council.recused > 0 && ` (${n.council.recused} không tham gia)`}
                  </Descriptions.Item>
                )}
                {n.tally?.passed !== undefined && (
                  <Descriptions.Item label="Kết quả biểu quyết">
                    <Tag color={n.tally.passed ? 'success' : 'error'}>{n.tally.passed ? 'Đạt' : 'Không đạt'}</Tag>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            {checks.data && (
              <Card title="Kiểm tra của hệ thống" size="small">
                {checks.data.map((c) => (
                  <div key={c.code} style={{ marginBottom: 6 }}>
                    <Tag color={c.ok ? 'success' : 'warning'}>{c.ok ? 'Đạt' : 'Chưa đạt'}</Tag> <Typography.Text strong>{CHECK_LABELS[c.code]}</Typography.Text>
                    <div>
                      <Typography.Text type="secondary">{c.message}</Typography.Text>
                    </div>
                  </div>
                ))}
              </Card>
            )}
          </Space>
        </Col>
      </Row>
    </>
  );
}
