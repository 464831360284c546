import { Radio, Tag, Typography } from 'antd';
import type { VoteChoice } from '../../api/model';
import { VOTE_LABELS } from '../../lib/labels';
import type { SessionItem } from '../../queries/council-sessions';

export type BallotState = 'open' | 'voted' | 'recused' | 'none';

/** Where the signed-in member stands on one agenda item; the API's allowedActions decides `open`. */
export function ballotStateOf(item: SessionItem, userId: string | undefined): BallotState {
  if (!userId) return 'none';
  if (item.allowedActions.includes('vote')) return 'open';
  if (item.council?.recusedMemberIds.includes(userId)) return 'recused';
  if (item.council?.votedMemberIds.includes(userId)) return 'voted';
  return 'none';
}

/** The three choices of a ballot, as radio options. */
export const VOTE_OPTIONS = (['agree', 'disagree', 'abstain'] as const).map((c) => ({ value: c, label: VOTE_LABELS[c] }));

/** The member's choice on one item, or why there is none to make. Never how anyone voted. */
export function BallotCell({ item, userId, choice, onChoose }: { item: SessionItem; userId: string | undefined; choice?: VoteChoice; onChoose: (c: VoteChoice) => void }) {
  const state = ballotStateOf(item, userId);
  if (state === 'voted') return <Tag color="success">Đã biểu quyết</Tag>;
  if (state === 'recused')
    return (
      <div>
        <Radio.Group disabled aria-label={`Biểu quyết hồ sơ ${item.nomineeName}`} options={VOTE_OPTIONS} />
        <Typography.Text type="secondary">Không biểu quyết: bạn thuộc đơn vị đề nghị khen thưởng hồ sơ này.</Typography.Text>
      </div>
    );
  if (state === 'none') return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Radio.Group
      aria-label={`Biểu quyết hồ sơ ${item.nomineeName}`}
      value={choice}
      onChange={(e) => onChoose(e.target.value as VoteChoice)}
      options={VOTE_OPTIONS}
    />
  );
}
