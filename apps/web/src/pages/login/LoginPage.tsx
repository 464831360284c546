import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, TrophyOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isProblem } from '../../api/problem';
import { accessFor } from '../../app/access';
import { homeOf } from '../../app/routes';
import { useSession } from '../../auth/session';
import { useLogin } from '../../queries/auth';
import './login.css';

interface Credentials {
  username: string;
  password: string;
}

function messageOf(error: unknown): string {
  if (isProblem(error, 401)) return 'Tên đăng nhập hoặc mật khẩu không đúng.';
  if (isProblem(error, 429)) {
    const wait = error.retryAfterSeconds;
    return `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${wait ? `${wait} giây` : 'ít phút'}.`;
  }
  if (isProblem(error, 404)) return 'Máy chủ chưa bật đăng nhập bằng mật khẩu.';
  if (isProblem(error)) return `${error.summary}.`;
  return 'Không kết nối được máy chủ. Vui lòng thử lại.';
}

/** Sign-in: POST /auth/login; afterwards back to the page that asked, or the person's home. */
export default function LoginPage() {
  const session = useSession();
  const login = useLogin();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const [submitted, setSubmitted] = useState(false);

  if (session && !submitted) return <Navigate to={from ?? homeOf(accessFor(session.user))} replace />;

  const onFinish = (values: Credentials) => {
    setSubmitted(true);
    login.mutate(values, { onSuccess: (res) => void navigate(from ?? homeOf(accessFor(res.user)), { replace: true }) });
  };

  return (
    <main className="ktf-login">
      <Card className="ktf-login-card">
        <div className="ktf-login-brand">
          <TrophyOutlined aria-hidden />
          <Typography.Title level={1}>Khen Thưởng Flow</Typography.Title>
          <Typography.Text type="secondary">Hệ thống xét duyệt hồ sơ thi đua, khen thưởng</Typography.Text>
        </div>
        <Form<Credentials> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={login.isPending}>
          <Form.Item label="Tên đăng nhập" name="username" rules={[{ required: true, message: 'Nhập tên đăng nhập' }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Nhập mật khẩu' }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          {login.isError && <Alert type="error" showIcon role="alert" title={messageOf(login.error)} className="ktf-login-error" />}
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            Đăng nhập
          </Button>
        </Form>
      </Card>
    </main>
  );
}
