import { Suspense, useMemo } from 'react';
import { Badge, Button, Layout, Menu, Space, Spin, Tooltip, Typography } from 'antd';
import { BellOutlined, LogoutOutlined, TrophyOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { useSession } from '../../auth/session';
import { ROLE_LABELS } from '../../lib/labels';
import { notificationQueries } from '../../queries/notifications';
import { useLogout } from '../../queries/auth';
import { accessFor } from '../access';
import { PATHS } from '../paths';
import { PAGES } from '../routes';
import './layout.css';

const { Header, Sider, Content } = Layout;

/** The frame around every page: the menu the person's roles allow, who is signed in, notices. */
export function AppLayout() {
  const session = useSession();
  const access = accessFor(session?.user ?? null);
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const logout = useLogout();
  const notices = useInfiniteQuery({ ...notificationQueries.list(), enabled: access.notifications });
  const unread = notices.data?.pages[0]?.items.filter((n) => !n.read).length ?? 0;

  const items = useMemo(
    () => PAGES.filter((p) => p.menu && access[p.permission]).map((p) => ({ key: p.path, icon: p.menu!.icon, label: <Link to={p.path}>{p.menu!.label}</Link> })),
    [access],
  );
  // The longest menu path the location starts with (so /app/ho-so/<id> lights "Hồ sơ đề nghị").
  const selected = items.map((i) => i.key).filter((k) => location.pathname === k || location.pathname.startsWith(`${k}/`)).sort((a, b) => b.length - a.length)[0];

  if (!session) return null;
  const { user } = session;
  return (
    <Layout className="ktf-shell">
      <a className="ktf-skip" href="#ktf-main">
        Bỏ qua menu, đến nội dung chính
      </a>
      <Header className="ktf-header">
        <Link to={PATHS.home} className="ktf-brand" aria-label="Khen Thưởng Flow — trang chính">
          <TrophyOutlined aria-hidden /> <span>Khen Thưởng Flow</span>
        </Link>
        <Space size="middle" className="ktf-user">
          <Tooltip title="Thông báo">
            <Link to={PATHS.notifications} aria-label={unread ? `Thông báo, ${unread} chưa đọc` : 'Thông báo'}>
              <Badge count={unread} size="small">
                <BellOutlined className="ktf-bell" aria-hidden />
              </Badge>
            </Link>
          </Tooltip>
          <div className="ktf-who">
            <Typography.Text strong>{user.fullName}</Typography.Text>
            <Typography.Text type="secondary" className="ktf-roles">
              {user.roles.map((r) => ROLE_LABELS[r]).join(', ')}
              {user.unitName ? ` · ${user.unitName}` : ''}
            </Typography.Text>
          </div>
          <Button icon={<LogoutOutlined />} onClick={() => logout.mutate(undefined, { onSettled: () => void navigate(PATHS.login) })}>
            Đăng xuất
          </Button>
        </Space>
      </Header>
      <Layout>
        <Sider width={232} breakpoint="lg" collapsedWidth={0} className="ktf-sider">
          <nav aria-label="Chức năng">
            <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} />
          </nav>
        </Sider>
        <Content id="ktf-main" className="ktf-content" tabIndex={-1}>
          <main>
            <Spin spinning={navigation.state === 'loading'} delay={200}>
              <Suspense fallback={<Spin />}>
                <Outlet />
              </Suspense>
            </Spin>
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
