import { Button, Card, Descriptions, Empty, Flex, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Campaign, NominationSummary } from '../../api/model';
import { PATHS } from '../../app/paths';
import { useSession } from '../../auth/session';
import { NomineeCell, StatusTag } from '../../components/NominationBits';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDate, formatDateTime } from '../../lib/format';
import { campaignQueries } from '../../queries/campaigns';
import { nominationQueries } from '../../queries/nominations';
import { useNames } from '../../queries/reference';

/** One open campaign: its terms, the unit's count of nominations in it, and those nominations. */
function CampaignIntake({ campaign, unitId }: { campaign: Campaign; unitId: string }) {
  const navigate = useNavigate();
  const names = useNames();
  const detail = useQuery(campaignQueries.detail(campaign.id));
  const list = useInfiniteQuery(nominationQueries.list({ campaignId: campaign.id }));
  const intake = detail.data?.units.find((u) => u.unitId === unitId);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card
      title={campaign.name}
      role="region"
      aria-label={campaign.name}
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate(PATHS.newNominationFor(campaign.id))}>
          Lập hồ sơ cho đợt này
        </Button>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="Hạn nhận hồ sơ">{formatDateTime(campaign.intakeDeadline)}</Descriptions.Item>
        <Descriptions.Item label="Hồ sơ của đơn vị">
          {intake ? `${intake.nominations} hồ sơ, đã gửi ${intake.submitted}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="Ngày phát động">{formatDate(campaign.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="Hình thức khen thưởng nhận" span={3}>
          <Space wrap size={4}>
            {campaign.awardCodes.map((code) => (
              <Tag key={code}>{names.award(code)}</Tag>
            ))}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      {list.isError ? (
        <QueryError error={list.error} retry={() => void list.refetch()} />
      ) : (
        <Table<NominationSummary>
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: <Empty description="Đơn vị chưa lập hồ sơ nào cho đợt này" /> }}
          columns={[
            { title: 'Người/tập thể được đề nghị', key: 'nominee', render: (_, r) => <NomineeCell id={r.id} name={r.nomineeName} subject={r.subject} /> },
            { title: 'Hình thức khen thưởng', key: 'award', render: (_, r) => names.award(r.awardCode) },
            { title: 'Trạng thái', key: 'status', render: (_, r) => <StatusTag status={r.status} stage={r.stage} /> },
            { title: 'Ngày lập', key: 'created', render: (_, r) => formatDate(r.createdAt) },
          ]}
        />
      )}
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          Tải thêm
        </Button>
      )}
    </Card>
  );
}

/** The unit's intake: campaigns still taking nominations from the officer's unit, soonest deadline first. */
export default function CampaignIntakePage() {
  const unitId = useSession()?.user.unitId ?? null;
  const campaigns = useQuery(campaignQueries.list());
  const open = (campaigns.data ?? [])
    .filter((c) => c.status === 'open' && unitId !== null && c.unitIds.includes(unitId))
    .sort((a, b) => a.intakeDeadline.localeCompare(b.intakeDeadline));

  return (
    <>
      <PageHeader title="Đợt phát động thi đua">Các đợt đang nhận hồ sơ đề nghị của đơn vị bạn, hạn gần nhất trước.</PageHeader>
      {campaigns.isError ? (
        <QueryError error={campaigns.error} retry={() => void campaigns.refetch()} />
      ) : campaigns.isPending ? (
        <Card loading />
      ) : open.length === 0 ? (
        <Card>
          <Empty description="Không có đợt phát động nào đang nhận hồ sơ của đơn vị bạn" />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          {open.map((c) => (
            <CampaignIntake key={c.id} campaign={c} unitId={unitId!} />
          ))}
        </Flex>
      )}
    </>
  );
}
