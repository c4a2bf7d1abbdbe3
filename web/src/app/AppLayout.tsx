import { Suspense, useState } from 'react';
import { LockOutlined, LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Tooltip } from 'antd';
import { Outlet, useNavigate } from 'react-router';
import { useLogout, useSession } from '../domains/auth';
import { useI18n } from '../platform/i18n';
import { PageSpinner } from './guards';
import { LanguageSwitch } from '../platform/i18n/LanguageSwitch';
import { SideMenu } from './SideMenu';
import { useIsMobile } from '../platform/useIsMobile';

function Brand({ light, collapsed }: { light?: boolean; collapsed?: boolean }) {
  const { t } = useI18n();
  return (
    <div className={`app-brand${light ? ' light' : ''}`}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      {!collapsed && <span>{t('app.shortTitle')}</span>}
    </div>
  );
}

/** The signed-in frame: side menu (a drawer on phones), header with user, language and logout. */
export default function AppLayout() {
  const { t } = useI18n();
  const me = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const doLogout = () => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
  const region = me.regionName ?? t('app.header.allRegions');

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!mobile && (
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={220} style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
          <Brand collapsed={collapsed} />
          <SideMenu theme="dark" />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <header className="app-header">
          {mobile && (
            <>
              <Button data-testid="menu-toggle" type="text" icon={<MenuOutlined />} aria-label={t('app.header.openMenu')} onClick={() => setDrawerOpen(true)} />
              <Brand light />
            </>
          )}
          <div className="spacer" />
          <div className="app-user" data-testid="header-user">
            <span>{me.displayName}</span>
            <small>{t(`enums.role.${me.role}`)} · {region}</small>
          </div>
          <LanguageSwitch compact={mobile} />
          <Tooltip title={t('app.header.changePassword')}>
            <Button data-testid="change-password" type="text" icon={<LockOutlined />} aria-label={t('app.header.changePassword')} onClick={() => navigate('/change-password')} />
          </Tooltip>
          <Button data-testid="logout" type="text" icon={<LogoutOutlined />} loading={logout.isPending} onClick={doLogout} aria-label={t('app.header.logout')}>
            {!mobile && t('app.header.logout')}
          </Button>
        </header>
        <Layout.Content className="app-content">
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {mobile && (
        <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} size={260} title={<Brand light />} styles={{ body: { padding: 0 } }}>
          <SideMenu theme="light" onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
