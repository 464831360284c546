import { useState } from 'react';
import { Button, DatePicker, Form, Modal, Table } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { NominationSummary } from '../../api/model';
import { PATHS } from '../../app/paths';
import { MutationError } from '../../components/MutationError';
import { DueCell, NomineeCell } from '../../components/NominationBits';
import { dayjs, TIME_ZONE } from '../../lib/format';
import { useOpenSession } from '../../queries/council-sessions';
import { nominationQueries } from '../../queries/nominations';
import { useNames } from '../../queries/reference';

/** The secretary picks nominations in council review and, if the meeting sets one, a voting deadline. */
export function OpenSessionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const names = useNames();
  const candidates = useInfiniteQuery({ ...nominationQueries.list({ stage: 'council_review' }), enabled: open });
  const openSession = useOpenSession();
  const [picked, setPicked] = useState<string[]>([]);
  const [deadline, setDeadline] = useState<dayjs.Dayjs | null>(null);
  const rows = candidates.data?.pages.flatMap((p) => p.items) ?? [];

  const submit = () =>
    openSession.mutate(
      { nominationIds: picked, ...(deadline ? { votingDeadline: deadline.tz(TIME_ZONE, true).toISOString() } : {}) },
      {
        onSuccess: (s) => {
          setPicked([]);
          setDeadline(null);
          onClose();
          void navigate(PATHS.councilSession(s.id));
        },
      },
    );

  return (
    <Modal
      open={open}
      width={880}
      destroyOnHidden
      title="Tạo phiên họp Hội đồng"
      okText={`Tạo phiên họp (${picked.length} hồ sơ)`}
      okButtonProps={{ disabled: picked.length === 0 }}
      cancelText="Huỷ"
      confirmLoading={openSession.isPending}
      onOk={submit}
      onCancel={() => !openSession.isPending && onClose()}
    >
      {openSession.isError && (
        <MutationError error={openSession.error} title="Chưa tạo được phiên họp" spacing={12} />
      )}
      <Form layout="vertical">
        <Form.Item label="Hạn biểu quyết (để trống: theo hạn của từng hồ sơ)" htmlFor="session-deadline">
          <DatePicker id="session-deadline" showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" value={deadline} onChange={setDeadline} />
        </Form.Item>
      </Form>
      <Table<NominationSummary>
        rowKey="id"
        size="small"
        loading={candidates.isPending}
        dataSource={rows}
        pagination={false}
        rowSelection={{
          selectedRowKeys: picked,
          onChange: (keys) => setPicked(keys as string[]),
          columnTitle: <span className="ktf-sr-only">Chọn</span>,
          getCheckboxProps: (r) => ({ 'aria-label': `Chọn ${r.nomineeName}` }) as object,
        }}
        columns={[
          { title: 'Người/tập thể được đề nghị', key: 'nominee', render: (_, r) => <NomineeCell id={r.id} name={r.nomineeName} subject={r.subject} unitName={names.unit(r.unitId)} /> },
          { title: 'Hình thức khen thưởng', key: 'award', render: (_, r) => names.award(r.awardCode) },
          { title: 'Hạn xét', key: 'due', render: (_, r) => <DueCell dueAt={r.dueAt} overdue={r.overdue} /> },
        ]}
      />
      {candidates.hasNextPage && (
        <Button style={{ marginTop: 8 }} onClick={() => void candidates.fetchNextPage()} loading={candidates.isFetchingNextPage}>
          Tải thêm
        </Button>
      )}
    </Modal>
  );
}
