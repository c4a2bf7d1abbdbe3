import { Card, Col, Descriptions, Empty, Row, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { OrganisationListQuery } from '@wushe/common';
import { useCan, useSession } from '../domains/auth';
import { listOrganisations, orgKeys } from '../domains/organisations';
import { useI18n } from '../platform/i18n';
import { visibleNav } from './nav';

/** A count from the list API's `total` (pageSize 1), so the workbench needs no endpoint of its own. */
function useOrgCount(query: Omit<OrganisationListQuery, 'page' | 'pageSize'>, enabled: boolean) {
  const q = { ...query, page: 1, pageSize: 1 };
  return useQuery({ queryKey: orgKeys.list(q), queryFn: () => listOrganisations(q), enabled, select: (p) => p.total });
}

/** 工作台: who you are, where you work, a few counts and the way to each function the role has. */
export default function HomePage() {
  const { t } = useI18n();
  const me = useSession();
  const can = useCan();
  const canOrgs = can('organisations:org:view');
  const total = useOrgCount({}, canOrgs);
  const active = useOrgCount({ status: 'active' }, canOrgs);
  const inactive = useOrgCount({ status: 'inactive' }, canOrgs);
  const links = visibleNav(can).flatMap((i) => i.children ?? [i]).filter((i) => i.path && i.path !== '/');

  const stat = (titleKey: string, q: typeof total, testId: string) => (
    <Col xs={24} sm={8}>
      <Card>
        <Statistic data-testid={testId} title={t(titleKey)} value={q.data ?? 0} loading={q.isLoading} suffix={t('app.home.unit')} />
      </Card>
    </Col>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="home-welcome">{t('app.home.welcome', { name: me.displayName })}</Typography.Title>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} items={[
            { key: 'role', label: t('app.home.role'), children: t(`enums.role.${me.role}`) },
            { key: 'region', label: t('app.home.region'), children: me.regionName ?? t('app.header.allRegions') },
            { key: 'scope', label: t('app.home.scope'), children: t(`enums.dataScope.${me.dataScope}`) },
            ...(me.organisationName ? [{ key: 'org', label: t('app.home.organisation'), children: me.organisationName }] : []),
          ]} />
        </Card>
      </Col>
      {canOrgs && (
        <>
          {stat('app.home.orgTotal', total, 'home-org-total')}
          {stat('app.home.orgActive', active, 'home-org-active')}
          {stat('app.home.orgInactive', inactive, 'home-org-inactive')}
        </>
      )}
      <Col span={24}>
        <Card title={t('app.home.quickLinks')}>
          {links.length === 0 ? <Empty description={t('app.home.noModules')} /> : (
            <Row gutter={[12, 12]}>
              {links.map((l) => (
                <Col key={l.key} xs={12} sm={8} lg={6}>
                  <Link to={l.path!} data-testid={`home-link-${l.key}`}>
                    <Card hoverable size="small" style={{ textAlign: 'center' }}>
                      <div style={{ fontSize: 24 }}>{l.icon}</div>
                      <div>{t(l.labelKey)}</div>
                    </Card>
                  </Link>
                </Col>
              ))}
            </Row>
          )}
        </Card>
      </Col>
    </Row>
  );
}
