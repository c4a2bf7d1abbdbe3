import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen, formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { LanguageSwitch } from '../../platform/i18n/LanguageSwitch';
import { EChart } from './EChart';
import { fundKeys, getDashboard, listPublicFunds, type PublicFundRow } from './funds.api';

const KIND_COLOR = { parent: 'gold', special: 'blue', community: 'green', government: 'purple' } as const;

/** 基金信息公开（无需登录）: every fund with its figures, and the dashboards. Works on a 390px phone. */
export default function PublicFundsPage() {
  const { t } = useI18n();
  const funds = useQuery({ queryKey: fundKeys.list, queryFn: listPublicFunds });
  const dash = useQuery({ queryKey: fundKeys.dashboard, queryFn: getDashboard });

  const monthly = useMemo(() => {
    const months = [...new Set((dash.data?.byFund ?? []).map((r) => r.month))].sort();
    const sum = (m: string, k: 'raised' | 'used') => (dash.data?.byFund ?? []).filter((r) => r.month === m).reduce((s, r) => s + r[k], 0) / 100;
    return {
      tooltip: { trigger: 'axis' as const }, legend: { top: 0, data: [t('funds.chart.raised'), t('funds.chart.used')] }, grid: { top: 36, left: 70, right: 16, bottom: 30 },
      xAxis: { type: 'category' as const, data: months }, yAxis: { type: 'value' as const, name: '¥' },
      series: [{ name: t('funds.chart.raised'), type: 'bar' as const, data: months.map((m) => sum(m, 'raised')) }, { name: t('funds.chart.used'), type: 'bar' as const, data: months.map((m) => sum(m, 'used')) }],
    };
  }, [dash.data, t]);
  const regions = useMemo(() => {
    const names = [...new Set((dash.data?.byRegion ?? []).map((r) => r.regionName))];
    const sum = (n: string, k: 'raised' | 'used') => (dash.data?.byRegion ?? []).filter((r) => r.regionName === n).reduce((s, r) => s + r[k], 0) / 100;
    return {
      tooltip: { trigger: 'axis' as const }, legend: { top: 0, data: [t('funds.chart.raised'), t('funds.chart.used')] }, grid: { top: 36, left: 90, right: 16, bottom: 30 },
      yAxis: { type: 'category' as const, data: names }, xAxis: { type: 'value' as const },
      series: [{ name: t('funds.chart.raised'), type: 'bar' as const, data: names.map((n) => sum(n, 'raised')) }, { name: t('funds.chart.used'), type: 'bar' as const, data: names.map((n) => sum(n, 'used')) }],
    };
  }, [dash.data, t]);
  const categories = useMemo(() => ({
    tooltip: { trigger: 'item' as const, formatter: '{b}: ¥{c} ({d}%)' },
    series: [{ type: 'pie' as const, radius: ['35%', '65%'], data: (dash.data?.byCategory ?? []).map((c) => ({ name: c.category === 'other' ? t('funds.chart.other') : t(`enums.serviceDomain.${c.category}`), value: c.used / 100 })) }],
  }), [dash.data, t]);

  const columns = [
    { title: t('funds.col.name'), dataIndex: 'name', render: (v: string, r: PublicFundRow) => <Link to={`/public/funds/${r.id}`} data-testid={`fund-${r.code}`}>{v}</Link> },
    { title: t('funds.col.kind'), dataIndex: 'kind', responsive: ['md' as const], render: (k: PublicFundRow['kind']) => <Tag color={KIND_COLOR[k]}>{t(`funds.kind.${k}`)}</Tag> },
    { title: t('funds.col.region'), dataIndex: 'regionName', responsive: ['lg' as const] },
    { title: t('funds.col.raised'), dataIndex: 'raised', align: 'right' as const, responsive: ['md' as const], render: formatFen },
    { title: t('funds.col.disbursed'), dataIndex: 'disbursed', align: 'right' as const, responsive: ['md' as const], render: formatFen },
    { title: t('funds.col.balance'), dataIndex: 'balance', align: 'right' as const, render: formatFen },
    { title: t('funds.col.available'), dataIndex: 'available', align: 'right' as const, responsive: ['sm' as const], render: formatFen },
  ];

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto', padding: 12 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('funds.title')}</Typography.Title>
        <LanguageSwitch />
      </Space>
      <Typography.Paragraph type="secondary">{t('funds.subtitle')}{funds.data ? ` · ${t('funds.asOf', { time: formatInstant(funds.data.asOf) })}` : ''}</Typography.Paragraph>
      {funds.error && <ErrorAlert error={funds.error} />}
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}><Card size="small" title={t('funds.chart.monthly')}><EChart option={monthly} height={260} testId="chart-monthly" /></Card></Col>
        <Col xs={24} lg={12}><Card size="small" title={t('funds.chart.byCategory')}><EChart option={categories} height={260} testId="chart-category" /></Card></Col>
        <Col xs={24}><Card size="small" title={t('funds.chart.byRegion')}><EChart option={regions} height={320} /></Card></Col>
        <Col xs={24}>
          <Card size="small" title={t('funds.list')}>
            <Table rowKey="id" size="small" loading={funds.isLoading} dataSource={funds.data?.items ?? []} columns={columns} pagination={{ pageSize: 50 }} scroll={{ x: 'max-content' }} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
