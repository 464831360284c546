import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { CheckResult, Nomination, NominationAction } from '../../../api/model';
import { isProblem } from '../../../api/problem';
import { applyProblem } from '../../../components/form-problems';
import { VOTE_LABELS } from '../../../lib/labels';
import { useSignDecision } from '../../../queries/decisions';
import { nominationQueries, type NominationCommand, useNominationCommand } from '../../../queries/nominations';
import { ReassignFields, reassignTaskOf } from './ReassignFields';
import { lastSupplementRequest, SupplementRequest } from './SupplementRequest';

/** The actions the console carries out on the nomination page (the council-session ones live in the session). */
export const FORM_ACTIONS = ['submit', 'vote', 'appraise', 'supplement', 'sign', 'return', 'withdraw', 'record_external_decision', 'extend_deadline', 'reassign'] as const;
export type FormAction = (typeof FORM_ACTIONS)[number];
export const isFormAction = (a: NominationAction): a is FormAction => (FORM_ACTIONS as readonly string[]).includes(a);

export interface ActionFormProps {
  nomination: Nomination;
  action: FormAction;
  checks?: CheckResult[];
  /** Called with a message once the API accepted the action. */
  onDone: (message: string) => void;
  formId: string;
  onBusy: (busy: boolean) => void;
}

type Values = {
  choice?: 'agree' | 'disagree' | 'abstain';
  decision?: 'approve' | 'supplement' | 'reject';
  reason?: string;
  items?: string[];
  override?: string;
  note?: string;
  comment?: string;
  outcome?: 'awarded' | 'refused';
  decisionNumber?: string;
  extendByWorkingDays?: number;
  from?: string;
  to?: string;
};

const DONE: Record<FormAction, string> = {
  submit: 'Đã gửi hồ sơ đề nghị.',
  vote: 'Đã ghi nhận phiếu biểu quyết.',
  appraise: 'Đã ghi nhận kết quả thẩm định.',
  supplement: 'Đã gửi hồ sơ bổ sung.',
  sign: 'Đã ký quyết định.',
  return: 'Đã trả lại để thẩm định lại.',
  withdraw: 'Đã rút hồ sơ đề nghị.',
  record_external_decision: 'Đã ghi nhận quyết định của Trung ương.',
  extend_deadline: 'Đã gia hạn xử lý.',
  reassign: 'Đã chuyển xử lý.',
};

function commandOf(action: FormAction, v: Values, n: Nomination): NominationCommand | null {
  switch (action) {
    case 'submit':
      return { action };
    case 'vote':
      return { action, choice: v.choice! };
    case 'appraise':
      return { action, body: { decision: v.decision!, reason: v.reason || undefined, items: v.items?.length ? v.items : undefined, override: v.override || undefined } };
    case 'supplement':
      return { action, note: v.note || undefined };
    case 'withdraw':
      return { action, reason: v.reason || undefined };
    case 'return':
      return { action, comment: v.comment! };
    case 'record_external_decision':
      return { action, body: { outcome: v.outcome!, decisionNumber: v.decisionNumber || undefined, reason: v.reason || undefined } };
    case 'extend_deadline':
      return { action, body: { extendByWorkingDays: v.extendByWorkingDays, reason: v.reason! } };
    case 'reassign':
      return { action, body: { task: reassignTaskOf(n), from: v.from!, to: v.to!, reason: v.reason! } };
    case 'sign':
      return null;
  }
}

const required = (message: string) => [{ required: true, whitespace: true, message }];

/** The form of one action; its submit button lives in the modal footer (form={formId}). */
export function ActionForm({ nomination, action, checks, onDone, formId, onBusy }: ActionFormProps) {
  const [form] = Form.useForm<Values>();
  const command = useNominationCommand(nomination.id);
  const sign = useSignDecision();
  const [problem, setProblem] = useState<string | null>(null);
  const [needsOverride, setNeedsOverride] = useState(false);
  const decision = Form.useWatch('decision', form);
  const failed = (checks ?? []).filter((c) => !c.ok);
  // The appraiser's items, next to the answer (the page has the history cached).
  const history = useQuery({ ...nominationQueries.history(nomination.id), enabled: action === 'supplement' });
  const supplementRequest = lastSupplementRequest(history.data);

  const onFinish = async (v: Values) => {
    setProblem(null);
    onBusy(true);
    try {
      if (action === 'sign') {
        const d = await sign.mutateAsync([nomination.id]);
        onDone(`Đã ký quyết định số ${d.number}.`);
      } else {
        await command.mutateAsync(commandOf(action, v, nomination)!);
        onDone(DONE[action]);
      }
    } catch (e) {
      if (isProblem(e, 422) && e.problem.failedChecks?.length) setNeedsOverride(true);
      setProblem(applyProblem(form, e, { note: ['note'] }));
    } finally {
      onBusy(false);
    }
  };

  return (
    <Form<Values> id={formId} form={form} layout="vertical" onFinish={(v) => void onFinish(v)} initialValues={{ decision: 'approve', choice: undefined }}>
      {action === 'submit' && <Typography.Paragraph>Gửi hồ sơ đề nghị lên bước tiếp theo. Sau khi gửi, nội dung không sửa được nữa.</Typography.Paragraph>}
      {action === 'sign' && (
        <Typography.Paragraph>
          Ký một quyết định khen thưởng cho hồ sơ này. Quyết định được cấp số theo thứ tự của cơ quan ban hành. Để ký nhiều hồ sơ trong một quyết định, dùng trang “Ký quyết định”.
        </Typography.Paragraph>
      )}
      {action === 'vote' && (
        <Form.Item name="choice" label="Ý kiến biểu quyết" rules={[{ required: true, message: 'Chọn một ý kiến' }]}>
          <Radio.Group options={(['agree', 'disagree', 'abstain'] as const).map((c) => ({ value: c, label: VOTE_LABELS[c] }))} />
        </Form.Item>
      )}
      {action === 'appraise' && (
        <>
          {failed.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title="Kết quả kiểm tra của hệ thống chưa đạt"
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {failed.map((c) => (
                    <li key={c.code}>{c.message}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Form.Item name="decision" label="Kết quả thẩm định" rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'approve', label: 'Đủ điều kiện, trình ký' },
                { value: 'supplement', label: 'Yêu cầu bổ sung hồ sơ' },
                { value: 'reject', label: 'Không đủ điều kiện' },
              ]}
            />
          </Form.Item>
          <Form.Item name="reason" label="Lý do, nhận xét" rules={decision === 'approve' ? [] : required('Nêu lý do')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          {decision === 'supplement' && (
            <Form.Item name="items" label="Nội dung cần bổ sung" extra="Gõ từng nội dung rồi nhấn Enter.">
              <Select mode="tags" open={false} aria-label="Nội dung cần bổ sung" />
            </Form.Item>
          )}
          {decision === 'approve' && (failed.length > 0 || needsOverride) && (
            <Form.Item name="override" label="Lý do vẫn trình ký dù kiểm tra chưa đạt (được ghi vào nhật ký kiểm toán)" rules={required('Cần nêu lý do vượt kiểm tra')}>
              <Input.TextArea rows={2} maxLength={4000} />
            </Form.Item>
          )}
        </>
      )}
      {action === 'supplement' && supplementRequest && <SupplementRequest request={supplementRequest} />}
      {action === 'supplement' && (
        <Form.Item name="note" label="Ghi chú về nội dung đã bổ sung" style={{ marginTop: 12 }} extra="Tải tài liệu bổ sung lên ở mục “Hồ sơ, tài liệu” trước khi gửi.">
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      )}
      {action === 'withdraw' && (
        <Form.Item name="reason" label="Lý do rút hồ sơ" rules={required('Nêu lý do rút hồ sơ')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      )}
      {action === 'return' && (
        <Form.Item name="comment" label="Ý kiến khi trả lại" rules={required('Nêu ý kiến')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      )}
      {action === 'record_external_decision' && (
        <>
          <Form.Item name="outcome" label="Kết quả" rules={[{ required: true, message: 'Chọn kết quả' }]}>
            <Radio.Group options={[{ value: 'awarded', label: 'Được khen thưởng' }, { value: 'refused', label: 'Không được khen thưởng' }]} />
          </Form.Item>
          <Form.Item name="decisionNumber" label="Số quyết định">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="reason" label="Ghi chú">
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
        </>
      )}
      {action === 'extend_deadline' && (
        <>
          <Form.Item name="extendByWorkingDays" label="Gia hạn thêm (ngày làm việc)" rules={[{ required: true, message: 'Nhập số ngày' }]}>
            <InputNumber min={1} max={250} />
          </Form.Item>
          <Form.Item name="reason" label="Lý do gia hạn" rules={required('Nêu lý do')}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
        </>
      )}
      {action === 'reassign' && <ReassignFields nomination={nomination} form={form} />}
      {problem && <Alert type="error" showIcon role="alert" title={problem} />}
    </Form>
  );
}
