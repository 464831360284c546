import { Steps } from 'antd';
import type { HistoryEvent, Nomination, StageKind } from '../../../api/model';
import { STATUS_LABELS } from '../../../lib/labels';

const STEPS: { stages: StageKind[]; title: string }[] = [
  { stages: ['unit_proposal'], title: 'Đơn vị đề nghị' },
  { stages: ['council_review'], title: 'Hội đồng TĐKT' },
  { stages: ['appraisal', 'supplement'], title: 'Sở Nội vụ thẩm định' },
  { stages: ['signing'], title: 'Ký quyết định' },
];
const CENTRAL = { stages: ['external_decision'] as StageKind[], title: 'Quyết định Trung ương' };

const stepOf = (steps: typeof STEPS, stage: StageKind | null) => (stage ? steps.findIndex((s) => s.stages.includes(stage)) : -1);

/** The last stage a closed nomination was in, from its history. */
function lastStage(history: HistoryEvent[] | undefined): StageKind | null {
  for (const e of [...(history ?? [])].reverse()) {
    // The history document types stages as text; they are stage kinds.
    if (e.stageBefore) return e.stageBefore as StageKind;
    if (e.stageAfter) return e.stageAfter as StageKind;
  }
  return null;
}

/** Where the nomination is: Đơn vị đề nghị → Hội đồng TĐKT → Sở Nội vụ thẩm định → Ký quyết định. */
export function StageSteps({ nomination: n, history, central }: { nomination: Nomination; history?: HistoryEvent[]; central: boolean }) {
  const steps = central || n.stage === 'external_decision' ? [...STEPS, CENTRAL] : STEPS;
  let current = 0;
  let status: 'process' | 'finish' | 'error' | 'wait' = 'process';
  if (n.status === 'draft') current = 0;
  else if (n.status === 'in_progress') current = Math.max(0, stepOf(steps, n.stage));
  else if (n.status === 'awarded') {
    current = steps.length - 1;
    status = 'finish';
  } else {
    current = Math.max(0, stepOf(steps, lastStage(history)));
    status = 'error';
  }
  const description = (i: number) => {
    if (i !== current) return undefined;
    if (n.status === 'draft') return 'Bản nháp, chưa gửi';
    if (n.stage === 'supplement') return 'Đang chờ đơn vị bổ sung hồ sơ';
    if (status === 'error') return STATUS_LABELS[n.status];
    if (status === 'finish') return STATUS_LABELS.awarded;
    return 'Đang xử lý';
  };
  return (
    <Steps
      current={current}
      status={status}
      responsive
      aria-label="Các bước xét duyệt"
      items={steps.map((s, i) => ({ title: s.title, content: description(i) }))}
    />
  );
}
