import { Alert } from 'antd';
import { isProblem } from '../api/problem';

/** A refused or failed action: what was not done (title) and the API's reason, or the network's. */
export function MutationError({ error, title, spacing = 16 }: { error: unknown; title: string; spacing?: number }) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: spacing }}
      title={title}
      description={isProblem(error) ? `${error.summary}: ${error.message}` : 'Không kết nối được máy chủ.'}
    />
  );
}
