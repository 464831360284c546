import { useState } from 'react';
import { App, Button, Card, Empty, Modal, Space, Typography } from 'antd';
import type { CheckResult, Nomination } from '../../../api/model';
import { ACTION_LABELS } from '../../../lib/labels';
import { ActionForm, type FormAction, isFormAction } from './ActionForms';

const DANGER = new Set<FormAction>(['withdraw', 'return']);
/** Passing the task to someone else is beside the task, not the next step: not a primary button. */
const ASIDE = new Set<FormAction>(['reassign']);

/**
 * The buttons are exactly the API's `allowedActions` for this person now. The council
 * secretary's actions are done in a council session, so they are named, not offered here.
 */
export function ActionPanel({ nomination, checks }: { nomination: Nomination; checks?: CheckResult[] }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<FormAction | null>(null);
  const [busy, setBusy] = useState(false);
  const forms = nomination.allowedActions.filter(isFormAction);
  const elsewhere = nomination.allowedActions.filter((a) => !isFormAction(a));

  return (
    <Card title="Thao tác" size="small">
      {nomination.allowedActions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Bạn không có thao tác nào với hồ sơ này ở bước hiện tại" />
      ) : (
        <Space wrap>
          {forms.map((a) => (
            <Button key={a} type={DANGER.has(a) || ASIDE.has(a) ? 'default' : 'primary'} danger={DANGER.has(a)} onClick={() => setOpen(a)}>
              {ACTION_LABELS[a]}
            </Button>
          ))}
        </Space>
      )}
      {elsewhere.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          Thực hiện trong phiên họp Hội đồng: {elsewhere.map((a) => ACTION_LABELS[a]).join(', ')}.
        </Typography.Paragraph>
      )}
      <Modal
        open={open !== null}
        title={open ? ACTION_LABELS[open] : ''}
        onCancel={() => !busy && setOpen(null)}
        destroyOnHidden
        okText={open ? ACTION_LABELS[open] : 'Xác nhận'}
        cancelText="Huỷ"
        okButtonProps={{ htmlType: 'submit', form: 'ktf-action-form', loading: busy, danger: open ? DANGER.has(open) : false }}
      >
        {open && (
          <ActionForm
            formId="ktf-action-form"
            nomination={nomination}
            action={open}
            checks={checks}
            onBusy={setBusy}
            onDone={(text) => {
              setOpen(null);
              void message.success(text);
            }}
          />
        )}
      </Modal>
    </Card>
  );
}
