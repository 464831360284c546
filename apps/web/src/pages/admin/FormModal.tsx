import { useState, type ReactNode } from 'react';
import { Alert, Form, Modal } from 'antd';
import { applyProblem } from '../../components/form-problems';

interface FormModalProps<V> {
  open: boolean;
  title: string;
  okText: string;
  initialValues?: Partial<V>;
  /** Sends the form; a refusal's reasons are put next to the fields they name. */
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  /** API field names that map to other form fields. */
  fieldMap?: Record<string, (string | number)[]>;
  width?: number;
  children: ReactNode;
}

const FORM_ID = 'ktf-admin-form';

/**
 * An admin's form in a dialog: validated here, judged by the API, closed once it accepts.
 * Each opening mounts a new form (its own instance), so it starts from this opening's
 * initialValues, never from what the last one left behind.
 */
export function FormModal<V extends object>({ open, title, okText, width, onClose, ...form }: FormModalProps<V>) {
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      destroyOnHidden
      okText={okText}
      cancelText="Huỷ"
      confirmLoading={busy}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      onCancel={() => !busy && onClose()}
    >
      {open && <ModalForm<V> {...form} onBusy={setBusy} onDone={onClose} />}
    </Modal>
  );
}

function ModalForm<V extends object>({
  initialValues,
  onSubmit,
  fieldMap,
  children,
  onBusy,
  onDone,
}: Pick<FormModalProps<V>, 'initialValues' | 'onSubmit' | 'fieldMap' | 'children'> & { onBusy: (busy: boolean) => void; onDone: () => void }) {
  const [form] = Form.useForm<V>();
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (values: V) => {
    onBusy(true);
    setProblem(null);
    try {
      await onSubmit(values);
      onDone();
    } catch (e) {
      setProblem(applyProblem(form, e, fieldMap));
    } finally {
      onBusy(false);
    }
  };

  return (
    <>
      <Form<V> id={FORM_ID} form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void submit(v)}>
        {children}
      </Form>
      {problem && <Alert type="error" showIcon role="alert" title={problem} />}
    </>
  );
}
