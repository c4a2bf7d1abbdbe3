import type { ReactNode } from 'react';
import { Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '@wushe/common';
import { SessionContext, useCan, useMe } from '../domains/auth';
import { ErrorPage } from '../pages/ErrorPage';
import { ForbiddenPage } from '../pages/ForbiddenPage';

/** A centred spinner while the session or a page chunk loads. */
export function PageSpinner() {
  return <div style={{ display: 'flex', justifyContent: 'center', padding: 64 }}><Spin size="large" /></div>;
}

/** Lets only signed-in users through; a forced password change comes before anything else. */
export function RequireAuth() {
  const { data: me, isLoading, error } = useMe();
  const location = useLocation();
  if (isLoading) return <PageSpinner />;
  if (error) return <ErrorPage />;
  if (!me) {
    const here = location.pathname + location.search;
    return <Navigate to={here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`} replace />;
  }
  if (me.mustChangePassword) return <Navigate to="/change-password" replace />;
  return <SessionContext.Provider value={me}><Outlet /></SessionContext.Provider>;
}

/** Shows the page only to roles holding the permission; the API refuses the data anyway. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <ForbiddenPage />;
}
