import { Alert, Collapse, List, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { CandidateList } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { getCandidates, matchingKeys } from './matching.api';
import { ScoreBar, ScoreLegend } from './ScoreBar';

type Ranked = CandidateList['ranked'][number];

/** 智慧匹配 for one need: candidates best first with each term's contribution, and why the others are out. */
export function CandidatesPanel({ needId }: { needId: string }) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: matchingKeys.candidates(needId), queryFn: () => getCandidates(needId) });
  if (q.error) return <ErrorAlert error={q.error} />;
  const data = q.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="matching-candidates">
      <ScoreLegend />
      <Table<Ranked>
        rowKey="id" size="small" loading={q.isLoading} pagination={{ pageSize: 10, hideOnSinglePage: true }} dataSource={data?.ranked ?? []}
        locale={{ emptyText: t('matching.candidates.empty') }}
        expandable={{
          expandedRowRender: (r) => (
            <List size="small" dataSource={r.terms} renderItem={(x) => (
              <List.Item>
                <Typography.Text strong style={{ width: 96, display: 'inline-block' }}>{t(`matching.term.${x.term}`)}</Typography.Text>
                <span style={{ flex: 1 }}>{x.reason}</span>
                <Typography.Text type="secondary">{t('matching.candidates.contribution', { value: (x.contribution * 100).toFixed(1) })}</Typography.Text>
              </List.Item>
            )} />
          ),
        }}
        columns={[
          { title: t('matching.candidates.rank'), width: 56, render: (_v, _r, i) => i + 1 },
          {
            title: t('matching.candidates.name'), dataIndex: 'name', render: (name: string, r) => (
              <Space orientation="vertical" size={0}>
                <span data-testid="matching-candidate">
                  <Tag color={r.kind === 'catalogue_item' ? 'green' : 'blue'} data-testid="matching-candidate-kind">{t(`matching.kind.${r.kind}`)}</Tag>
                  {name}{r.regionName ? <Typography.Text type="secondary">（{r.regionName}）</Typography.Text> : null}
                </span>
                {r.kind === 'catalogue_item' && (
                  <Typography.Text type="secondary">
                    {t('matching.candidatesExtra.offeredBy', { name: r.organisationName ?? '' })} · {t('matching.candidatesExtra.price', { price: formatFen(r.priceFen ?? 0) })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          { title: t('matching.candidates.score'), dataIndex: 'score', width: 240, render: (s: number, r) => <ScoreBar score={s} terms={r.terms} /> },
        ]}
      />
      {!!data?.excluded.length && (
        <Collapse size="small" items={[{
          key: 'why-not', label: t('matching.candidates.excluded', { count: data.excluded.length }),
          children: (
            <List size="small" dataSource={data.excluded} renderItem={(e) => (
              <List.Item>
                <span style={{ flex: 1 }}><Tag>{t(`matching.kind.${e.kind}`)}</Tag>{e.name}</span>
                <Space wrap>{e.reasons.map((r) => <Tag key={r.code + r.message} color="default">{r.message}</Tag>)}</Space>
              </List.Item>
            )} />
          ),
        }]} />
      )}
      {data && <Alert type="info" showIcon message={t('matching.candidates.weightsNote')} />}
    </Space>
  );
}
