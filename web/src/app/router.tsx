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
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));

const standalone = (node: ReactNode) => <Suspense fallback={<PageSpinner />}>{node}</Suspense>;
const guarded = (permission: Permission, node: ReactNode) => <RequirePermission permission={permission}>{node}</RequirePermission>;

const router = createBrowserRouter([
  { path: '/login', element: standalone(<LoginPage />), errorElement: <RouteErrorPage /> },
  { path: '/change-password', element: standalone(<ChangePasswordPage />), errorElement: <RouteErrorPage /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: standalone(<AppLayout />),
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'regions', element: guarded('system:region:view', <RegionsPage />) },
          { path: 'organisations', element: guarded('organisations:org:view', <OrganisationsPage />) },
          { path: 'registry', element: guarded('registry:entity:view', <RegistryPage />) },
          { path: 'registry/tasks', element: guarded('registry:task:record', <RegistryTasksPage />) },
          { path: 'audit/operations', element: guarded('audit:operlog:view', <OperationLogPage />) },
          { path: 'audit/logins', element: guarded('audit:loginlog:view', <LoginLogPage />) },
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
