import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Form, type FormInstance, Input, Select, Typography } from 'antd';
import type { Nomination, ReassignBody } from '../../../api/model';
import { useSession } from '../../../auth/session';
import { nominationQueries } from '../../../queries/nominations';
import { userQueries } from '../../../queries/reference';

const NOBODY = 'Không có người đủ điều kiện nhận';

/** Who may take each task over (the API's rule, reassignment.ts), said when nobody may now. */
const WHO_MAY_TAKE: Record<ReassignBody['task'], string> = {
  council_vote:
    'Phiếu biểu quyết chỉ chuyển được cho thành viên khác của cùng Hội đồng, chưa giữ phiếu trên hồ sơ này, không thuộc đơn vị đề nghị (với Hội đồng tỉnh) và chưa tham gia hồ sơ ở vai trò khác. Quản trị viên có thể bổ sung thành viên Hội đồng.',
  appraisal: 'Việc thẩm định chỉ chuyển được cho chuyên viên thẩm định khác chưa tham gia hồ sơ này ở vai trò khác.',
};

/** The task a reassignment passes on is the pending one of the stage: a vote, or the appraisal. */
export const reassignTaskOf = (n: Nomination): ReassignBody['task'] => (n.stage === 'council_review' ? 'council_vote' : 'appraisal');

/**
 * Chuyển xử lý: who holds the task now (the signed-in holder themself, or, for an admin, any
 * holder) and who takes it over, from the API's own list of eligible people (same council,
 * not seated or recused, no other duty on this nomination), so a pick is never refused.
 */
export function ReassignFields({ nomination, form }: { nomination: Nomination; form: FormInstance }) {
  const me = useSession()?.user.id;
  const task = reassignTaskOf(nomination);
  const people = useQuery(userQueries.list({ role: task === 'council_vote' ? 'council_member' : 'appraiser' }));
  const eligible = useQuery(nominationQueries.reassignmentCandidates(nomination.id, task));
  const name = new Map((people.data ?? []).map((u) => [u.id, u.fullName]));
  const council = nomination.council;
  const holders =
    task === 'council_vote'
      ? (council?.memberIds ?? []).filter((id) => !council?.votedMemberIds.includes(id) && !council?.recusedMemberIds.includes(id))
      : nomination.appraiserId
        ? [nomination.appraiserId]
        : (people.data ?? []).filter((u) => u.active).map((u) => u.id);
  const holdsIt = !!me && holders.includes(me);
  const from = Form.useWatch('from', form) as string | undefined;
  // The holder passes on their own task; when only one person holds it, it is theirs to pass on.
  const only = holdsIt ? me : holders.length === 1 ? holders[0] : undefined;
  useEffect(() => {
    if (only) form.setFieldValue('from', only);
  }, [only, form]);
  const candidates = (eligible.data ?? []).filter((u) => u.id !== from);
  const nobody = eligible.isSuccess && candidates.length === 0;

  return (
    <>
      <Typography.Paragraph>
        {task === 'council_vote' ? 'Chuyển phiếu biểu quyết chưa thực hiện cho thành viên khác của Hội đồng.' : 'Chuyển việc thẩm định hồ sơ cho chuyên viên thẩm định khác.'}
      </Typography.Paragraph>
      <Form.Item name="from" label="Người đang xử lý" rules={[{ required: true, message: 'Chọn người đang xử lý' }]}>
        <Select
          aria-label="Người đang xử lý"
          disabled={holdsIt}
          loading={people.isLoading}
          options={holders.map((id) => ({ value: id, label: name.get(id) ?? id }))}
        />
      </Form.Item>
      <Form.Item name="to" label="Chuyển cho" rules={[{ required: true, message: nobody ? NOBODY : 'Chọn người nhận xử lý' }]}>
        <Select
          aria-label="Chuyển cho"
          showSearch
          optionFilterProp="label"
          loading={eligible.isLoading}
          disabled={nobody}
          placeholder={nobody ? NOBODY : undefined}
          options={candidates.map((u) => ({ value: u.id, label: u.fullName }))}
        />
      </Form.Item>
      {nobody && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={NOBODY} description={WHO_MAY_TAKE[task]} />}
      <Form.Item name="reason" label="Lý do chuyển xử lý" rules={[{ required: true, whitespace: true, message: 'Nêu lý do' }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </>
  );
}
