import { Button, Card, Col, Row, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { LockOutlined, StopOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { FairFollowUp, FairResult } from '@wushe/common';
import { formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';

export type Pair = { needId: string; organisationId: string };
type Assignment = FairResult['assignments'][number];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The optimal assignment, what stayed unmatched and why, and how evenly awards spread with and without the cap. */
export function FairResultView({ result, onPin, onForbid, pinned = [], followUps }: {
  result: FairResult; onPin?: (p: Pair) => void; onForbid?: (p: Pair) => void; pinned?: Pair[]; followUps?: FairFollowUp[];
}) {
  const { t } = useI18n();
  const isPinned = (a: Assignment) => pinned.some((p) => p.needId === a.needId && p.organisationId === a.organisationId);
  const { withCap, withoutCap } = result.fairness;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="fair-result">
      <Tag color={result.method === 'milp' ? 'purple' : 'blue'} data-testid="fair-method">{t(`matching.fair.method.${result.method ?? 'flow'}`)}</Tag>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}><Statistic title={t('matching.fair.amountTotal')} value={formatFen(withCap.amountFen ?? 0)} suffix={<small>{t('matching.fair.withoutCapValue', { value: formatFen(withoutCap.amountFen ?? 0) })}</small>} /></Col>
        <Col xs={12} md={6}><Statistic title={t('matching.fair.matched')} value={`${result.assignments.length} / ${result.assignments.length + result.unmatched.length}`} /></Col>
        <Col xs={12} md={6}><Statistic title={t('matching.fair.objective')} value={result.objective.toFixed(3)} /></Col>
        <Col xs={12} md={6}><Statistic title={t('matching.fair.gini')} value={withCap.gini.toFixed(3)} suffix={<small>{t('matching.fair.withoutCapValue', { value: withoutCap.gini.toFixed(3) })}</small>} /></Col>
        <Col xs={12} md={6}><Statistic title={t('matching.fair.top10')} value={pct(withCap.top10Share)} suffix={<small>{t('matching.fair.withoutCapValue', { value: pct(withoutCap.top10Share) })}</small>} /></Col>
      </Row>
      <Card size="small" title={t('matching.fair.assignments')}>
        <Table<Assignment> rowKey="needId" size="small" dataSource={result.assignments} pagination={{ pageSize: 20, hideOnSinglePage: true }} columns={[
          { title: t('matching.fair.need'), dataIndex: 'needTitle' },
          { title: t('matching.fair.organisation'), dataIndex: 'organisationName', render: (v: string, a) => <>{v}{isPinned(a) && <Tag color="blue" style={{ marginLeft: 8 }}>{t('matching.fair.pinned')}</Tag>}</> },
          { title: t('matching.fair.item'), dataIndex: 'itemTitle', render: (v: string | null) => v ?? '—' },
          { title: t('matching.fair.amount'), dataIndex: 'amountFen', width: 120, render: (v: number | undefined) => formatFen(v ?? 0) },
          { title: t('matching.candidates.score'), dataIndex: 'score', width: 90, render: (s: number) => (s * 100).toFixed(1) },
          ...(onPin && onForbid ? [{
            title: t('common.actions'), width: 110, render: (_: unknown, a: Assignment) => (
              <Space>
                <Tooltip title={t('matching.fair.pin')}><Button size="small" icon={<LockOutlined />} aria-label={t('matching.fair.pin')} disabled={isPinned(a)} onClick={() => onPin({ needId: a.needId, organisationId: a.organisationId })} /></Tooltip>
                <Tooltip title={t('matching.fair.forbid')}><Button size="small" danger icon={<StopOutlined />} aria-label={t('matching.fair.forbid')} onClick={() => onForbid({ needId: a.needId, organisationId: a.organisationId })} /></Tooltip>
              </Space>
            ),
          }] : []),
        ]} />
      </Card>
      {result.unmatched.length > 0 && (
        <Card size="small" title={t('matching.fair.unmatched', { count: result.unmatched.length })}>
          <Table rowKey="needId" size="small" dataSource={result.unmatched} pagination={false} columns={[
            { title: t('matching.fair.need'), dataIndex: 'needTitle' },
            { title: t('matching.fair.reason'), dataIndex: 'reasonText', render: (v: string, u) => <Typography.Text type={u.reason === 'MONEY_CAP' ? 'warning' : undefined} data-testid="fair-unmatched-reason">{v}</Typography.Text> },
          ]} />
        </Card>
      )}
      {followUps && followUps.length > 0 && (
        <Card size="small" title={t('matching.fair.followUps')} data-testid="fair-follow-ups">
          <Table<FairFollowUp> rowKey="needId" size="small" dataSource={followUps} pagination={false} columns={[
            { title: t('matching.fair.need'), dataIndex: 'needTitle' },
            { title: t('matching.fair.organisation'), dataIndex: 'organisationName' },
            { title: t('matching.fair.followUps'), dataIndex: 'kind', render: (k: FairFollowUp['kind'], f) => (
              <span data-testid={`follow-up-${k}`}><Tag color={k === 'order' ? 'green' : 'gold'}>{t(`matching.fair.followUpKind.${k}`)}</Tag>{f.number}</span>
            ) },
            { title: t('matching.fair.followUpStatus'), dataIndex: 'status', render: (s: string, f) => (f.kind === 'order' ? t(`catalogue.status.${s}`) : t(`matching.invitations.statusName.${s}`)) },
            { title: t('common.actions'), render: (_: unknown, f) => <Link to={f.kind === 'order' ? '/menu/orders' : '/matching/invitations'}>{t('matching.fair.followUpLink')}</Link> },
          ]} />
        </Card>
      )}
    </Space>
  );
}
