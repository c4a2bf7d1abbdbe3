import type { ReactNode } from 'react';
import { AccountBookOutlined, ApartmentOutlined, AppstoreOutlined, AuditOutlined, BulbOutlined, CheckSquareOutlined, DatabaseOutlined, FlagOutlined, FormOutlined, FundOutlined, HomeOutlined, LoginOutlined, NodeIndexOutlined, ProfileOutlined, ProjectOutlined, ShopOutlined, ShoppingCartOutlined, TeamOutlined } from '@ant-design/icons';
import type { Permission } from '@wushe/common';

/** One menu entry; `permission` hides it from roles that could not use the page anyway. */
export interface NavItem {
  key: string;
  path?: string;
  labelKey: string;
  icon: ReactNode;
  permission?: Permission;
  children?: NavItem[];
}

/** The side menu, in the order offices expect it. Keys become test ids `menu-<key>`. */
export const NAV: NavItem[] = [
  { key: 'home', path: '/', labelKey: 'app.menu.home', icon: <HomeOutlined /> },
  { key: 'regions', path: '/regions', labelKey: 'app.menu.regions', icon: <ApartmentOutlined />, permission: 'system:region:view' },
  { key: 'organisations', path: '/organisations', labelKey: 'app.menu.organisations', icon: <TeamOutlined />, permission: 'organisations:org:view' },
  { key: 'calls', path: '/calls', labelKey: 'calls.menu', icon: <FlagOutlined />, permission: 'calls:call:view' },
  {
    key: 'matching', labelKey: 'app.menu.matching', icon: <NodeIndexOutlined />,
    children: [
      { key: 'matching-fairs', path: '/matching/fairs', labelKey: 'app.menu.matchingFairs', icon: <NodeIndexOutlined />, permission: 'matching:fair:run' },
      { key: 'matching-invitations', path: '/matching/invitations', labelKey: 'matching.invitations.menu', icon: <NodeIndexOutlined />, permission: 'matching:invitation:view' },
    ],
  },
  { key: 'projects', path: '/projects', labelKey: 'projects.menu.projects', icon: <ProjectOutlined />, permission: 'projects:project:view' },
  { key: 'funds', path: '/public/funds', labelKey: 'app.menu.funds', icon: <FundOutlined /> },
  { key: 'funds-admin', path: '/funds', labelKey: 'funds.staff.menu', icon: <AccountBookOutlined />, permission: 'funds:fund:view' },
  { key: 'needs', path: '/needs', labelKey: 'needs.menu.list', icon: <BulbOutlined />, permission: 'needs:need:view' },
  { key: 'needs-order', path: '/needs/order', labelKey: 'needs.menu.order', icon: <FormOutlined />, permission: 'needs:need:create' },
  { key: 'needs-assessments', path: '/needs/assessments', labelKey: 'needs.menu.assessments', icon: <CheckSquareOutlined />, permission: 'needs:assessment:score' },
  { key: 'menu-public', path: '/catalogue', labelKey: 'catalogue.menu.public', icon: <ShopOutlined /> },
  { key: 'menu-orders', path: '/menu/orders', labelKey: 'catalogue.menu.orders', icon: <ShoppingCartOutlined />, permission: 'catalogue:order:view' },
  { key: 'menu-items', path: '/menu/items', labelKey: 'catalogue.menu.items', icon: <AppstoreOutlined />, permission: 'catalogue:item:manage' },
  { key: 'registry', path: '/registry', labelKey: 'registry.menu', icon: <DatabaseOutlined />, permission: 'registry:entity:view' },
  { key: 'registry-tasks', path: '/registry/tasks', labelKey: 'registry.tasksMenu', icon: <CheckSquareOutlined />, permission: 'registry:task:record' },
  {
    key: 'audit', labelKey: 'app.menu.audit', icon: <AuditOutlined />,
    children: [
      { key: 'audit-operations', path: '/audit/operations', labelKey: 'app.menu.auditOperations', icon: <ProfileOutlined />, permission: 'audit:operlog:view' },
      { key: 'audit-logins', path: '/audit/logins', labelKey: 'app.menu.auditLogins', icon: <LoginOutlined />, permission: 'audit:loginlog:view' },
    ],
  },
];

/** The menu a role may see: leaves by permission, groups only when something is left inside. */
export function visibleNav(can: (p: Permission) => boolean, items: NavItem[] = NAV): NavItem[] {
  return items.flatMap((item) => {
    if (item.children) {
      const children = visibleNav(can, item.children);
      return children.length ? [{ ...item, children }] : [];
    }
    return !item.permission || can(item.permission) ? [item] : [];
  });
}

/** The leaf whose path owns the current location (longest prefix wins, '/' only exactly). */
export function activeLeaf(pathname: string, items: NavItem[] = NAV): NavItem | undefined {
  const leaves = items.flatMap((i) => i.children ?? [i]);
  return leaves
    .filter((l) => l.path && (l.path === '/' ? pathname === '/' : pathname === l.path || pathname.startsWith(`${l.path}/`)))
    .sort((a, b) => (b.path?.length ?? 0) - (a.path?.length ?? 0))[0];
}
