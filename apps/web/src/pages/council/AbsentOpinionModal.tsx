import { useState } from 'react';
import { Form, Modal, Radio, Select, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { VoteChoice } from '../../api/model';
import { MutationError } from '../../components/MutationError';
import { useRecordAbsentOpinion, type CouncilSession, type SessionItem } from '../../queries/council-sessions';
import { userQueries } from '../../queries/reference';
import { VOTE_OPTIONS } from './BallotCell';

/**
 * The secretary records an absent member's written opinion (ý kiến bằng văn bản) on the items
 * still in council review that the member has not voted on and is not recused from.
 */
export function AbsentOpinionModal({ open, session, onClose }: { open: boolean; session: CouncilSession; onClose: () => void }) {
  const members = useQuery({ ...userQueries.list({ role: 'council_member' }), enabled: open });
  const record = useRecordAbsentOpinion(session.id);
  const [memberId, setMemberId] = useState<string>();
  const [choices, setChoices] = useState<Record<string, VoteChoice>>({});
  const pending = (item: SessionItem) =>
    !!memberId && item.stage === 'council_review' && !item.council?.votedMemberIds.includes(memberId) && !item.council?.recusedMemberIds.includes(memberId);
  const rows = session.nominations.filter(pending);
  const votes = rows.filter((n) => choices[n.nominationId]).map((n) => ({ nominationId: n.nominationId, choice: choices[n.nominationId] }));

  const reset = () => {
    setMemberId(undefined);
    setChoices({});
    record.reset();
  };
  const submit = () =>
    memberId &&
    record.mutate(
      { memberId, votes },
      {
        onSuccess: () => {
          reset();
          onClose();
        },
      },
    );

  return (
    <Modal
      open={open}
      width={760}
      destroyOnHidden
      title="Ghi ý kiến bằng văn bản của thành viên vắng mặt"
      okText={`Ghi nhận (${votes.length} hồ sơ)`}
      okButtonProps={{ disabled: votes.length === 0 }}
      cancelText="Huỷ"
      confirmLoading={record.isPending}
      onOk={submit}
      onCancel={() => {
        if (record.isPending) return;
        reset();
        onClose();
      }}
    >
      {record.isError && (
        <MutationError error={record.error} title="Chưa ghi nhận được ý kiến" spacing={12} />
      )}
      <Form layout="vertical">
        <Form.Item label="Thành viên vắng mặt" htmlFor="absent-member">
          <Select
            id="absent-member"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Chọn thành viên"
            loading={members.isPending}
            value={memberId}
            onChange={(v: string) => {
              setMemberId(v);
              setChoices({});
            }}
            options={(members.data ?? []).map((u) => ({ value: u.id, label: u.fullName }))}
          />
        </Form.Item>
      </Form>
      {memberId && (
        <Table<SessionItem>
          rowKey="nominationId"
          size="small"
          pagination={false}
          dataSource={rows}
          locale={{ emptyText: 'Thành viên này không còn hồ sơ nào cần ý kiến' }}
          columns={[
            { title: 'Hồ sơ', dataIndex: 'nomineeName', key: 'name' },
            {
              title: 'Ý kiến',
              key: 'choice',
              render: (_, n) => (
                <Radio.Group
                  aria-label={`Ý kiến về hồ sơ ${n.nomineeName}`}
                  value={choices[n.nominationId]}
                  onChange={(e) => setChoices((prev) => ({ ...prev, [n.nominationId]: e.target.value as VoteChoice }))}
                  options={VOTE_OPTIONS}
                />
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}
