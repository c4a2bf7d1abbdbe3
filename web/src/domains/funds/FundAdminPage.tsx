import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useCan } from '../auth';
import { AllocationPanel } from './AllocationPanel';
import { DisbursementsPanel } from './DisbursementsPanel';
import { DonationsPanel } from './DonationsPanel';
import { LedgerPanel } from './LedgerPanel';
import { ProjectsPanel } from './ProjectsPanel';
import { SchedulePanel } from './SchedulePanel';
import { getFund, listFunds, staffKeys } from './staff.api';

const BALANCES = ['available', 'held', 'balance', 'raised', 'disbursed'] as const;

/** One fund's back office: balances exact at the moment read, then projects, donations, disbursements and allocations. */
export default function FundAdminPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const can = useCan();
  const q = useQuery({ queryKey: staffKeys.one(id), queryFn: () => getFund(id) });
  const f = q.data;
  // 划拨 only exists between a fund and its direct sub-funds, so the tab shows only on a fund that has some in scope.
  const all = useQuery({ queryKey: staffKeys.list, queryFn: listFunds });
  const hasChildren = !!f && (all.data ?? []).some((x) => x.parentId === f.id);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Link to="/funds">← {t('funds.staff.back')}</Link>
        {f && <Link to={`/public/funds/${f.id}`} target="_blank">{t('funds.staff.publicPage')}</Link>}
      </Space>
      <ErrorAlert error={q.error} />
      {f && (
        <>
          <Card size="small">
            <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="staff-fund-name">{f.name}</Typography.Title>
            <Space wrap style={{ marginBottom: 8 }}>
              <Tag>{t(`funds.kind.${f.kind}`)}</Tag><span>{f.code}</span><span>{f.regionName}</span>
              <Button size="small" onClick={() => void q.refetch()}>{t('funds.staff.refresh')}</Button>
            </Space>
            <Row gutter={[12, 12]} data-testid="staff-fund-balances">
              {BALANCES.map((k) => (
                <Col xs={12} sm={8} md={4} key={k}>
                  <Statistic title={t(`funds.staff.bal.${k}`)} value={formatFen(f.balances[k])} data-testid={`staff-balance-${k}`} styles={{ content: { fontSize: 18 } }} />
                </Col>
              ))}
            </Row>
          </Card>
          <Card size="small">
            <Tabs destroyOnHidden items={[
              { key: 'projects', label: <span data-testid="tab-projects">{t('funds.staff.tab.projects')}</span>, children: <ProjectsPanel fund={f} /> },
              { key: 'donations', label: <span data-testid="tab-donations">{t('funds.staff.tab.donations')}</span>, children: <DonationsPanel fund={f} /> },
              { key: 'disbursements', label: <span data-testid="tab-disbursements">{t('funds.staff.tab.disbursements')}</span>, children: <DisbursementsPanel fund={f} /> },
              { key: 'ledger', label: <span data-testid="tab-ledger">{t('funds.staff.tab.ledger')}</span>, children: <LedgerPanel fund={f} /> },
              ...(f.kind === 'government' ? [{ key: 'schedule', label: <span data-testid="tab-schedule">{t('funds.staff.tab.schedule')}</span>, children: <SchedulePanel fund={f} /> }] : []),
              ...(can('funds:allocation:create') && hasChildren ? [{ key: 'allocations', label: <span data-testid="tab-allocations">{t('funds.staff.tab.allocations')}</span>, children: <AllocationPanel fund={f} /> }] : []),
            ]} />
          </Card>
        </>
      )}
    </Space>
  );
}
