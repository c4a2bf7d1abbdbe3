import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useCan } from '../domains/auth';
import { useI18n } from '../platform/i18n';
import { activeLeaf, visibleNav, type NavItem } from './nav';

type MenuItem = Required<MenuProps>['items'][number];

/** The permission-filtered navigation; `onNavigate` lets the phone drawer close after a tap. */
export function SideMenu({ theme, onNavigate }: { theme: 'dark' | 'light'; onNavigate?: () => void }) {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = visibleNav(can);
  const active = activeLeaf(pathname);
  const openGroup = items.find((i) => i.children?.some((c) => c.key === active?.key))?.key;

  // The test id sits on the label so Playwright can click the visible text of each entry.
  const toMenu = (item: NavItem): MenuItem => ({
    key: item.key,
    icon: item.icon,
    label: <span data-testid={`menu-${item.key}`}>{t(item.labelKey)}</span>,
    children: item.children?.map(toMenu),
  });

  const pathOf = (key: string) => items.flatMap((i) => i.children ?? [i]).find((i) => i.key === key)?.path;

  return (
    <Menu
      theme={theme}
      mode="inline"
      items={items.map(toMenu)}
      selectedKeys={active ? [active.key] : []}
      defaultOpenKeys={openGroup ? [openGroup] : ['audit']}
      onClick={({ key }) => {
        const path = pathOf(key);
        if (path) navigate(path);
        onNavigate?.();
      }}
    />
  );
}
