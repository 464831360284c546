import type { ComponentType, ReactNode } from 'react';
import { ApartmentOutlined, BarChartOutlined, FlagOutlined, SwapOutlined, AuditOutlined, BellOutlined, CalendarOutlined, EditOutlined, SolutionOutlined, FileAddOutlined, InboxOutlined, NodeIndexOutlined, TeamOutlined, TrophyOutlined, UnorderedListOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import type { Access, Permission } from './access';
import { inboxQueries } from '../queries/inbox';
import { PATHS } from './paths';
import { queryClient } from './query-client';

type PageModule = Promise<{ default: ComponentType }>;

/** One page of the console: where it lives, who may open it, its menu entry, and its code (loaded on first visit). */
export interface PageRoute {
  path: string;
  permission: Permission;
  menu?: { label: string; icon: ReactNode };
  load: () => PageModule;
  /** The data the page shows first, asked for while its code downloads (not after). */
  prefetch?: () => unknown;
}

/** Pages per role; each is its own chunk, so a person downloads only the pages they open. */
export const PAGES: PageRoute[] = [
  { path: PATHS.inbox, permission: 'inbox', menu: { label: 'Việc cần xử lý', icon: <InboxOutlined /> }, load: () => import('../pages/shared/InboxPage'), prefetch: () => queryClient.prefetchInfiniteQuery(inboxQueries.list()) },
  { path: PATHS.nominations, permission: 'nominationList', menu: { label: 'Hồ sơ đề nghị', icon: <UnorderedListOutlined /> }, load: () => import('../pages/unit/NominationListPage') },
  { path: PATHS.newNomination, permission: 'nominationCreate', menu: { label: 'Lập hồ sơ mới', icon: <FileAddOutlined /> }, load: () => import('../pages/unit/NewNominationPage') },
  { path: PATHS.campaignIntake, permission: 'campaignIntake', menu: { label: 'Đợt phát động', icon: <FlagOutlined /> }, load: () => import('../pages/unit/CampaignIntakePage') },
  { path: `${PATHS.nominations}/:id`, permission: 'nominationRead', load: () => import('../pages/shared/NominationPage') },
  { path: PATHS.councilSessions, permission: 'councilSessions', menu: { label: 'Phiên họp Hội đồng', icon: <SolutionOutlined /> }, load: () => import('../pages/council/SessionsPage') },
  { path: `${PATHS.councilSessions}/:id`, permission: 'councilSessions', load: () => import('../pages/council/SessionPage') },
  { path: PATHS.signing, permission: 'batchSigning', menu: { label: 'Ký quyết định', icon: <EditOutlined /> }, load: () => import('../pages/signer/SigningPage') },
  { path: PATHS.audit, permission: 'audit', menu: { label: 'Kiểm toán', icon: <AuditOutlined /> }, load: () => import('../pages/auditor/AuditPage') },
  { path: PATHS.delegations, permission: 'delegations', menu: { label: 'Ủy quyền ký', icon: <SwapOutlined /> }, load: () => import('../pages/signer/DelegationsPage') },
  { path: PATHS.reports, permission: 'reports', menu: { label: 'Báo cáo thống kê', icon: <BarChartOutlined /> }, load: () => import('../pages/reports/ReportsPage') },
  { path: PATHS.holidays, permission: 'holidays', menu: { label: 'Lịch ngày nghỉ', icon: <CalendarOutlined /> }, load: () => import('../pages/admin/HolidaysPage') },
  { path: PATHS.users, permission: 'users', menu: { label: 'Người dùng', icon: <TeamOutlined /> }, load: () => import('../pages/admin/UsersPage') },
  { path: PATHS.units, permission: 'administration', menu: { label: 'Đơn vị', icon: <ApartmentOutlined /> }, load: () => import('../pages/admin/UnitsPage') },
  { path: PATHS.councils, permission: 'administration', menu: { label: 'Hội đồng TĐKT', icon: <UsergroupAddOutlined /> }, load: () => import('../pages/admin/CouncilsPage') },
  { path: PATHS.awardTypes, permission: 'administration', menu: { label: 'Hình thức khen thưởng', icon: <TrophyOutlined /> }, load: () => import('../pages/admin/AwardTypesPage') },
  { path: PATHS.pipelines, permission: 'administration', menu: { label: 'Quy trình', icon: <NodeIndexOutlined /> }, load: () => import('../pages/admin/PipelinesPage') },
  { path: PATHS.notifications, permission: 'notifications', menu: { label: 'Thông báo', icon: <BellOutlined /> }, load: () => import('../pages/shared/NotificationsPage') },
];

/** Where a person lands after signing in: their first page in menu order. */
export function homeOf(access: Access): string {
  return PAGES.find((p) => p.menu && access[p.permission])?.path ?? PATHS.notifications;
}
