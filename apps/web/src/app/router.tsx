import type { ComponentType } from 'react';
import { Button, Result } from 'antd';
import { createBrowserRouter, Link, Navigate, Outlet, useLocation, useRouteError } from 'react-router';
import { getSession, useSession } from '../auth/session';
import { accessFor, type Permission } from './access';
import { AppLayout } from './layout/AppLayout';
import { PATHS } from './paths';
import { homeOf, PAGES } from './routes';

/** Pages need a session; without one, the sign-in page (which comes back here afterwards). */
function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to={PATHS.login} replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <AppLayout />;
}

function Home() {
  const session = useSession();
  return <Navigate to={homeOf(accessFor(session?.user ?? null))} replace />;
}

/** A page shows only when access.ts allows it; otherwise a plain refusal (the menu never links there). */
function allowed(permission: Permission, Page: ComponentType): ComponentType {
  return function Allowed() {
    const session = useSession();
    if (!accessFor(session?.user ?? null)[permission]) {
      return <Result status="403" title="Không có quyền truy cập" subTitle="Vai trò của bạn không dùng trang này." extra={<Link to={PATHS.home}>Về trang chính</Link>} />;
    }
    return <Page />;
  };
}

function NotFound() {
  return <Result status="404" title="Không tìm thấy trang" extra={<Link to={PATHS.home}>Về trang chính</Link>} />;
}

function RouteError() {
  const error = useRouteError();
  return (
    <Result
      status="error"
      title="Không tải được trang"
      subTitle={error instanceof Error ? error.message : 'Vui lòng tải lại trang.'}
      extra={<Button onClick={() => location.reload()}>Tải lại</Button>}
    />
  );
}

export const router = createBrowserRouter([
  { path: '/', element: <Navigate to={PATHS.home} replace /> },
  { path: PATHS.login, lazy: async () => ({ Component: (await import('../pages/login/LoginPage')).default }), errorElement: <RouteError /> },
  {
    path: PATHS.home,
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Home /> },
      ...PAGES.map((page) => ({
        path: page.path,
        lazy: async () => ({ Component: allowed(page.permission, (await page.load()).default) }),
        // Runs alongside `lazy`: the page's first request and its code download at once. Not awaited,
        // so the page shows (with its loading state) as soon as its code is in.
        loader: page.prefetch
          ? () => {
              if (accessFor(getSession()?.user ?? null)[page.permission]) void page.prefetch?.();
              return null;
            }
          : undefined,
        errorElement: <RouteError />,
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
  { path: '*', element: <Outlet />, children: [{ path: '*', element: <NotFound /> }] },
]);
