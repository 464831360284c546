import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Flex, Modal, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { VoteChoice } from '../../api/model';
import { useAccess } from '../../app/access';
import { PATHS } from '../../app/paths';
import { useSession } from '../../auth/session';
import { MutationError } from '../../components/MutationError';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { StatusTag } from '../../components/NominationBits';
import { formatDateTime } from '../../lib/format';
import { VOTE_LABELS } from '../../lib/labels';
import { councilSessionQueries, useCastBallots, useCloseSession, type SessionItem } from '../../queries/council-sessions';
import { AbsentOpinionModal } from './AbsentOpinionModal';
import { BallotCell, ballotStateOf } from './BallotCell';
import { TallyCell } from './TallyCell';

const CHOICES: VoteChoice[] = ['agree', 'disagree', 'abstain'];

/**
 * One session's agenda. A member marks a choice per nomination, or one choice for all at once,
 * and sends the ballots together; recused items are closed to them with the reason. How anyone
 * voted is never shown (the API never returns it). The secretary records written opinions of
 * absent members, closes the session and reads each tally.
 */
export default function SessionPage() {
  const { id = '' } = useParams();
  const user = useSession()?.user ?? null;
  const access = useAccess();
  const session = useQuery(councilSessionQueries.detail(id));
  const cast = useCastBallots(id);
  const close = useCloseSession(id);
  const [choices, setChoices] = useState<Record<string, VoteChoice>>({});
  const [recording, setRecording] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);

  if (session.isError) return <QueryError error={session.error} retry={() => void session.refetch()} />;
  const s = session.data;
  const items = s?.nominations ?? [];
  const votable = items.filter((n) => ballotStateOf(n, user?.id) === 'open');
  const marked = votable.filter((n) => choices[n.nominationId]);
  const isOpen = s?.status === 'open';

  const markAll = (choice: VoteChoice) => setChoices(Object.fromEntries(votable.map((n) => [n.nominationId, choice])));
  const send = () =>
    cast.mutate(
      marked.map((n) => ({ nominationId: n.nominationId, choice: choices[n.nominationId] })),
      { onSuccess: () => setChoices({}) },
    );

  return (
    <>
      <PageHeader title="Phiên họp Hội đồng TĐKT">
        {s && `Lập lúc ${formatDateTime(s.createdAt)} · ${items.length} hồ sơ`}
      </PageHeader>
      {s && (
        <Card style={{ marginBottom: 16 }}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'status', label: 'Trạng thái', children: isOpen ? <Tag color="processing">Đang biểu quyết</Tag> : <Tag>Đã kết thúc</Tag> },
              { key: 'deadline', label: 'Hạn biểu quyết', children: formatDateTime(s.votingDeadline) },
              { key: 'closed', label: 'Kết thúc lúc', children: formatDateTime(s.closedAt) },
            ]}
          />
        </Card>
      )}
      {[cast, close].map((m, i) =>
        m.isError ? (
          <MutationError key={i} error={m.error} title={i === 0 ? 'Chưa gửi được phiếu biểu quyết' : 'Chưa kết thúc được phiên họp'} />
        ) : null,
      )}
      {cast.isSuccess && !cast.isPending && marked.length === 0 && (
        <Alert type="success" showIcon role="status" style={{ marginBottom: 16 }} title="Đã ghi nhận phiếu biểu quyết." />
      )}
      <Card>
        {isOpen && votable.length > 0 && (
          <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
            <Typography.Text strong>Chọn cho tất cả hồ sơ:</Typography.Text>
            {CHOICES.map((c) => (
              <Button key={c} onClick={() => markAll(c)}>
                {VOTE_LABELS[c]} tất cả
              </Button>
            ))}
            <Button type="primary" disabled={marked.length === 0} loading={cast.isPending} onClick={send}>
              {`Gửi phiếu (${marked.length}/${votable.length} hồ sơ)`}
            </Button>
          </Flex>
        )}
        {access.councilSessionManage && isOpen && (
          <Space style={{ marginBottom: 12 }} wrap>
            <Button onClick={() => setRecording(true)}>Ghi ý kiến bằng văn bản</Button>
            <Button danger onClick={() => setConfirmClose(true)}>
              Kết thúc biểu quyết
            </Button>
          </Space>
        )}
        <Table<SessionItem>
          rowKey="nominationId"
          loading={session.isPending}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: <Empty description="Phiên họp không có hồ sơ" /> }}
          columns={[
            { title: 'Người/tập thể được đề nghị', key: 'nominee', render: (_, n) => <Link to={PATHS.nomination(n.nominationId)}>{n.nomineeName}</Link> },
            { title: 'Bước', key: 'stage', render: (_, n) => <StatusTag status={n.status} stage={n.stage} /> },
            {
              title: 'Tiến độ biểu quyết',
              key: 'progress',
              render: (_, n) => (n.council ? `${n.council.votedMemberIds.length}/${n.council.members - n.council.recused} thành viên` : '—'),
            },
            {
              title: 'Phiếu của bạn',
              key: 'ballot',
              render: (_, n) => (
                <BallotCell item={n} userId={user?.id} choice={choices[n.nominationId]} onChoose={(c) => setChoices((prev) => ({ ...prev, [n.nominationId]: c }))} />
              ),
            },
            { title: 'Kết quả', key: 'tally', render: (_, n) => <TallyCell tally={n.tally} /> },
          ]}
        />
      </Card>
      {access.councilSessionManage && s && <AbsentOpinionModal open={recording} session={s} onClose={() => setRecording(false)} />}
      <Modal
        open={confirmClose}
        title="Kết thúc biểu quyết"
        okText="Kết thúc và kiểm phiếu"
        okButtonProps={{ danger: true }}
        cancelText="Huỷ"
        confirmLoading={close.isPending}
        onOk={() => close.mutate(undefined, { onSettled: () => setConfirmClose(false) })}
        onCancel={() => !close.isPending && setConfirmClose(false)}
      >
        Mọi hồ sơ còn ở bước Hội đồng xét được kiểm phiếu theo các phiếu đã có; không thể biểu quyết thêm sau đó.
      </Modal>
    </>
  );
}
