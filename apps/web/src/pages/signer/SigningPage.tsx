import { useState } from 'react';
import { Button, Card, Empty, Modal, Result, Space, Table, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Decision, InboxItem } from '../../api/model';
import { MutationError } from '../../components/MutationError';
import { DueCell, NomineeCell } from '../../components/NominationBits';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/format';
import { useSignDecision } from '../../queries/decisions';
import { inboxQueries } from '../../queries/inbox';
import { useNames } from '../../queries/reference';

/**
 * Batch signing: the signer picks nominations waiting for a signature and signs one decision
 * over them (POST /decisions: all or nothing), which takes the next number of the authority.
 */
export default function SigningPage() {
  const inbox = useInfiniteQuery(inboxQueries.list());
  const sign = useSignDecision();
  const names = useNames();
  const [picked, setPicked] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [signed, setSigned] = useState<Decision | null>(null);
  const rows = (inbox.data?.pages.flatMap((p) => p.items) ?? []).filter((r) => r.expectedActions.includes('sign'));

  const doSign = () =>
    sign.mutate(picked, {
      onSuccess: (d) => {
        setSigned(d);
        setPicked([]);
        setConfirming(false);
      },
      onError: () => setConfirming(false),
    });

  return (
    <>
      <PageHeader title="Ký quyết định khen thưởng">Chọn các hồ sơ đã thẩm định để ký chung một quyết định. Quyết định được cấp số liên tục theo năm của cơ quan ban hành.</PageHeader>
      {signed && (
        <Card style={{ marginBottom: 16 }}>
          <Result
            status="success"
            title={`Đã ký Quyết định số ${signed.number}`}
            subTitle={`Ký lúc ${formatDateTime(signed.signedAt)}, khen thưởng ${signed.nominationIds.length} hồ sơ.`}
            extra={<Button onClick={() => setSigned(null)}>Đóng</Button>}
          />
        </Card>
      )}
      {sign.isError && (
        <MutationError error={sign.error} title="Chưa ký được quyết định; không hồ sơ nào được ký." />
      )}
      {inbox.isError ? (
        <QueryError error={inbox.error} retry={() => void inbox.refetch()} />
      ) : (
        <Card>
          <Space style={{ marginBottom: 12 }} wrap>
            <Button type="primary" icon={<EditOutlined aria-hidden />} disabled={picked.length === 0} onClick={() => setConfirming(true)}>
              {picked.length ? `Ký quyết định (${picked.length} hồ sơ)` : 'Ký quyết định'}
            </Button>
            <Typography.Text type="secondary">{rows.length} hồ sơ đang chờ ký</Typography.Text>
          </Space>
          <Table<InboxItem>
            rowKey="id"
            loading={inbox.isPending}
            dataSource={rows}
            pagination={false}
            rowSelection={{ selectedRowKeys: picked, onChange: (keys) => setPicked(keys as string[]), columnTitle: <span className="ktf-sr-only">Chọn</span>, getCheckboxProps: (r) => ({ 'aria-label': `Chọn ${r.nomineeName}` }) as object }}
            locale={{ emptyText: <Empty description="Không có hồ sơ chờ ký" /> }}
            columns={[
              {
                title: 'Người/tập thể được đề nghị',
                key: 'nominee',
                render: (_, r) => <NomineeCell id={r.id} name={r.nomineeName} subject={r.subject} unitName={names.unit(r.unitId)} />,
              },
              { title: 'Hình thức khen thưởng', key: 'award', render: (_, r) => names.award(r.awardCode) },
              { title: 'Năm', dataIndex: 'year', key: 'year' },
              { title: 'Hạn ký', key: 'due', render: (_, r) => <DueCell dueAt={r.dueAt} overdue={r.overdue} workingDaysLeft={r.workingDaysLeft} /> },
            ]}
          />
        </Card>
      )}
      <Modal
        open={confirming}
        title="Ký quyết định khen thưởng"
        okText={`Ký (${picked.length} hồ sơ)`}
        cancelText="Huỷ"
        confirmLoading={sign.isPending}
        onOk={doSign}
        onCancel={() => !sign.isPending && setConfirming(false)}
      >
        <Typography.Paragraph>
          Ký một quyết định khen thưởng cho <strong>{picked.length}</strong> hồ sơ đã chọn. Nếu một hồ sơ không ký được, không hồ sơ nào được ký.
        </Typography.Paragraph>
        <ul>
          {rows
            .filter((r) => picked.includes(r.id))
            .map((r) => (
              <li key={r.id}>
                {r.nomineeName} — {names.award(r.awardCode)}
              </li>
            ))}
        </ul>
      </Modal>
    </>
  );
}
