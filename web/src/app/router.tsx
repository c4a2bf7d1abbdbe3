import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { Permission } from '@wushe/common';
import { RouteErrorPage } from '../pages/ErrorPage';
import { PageSpinner, RequireAuth, RequirePermission } from './guards';

// Pages load on demand so the login screen does not wait for tables and forms it will not show.
const LoginPage = lazy(() => import('../domains/auth/LoginPage'));
const ChangePasswordPage = lazy(() => import('../domains/auth/ChangePasswordPage'));
const AppLayout = lazy(() => import('./AppLayout'));
const HomePage = lazy(() => import('./HomePage'));
const RegionsPage = lazy(() => import('../domains/regions/RegionsPage'));
const OrganisationsPage = lazy(() => import('../domains/organisations/OrganisationsPage'));
const RegistryPage = lazy(() => import('../domains/registry/RegistryPage'));
const RegistryTasksPage = lazy(() => import('../domains/registry/TasksPage'));
const OperationLogPage = lazy(() => import('../domains/audit/OperationLogPage'));
const LoginLogPage = lazy(() => import('../domains/audit/LoginLogPage'));
const FairPage = lazy(() => import('../domains/matching/FairPage'));
const InvitationsPage = lazy(() => import('../domains/matching/InvitationsPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));
const CallsPage = lazy(() => import('../domains/calls/CallsPage'));
const CallDetailPage = lazy(() => import('../domains/calls/CallDetailPage'));
const PublicCallsPage = lazy(() => import('../domains/calls/PublicCallsPage').then((m) => ({ default: m.PublicCallsPage })));
const PublicCallPage = lazy(() => import('../domains/calls/PublicCallsPage').then((m) => ({ default: m.PublicCallPage })));
const ProjectsPage = lazy(() => import('../domains/projects/ProjectsPage'));
const ProjectDetailPage = lazy(() => import('../domains/projects/ProjectDetailPage'));
const QrPrintPage = lazy(() => import('../domains/projects/QrPrintPage'));
const RatePage = lazy(() => import('../domains/projects/RatePage'));
const PublicResultsPage = lazy(() => import('../domains/projects/PublicResultsPage'));
const PublicFundsPage = lazy(() => import('../domains/funds/PublicFundsPage'));
const PublicFundPage = lazy(() => import('../domains/funds/PublicFundPage'));
const FundsAdminPage = lazy(() => import('../domains/funds/FundsAdminPage'));
const FundAdminPage = lazy(() => import('../domains/funds/FundAdminPage'));
const NeedsPage = lazy(() => import('../domains/needs/NeedsPage'));
const NeedDetailPage = lazy(() => import('../domains/needs/NeedDetailPage'));
const NeedOrderPage = lazy(() => import('../domains/needs/NeedOrderPage'));
const AssessmentsPage = lazy(() => import('../domains/needs/AssessmentsPage'));
const PublicCataloguePage = lazy(() => import('../domains/catalogue/PublicCataloguePage'));
const OrdersPage = lazy(() => import('../domains/catalogue/OrdersPage'));
const ItemsPage = lazy(() => import('../domains/catalogue/ItemsPage'));

const standalone = (node: ReactNode) => <Suspense fallback={<PageSpinner />}>{node}</Suspense>;
const guarded = (permission: Permission, node: ReactNode) => <RequirePermission permission={permission}>{node}</RequirePermission>;

const router = createBrowserRouter([
  { path: '/login', element: standalone(<LoginPage />), errorElement: <RouteErrorPage /> },
  { path: '/change-password', element: standalone(<ChangePasswordPage />), errorElement: <RouteErrorPage /> },
  { path: '/open/calls', element: standalone(<PublicCallsPage />), errorElement: <RouteErrorPage /> },
  { path: '/open/calls/:id', element: standalone(<PublicCallPage />), errorElement: <RouteErrorPage /> },
  { path: '/rate/:token', element: standalone(<RatePage />), errorElement: <RouteErrorPage /> },
  { path: '/public/evaluations', element: standalone(<PublicResultsPage />), errorElement: <RouteErrorPage /> },
  { path: '/public/standings', element: standalone(<PublicResultsPage />), errorElement: <RouteErrorPage /> },
  { path: '/public/funds', element: standalone(<PublicFundsPage />), errorElement: <RouteErrorPage /> },
  { path: '/public/funds/:id', element: standalone(<PublicFundPage />), errorElement: <RouteErrorPage /> },
  { path: '/catalogue', element: standalone(<PublicCataloguePage />), errorElement: <RouteErrorPage /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'projects/:id/qr', element: standalone(guarded('projects:project:view', <QrPrintPage />)) },
      {
        element: standalone(<AppLayout />),
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'regions', element: guarded('system:region:view', <RegionsPage />) },
          { path: 'organisations', element: guarded('organisations:org:view', <OrganisationsPage />) },
          { path: 'calls', element: guarded('calls:call:view', <CallsPage />) },
          { path: 'calls/:id', element: guarded('calls:call:view', <CallDetailPage />) },
          { path: 'projects', element: guarded('projects:project:view', <ProjectsPage />) },
          { path: 'projects/:id', element: guarded('projects:project:view', <ProjectDetailPage />) },
          { path: 'needs', element: guarded('needs:need:view', <NeedsPage />) },
          { path: 'needs/order', element: guarded('needs:need:create', <NeedOrderPage />) },
          { path: 'needs/assessments', element: guarded('needs:assessment:score', <AssessmentsPage />) },
          { path: 'needs/:id', element: guarded('needs:need:view', <NeedDetailPage />) },
          { path: 'menu/orders', element: guarded('catalogue:order:view', <OrdersPage />) },
          { path: 'menu/items', element: guarded('catalogue:item:manage', <ItemsPage />) },
          { path: 'registry', element: guarded('registry:entity:view', <RegistryPage />) },
          { path: 'registry/tasks', element: guarded('registry:task:record', <RegistryTasksPage />) },
          { path: 'audit/operations', element: guarded('audit:operlog:view', <OperationLogPage />) },
          { path: 'audit/logins', element: guarded('audit:loginlog:view', <LoginLogPage />) },
          { path: 'matching/fairs', element: guarded('matching:fair:run', <FairPage />) },
          { path: 'matching/invitations', element: guarded('matching:invitation:view', <InvitationsPage />) },
          { path: 'funds', element: guarded('funds:fund:view', <FundsAdminPage />) },
          { path: 'funds/:id', element: guarded('funds:fund:view', <FundAdminPage />) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

/** The app's routes: public login and password screens, everything else behind the session guard. */
export function AppRouter() {
  return <RouterProvider router={router} />;
}
