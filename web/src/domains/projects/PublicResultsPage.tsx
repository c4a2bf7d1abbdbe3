import { useState } from 'react';
import { Card, List, Segmented, Space, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { formatDate } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { LanguageSwitch } from '../../platform/i18n/LanguageSwitch';
import { GradeTag } from './tags';
import { publicEvaluations, publicStandings } from './projects.api';

/** Public disclosure, no login: 考榜 results by party and the 红榜/黑榜. Only organisations and projects, no people. */
export default function PublicResultsPage() {
  const { t, locale } = useI18n();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const tab = pathname.endsWith('/standings') ? 'standings' : 'results';
  const [list, setList] = useState<'red' | 'black'>('red');
  const [page, setPage] = useState(1);
  const results = useQuery({ queryKey: ['public', 'evaluations', page], queryFn: () => publicEvaluations(page), enabled: tab === 'results' });
  const standings = useQuery({ queryKey: ['public', 'standings', list, page], queryFn: () => publicStandings(list, page), enabled: tab === 'standings' });

  return (
    <div style={{ maxWidth: 960, margin: '0 auto', padding: 12 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('projects.public.title')}</Typography.Title>
        <LanguageSwitch />
      </Space>
      <Typography.Paragraph type="secondary">{t('projects.public.intro')}</Typography.Paragraph>
      <Tabs activeKey={tab} onChange={(k) => { setPage(1); navigate(k === 'standings' ? '/public/standings' : '/public/evaluations'); }} items={[
        { key: 'results', label: t('projects.public.results'), children: (
          <div data-testid="public-results"><List loading={results.isFetching} dataSource={results.data?.items} locale={{ emptyText: t('projects.public.empty') }}
            pagination={{ current: page, pageSize: 20, total: results.data?.total, onChange: setPage, hideOnSinglePage: true }}
            renderItem={(r) => (
              <Card size="small" style={{ marginBottom: 12 }} title={<Space wrap>{r.title}<GradeTag grade={r.grade} /></Space>} extra={<Typography.Text strong>{r.total.toFixed(2)}</Typography.Text>}>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{r.organisationName} · {r.regionName} · {t('projects.public.evaluatedOn')} {formatDate(r.evaluatedOn, locale)}</Typography.Paragraph>
                <Space wrap>{r.parties.map((p) => <Tag key={p.party}>{t(`projects.party.${p.party}`)} {p.weight}%：{p.mean === null ? '—' : p.mean.toFixed(2)}</Tag>)}</Space>
              </Card>
            )} /></div>
        ) },
        { key: 'standings', label: t('projects.public.standings'), children: (
          <>
            <Segmented value={list} onChange={(v) => { setList(v as 'red' | 'black'); setPage(1); }} style={{ marginBottom: 12 }}
              options={[{ value: 'red', label: t('projects.public.red') }, { value: 'black', label: t('projects.public.black') }]} />
            <div data-testid="public-standings"><List loading={standings.isFetching} dataSource={standings.data?.items} locale={{ emptyText: t('projects.public.empty') }}
              pagination={{ current: page, pageSize: 20, total: standings.data?.total, onChange: setPage, hideOnSinglePage: true }}
              renderItem={(s) => (
                <List.Item>
                  <List.Item.Meta title={<Space wrap><Tag color={s.list === 'red' ? 'red' : 'black'}>{t(`projects.public.${s.list}`)}</Tag>{s.organisationName}</Space>}
                    description={<Space direction="vertical" size={0}><span>{t('projects.public.reason')}：{s.reason}</span>
                      <span>{t('projects.public.listedOn')} {formatDate(s.listedOn, locale)} · {t('projects.public.validUntil')} {formatDate(s.validUntil, locale)}</span></Space>} />
                </List.Item>
              )} /></div>
          </>
        ) },
      ]} />
    </div>
  );
}
