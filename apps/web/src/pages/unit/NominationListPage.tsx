import { useState } from 'react';
import { Button, Card, Empty, Flex, Input, Select, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import type { NominationStatus, NominationSummary, StageKind } from '../../api/model';
import { useAccess } from '../../app/access';
import { PATHS } from '../../app/paths';
import { DueCell, NomineeCell, StatusTag } from '../../components/NominationBits';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../lib/format';
import { STAGE_LABELS, STATUS_LABELS } from '../../lib/labels';
import { type NominationFilter, nominationQueries } from '../../queries/nominations';
import { awardTypeQueries, useNames } from '../../queries/reference';

const YEARS = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);

/** The filter lives in the address, so a filtered list can be shared and survives a reload. */
function useFilter(): [NominationFilter, (patch: Partial<NominationFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter: NominationFilter = {
    q: params.get('q') || undefined,
    stage: (params.get('stage') as StageKind) || undefined,
    status: (params.get('status') as NominationStatus) || undefined,
    awardCode: params.get('awardCode') || undefined,
    year: params.get('year') ? Number(params.get('year')) : undefined,
    overdue: params.get('overdue') === 'true' ? true : undefined,
  };
  const update = (patch: Partial<NominationFilter>) => {
    const next = { ...filter, ...patch };
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])), { replace: true });
  };
  return [filter, update];
}

/** Nominations (GET /nominations), with filters and a name search that ignores diacritics. */
export default function NominationListPage() {
  const access = useAccess();
  const [filter, update] = useFilter();
  const navigate = useNavigate();
  const [text, setText] = useState(filter.q ?? '');
  const list = useInfiniteQuery(nominationQueries.list(filter));
  const awards = useQuery(awardTypeQueries.list());
  const names = useNames();
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title="Hồ sơ đề nghị khen thưởng"
        extra={
          access.nominationCreate && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate(PATHS.newNomination)}>
              Lập hồ sơ mới
            </Button>
          )
        }
      >
        {access.nominationCreate && !access.audit ? 'Hồ sơ của đơn vị bạn.' : 'Tất cả hồ sơ bạn được xem.'} Tìm theo tên có thể gõ không dấu.
      </PageHeader>
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search" aria-label="Lọc hồ sơ">
          <Input.Search
            aria-label="Tìm theo tên người hoặc tập thể"
            placeholder="Tìm theo tên (vd: nguyen thi hoa)"
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            style={{ width: 300 }}
            enterButton="Tìm"
          />
          <Select
            aria-label="Bước"
            placeholder="Bước"
            allowClear
            style={{ width: 200 }}
            value={filter.stage}
            onChange={(v) => update({ stage: v })}
            options={(Object.keys(STAGE_LABELS) as StageKind[]).map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
          />
          <Select
            aria-label="Trạng thái"
            placeholder="Trạng thái"
            allowClear
            style={{ width: 180 }}
            value={filter.status}
            onChange={(v) => update({ status: v })}
            options={(Object.keys(STATUS_LABELS) as NominationStatus[]).map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          />
          <Select
            aria-label="Hình thức khen thưởng"
            placeholder="Hình thức khen thưởng"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 260 }}
            value={filter.awardCode}
            onChange={(v) => update({ awardCode: v })}
            options={(awards.data ?? []).map((a) => ({ value: a.code, label: a.nameVi }))}
          />
          <Select aria-label="Năm" placeholder="Năm" allowClear style={{ width: 110 }} value={filter.year} onChange={(v) => update({ year: v })} options={YEARS.map((y) => ({ value: y, label: String(y) }))} />
          <Select
            aria-label="Hạn xử lý"
            placeholder="Hạn xử lý"
            allowClear
            style={{ width: 140 }}
            value={filter.overdue ? 'true' : undefined}
            onChange={(v) => update({ overdue: v === 'true' ? true : undefined })}
            options={[{ value: 'true', label: 'Quá hạn' }]}
          />
        </Flex>
        {list.isError ? (
          <QueryError error={list.error} retry={() => void list.refetch()} />
        ) : (
          <>
            <Table<NominationSummary>
              rowKey="id"
              loading={list.isPending}
              dataSource={rows}
              pagination={false}
              locale={{ emptyText: <Empty description="Không có hồ sơ phù hợp" /> }}
              columns={[
                {
                  title: 'Người/tập thể được đề nghị',
                  key: 'nominee',
                  render: (_, r) => <NomineeCell id={r.id} name={r.nomineeName} subject={r.subject} />,
                },
                { title: 'Hình thức khen thưởng', key: 'award', render: (_, r) => names.award(r.awardCode) },
                { title: 'Năm', dataIndex: 'year', key: 'year' },
                ...(access.nominationCreate && !access.audit ? [] : [{ title: 'Đơn vị', key: 'unit', render: (_: unknown, r: NominationSummary) => names.unit(r.unitId) }]),
                { title: 'Trạng thái', key: 'status', render: (_, r) => <StatusTag status={r.status} stage={r.stage} /> },
                { title: 'Hạn xử lý', key: 'due', render: (_, r) => <DueCell dueAt={r.dueAt} overdue={r.overdue} /> },
                { title: 'Ngày lập', key: 'created', render: (_, r) => formatDate(r.createdAt) },
              ]}
            />
            {list.hasNextPage && (
              <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                Tải thêm
              </Button>
            )}
          </>
        )}
      </Card>
    </>
  );
}
