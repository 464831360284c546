import { Alert, Button } from 'antd';
import { isProblem } from '../api/problem';

/** A failed read, with its reason and a retry. */
export function QueryError({ error, retry }: { error: unknown; retry?: () => void }) {
  const title = isProblem(error) ? error.summary : 'Không tải được dữ liệu';
  const detail = isProblem(error) ? error.message : 'Kiểm tra kết nối mạng rồi thử lại.';
  return <Alert type="error" showIcon title={title} description={detail} action={retry && <Button onClick={retry}>Thử lại</Button>} />;
}
