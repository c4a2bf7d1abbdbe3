import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatDate, formatFen, formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { LanguageSwitch } from '../../platform/i18n/LanguageSwitch';
import { fundKeys, getPublicFund, publicFileUrl, type PublicFundPage as Page } from './funds.api';

/** One fund's 慈善法 disclosure: every figure, the committee, donations, expenditures and projects. */
export default function PublicFundPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const q = useQuery({ queryKey: fundKeys.one(id), queryFn: () => getPublicFund(id) });
  const p = q.data;
  const status = (s: string) => t(`funds.status.${s}`);
  const year = new Date().getFullYear();
  const quarter = Math.floor(new Date().getMonth() / 3) + 1;

  const figures: [keyof Page['figures'], boolean][] = [
    ['opening', true], ['raised', true], ['appropriated', true], ['donations', false], ['donors', false], ['allocatedIn', true], ['allocatedOut', true],
    ['disbursed', true], ['held', true], ['balance', true], ['available', true],
  ].map(([k, m]) => [k === 'opening' ? 'openingBalance' : k, m] as [keyof Page['figures'], boolean]);
  const labelOf = (k: string) => t(`funds.fig.${k === 'openingBalance' ? 'opening' : k}`);

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto', padding: 12 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Link to="/public/funds">← {t('funds.back')}</Link>
        <LanguageSwitch />
      </Space>
      {q.error && <ErrorAlert error={q.error} />}
      {p && (
        <>
          <Typography.Title level={3} data-testid="fund-name">{p.fund.name}</Typography.Title>
          <Typography.Paragraph type="secondary">{t(`funds.kind.${p.fund.kind}`)} · {p.fund.regionName} · {t('funds.asOf', { time: formatInstant(p.asOf) })}</Typography.Paragraph>
          <Row gutter={[12, 12]} data-testid="fund-figures">
            {figures.map(([k, money]) => (
              <Col xs={12} sm={8} lg={6} key={k}>
                <Card size="small"><Statistic title={labelOf(k)} value={money ? formatFen(p.figures[k]) : p.figures[k]} data-testid={`figure-${k}`} /></Card>
              </Col>
            ))}
          </Row>
          <Card size="small" style={{ marginTop: 12 }}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('funds.purpose')}>{p.fund.purpose}</Descriptions.Item>
              <Descriptions.Item label={t('funds.restriction')}>{p.fund.restriction}</Descriptions.Item>
              {p.fund.parentName && <Descriptions.Item label={t('funds.parent')}>{p.fund.parentName}</Descriptions.Item>}
              <Descriptions.Item label={t('funds.supervisor')}>{p.fund.supervisor ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('funds.committee')} span={2}>
                {p.fund.committee.length ? p.fund.committee.map((m) => `${m.name}（${m.title}）`).join('、') : t('funds.none')}
              </Descriptions.Item>
            </Descriptions>
            <Space wrap>
              <span>{t('funds.downloads')}：</span>
              <Button size="small" href={publicFileUrl(id, 'ledger.csv')}>{t('funds.csv')}</Button>
              <Button size="small" href={publicFileUrl(id, '360giving')} target="_blank">{t('funds.giving')}</Button>
              <Button size="small" href={`${publicFileUrl(id, 'quarterly.xlsx')}?year=${year}&quarter=${quarter}`}>{t('funds.quarterlyXlsx')}</Button>
              <Button size="small" href={`${publicFileUrl(id, 'quarterly.pdf')}?year=${year}&quarter=${quarter}`} target="_blank">{t('funds.quarterlyPdf')}</Button>
            </Space>
          </Card>
          <Card size="small" title={t('funds.projectsTitle')} style={{ marginTop: 12 }}>
            <Table rowKey="id" size="small" pagination={false} dataSource={p.projects} scroll={{ x: 'max-content' }} data-testid="fund-projects" columns={[
              { title: t('funds.p.title'), dataIndex: 'title' },
              { title: t('funds.p.status'), dataIndex: 'status', render: (s: string) => <Tag>{status(s)}</Tag> },
              { title: t('funds.p.category'), dataIndex: 'category', render: (c: string) => t(`enums.serviceDomain.${c}`) },
              { title: t('funds.p.beneficiaries'), dataIndex: 'beneficiaries', align: 'right' },
              { title: t('funds.p.budget'), dataIndex: 'budgetFen', align: 'right', render: formatFen },
              { title: t('funds.p.raised'), dataIndex: 'raisedFen', align: 'right', render: formatFen },
              { title: t('funds.e.decision'), dataIndex: 'decisionNo', render: (d: string | null) => d ?? '—' },
            ]} />
          </Card>
          <Card size="small" title={t('funds.expendituresTitle')} style={{ marginTop: 12 }}>
            <Table rowKey="id" size="small" pagination={false} dataSource={p.expenditures} scroll={{ x: 'max-content' }} data-testid="fund-expenditures" columns={[
              { title: t('funds.e.payee'), dataIndex: 'payeeName' },
              { title: t('funds.d.amount'), dataIndex: 'amount', align: 'right', render: formatFen },
              { title: t('funds.e.project'), dataIndex: 'projectTitle', render: (v: string | null) => v ?? '—' },
              { title: t('funds.e.decision'), dataIndex: 'decisionNo', render: (v: string | null) => v ?? '—' },
              { title: t('funds.e.status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'paid' ? 'green' : 'orange'}>{status(s)}</Tag> },
              { title: t('funds.e.paidAt'), dataIndex: 'paidAt', render: (v: string) => (v ? formatDate(v, locale) : '—') },
            ]} />
          </Card>
          <Card size="small" title={t('funds.donationsTitle')} style={{ marginTop: 12 }}>
            <Table rowKey="receiptNo" size="small" dataSource={p.donations} pagination={{ pageSize: 20 }} scroll={{ x: 'max-content' }} data-testid="fund-donations" columns={[
              { title: t('funds.d.donor'), dataIndex: 'donor' },
              { title: t('funds.d.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number, r) => (r.refunded ? <Typography.Text delete>{formatFen(v)}</Typography.Text> : formatFen(v)) },
              { title: t('funds.d.at'), dataIndex: 'receivedAt', render: (v: string) => formatDate(v, locale) },
              { title: t('funds.d.channel'), dataIndex: 'channel', responsive: ['md'], render: (c: string) => t(`funds.channel.${c}`) },
              { title: t('funds.d.receipt'), dataIndex: 'receiptNo', responsive: ['lg'] },
              { title: t('funds.d.message'), dataIndex: 'message', responsive: ['lg'], render: (m: string | null, r) => (r.refunded ? <Tag color="red">{t('funds.d.refunded')}</Tag> : m ?? '') },
            ]} />
          </Card>
        </>
      )}
    </div>
  );
}
