import { Card, Col, Descriptions, Empty, Row, Space, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { Assessment } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { NeedActions } from './NeedActions';
import { attachmentUrl, getNeed, needKeys } from './needs.api';
import { StatusTag } from './StatusTag';
import { ProcessTimeline } from './Timeline';
import { useCan } from '../auth';
import { CandidatesPanel } from '../matching';

/** One need: its facts, photos, 评榜 record with the suggested priority, the actions open to the actor, and its timeline. */
export default function NeedDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const client = useQueryClient();
  const can = useCan();
  const q = useQuery({ queryKey: needKeys.one(id), queryFn: () => getNeed(id) });
  if (q.error) return <ErrorAlert error={q.error} />;
  const d = q.data;
  if (!d) return <Card loading />;
  const n = d.need;
  const s = d.suggestion;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={15}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Card title={<Space wrap>{n.number}<Typography.Text strong>{n.title}</Typography.Text><StatusTag status={n.status} /></Space>} data-testid="need-detail">
            <Descriptions column={{ xs: 1, sm: 2 }} size="small" items={[
              { label: t('needs.list.category'), children: t(`enums.serviceDomain.${n.category}`) },
              { label: t('needs.list.community'), children: n.regionName },
              { label: t('needs.list.source'), children: t(`needs.source.${n.source}`) },
              { label: t('needs.form.urgency'), children: t(`needs.urgency.${n.urgency}`) },
              { label: t('needs.list.people'), children: n.peopleAffected },
              { label: t('needs.list.asked'), children: n.requestCount },
              { label: t('needs.list.priority'), children: n.priority ?? '—' },
              { label: t('needs.detail.contact'), children: [n.contactName, n.contactPhone].filter(Boolean).join(' ') || '—' },
              { label: t('needs.list.createdAt'), children: formatInstant(n.createdAt) },
              { label: t('needs.form.description'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{n.description}</span>, span: 2 },
              ...(n.decisionReason ? [{ label: t('needs.detail.decisionReason'), children: <span data-testid="decision-reason-text">{n.decisionReason}</span>, span: 2 }] : []),
            ]} />
          </Card>
          <Card size="small" title={t('needs.detail.attachments')}>
            {n.attachments.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : (
              <Space wrap>{n.attachments.map((a) => a.mime.startsWith('image/')
                ? <a key={a.id} href={attachmentUrl(n.id, a.id)} target="_blank" rel="noreferrer"><img src={attachmentUrl(n.id, a.id)} alt={a.name} style={{ height: 96, borderRadius: 4 }} /></a>
                : <a key={a.id} href={attachmentUrl(n.id, a.id)} target="_blank" rel="noreferrer">{a.name}</a>)}</Space>
            )}
          </Card>
          <Card size="small" title={t('needs.detail.assessments')}>
            {s && <Typography.Paragraph data-testid="suggestion">{t('needs.detail.suggestionText', { ...s })}</Typography.Paragraph>}
            <Table<Assessment> rowKey="id" size="small" pagination={false} dataSource={d.assessments} scroll={{ x: 600 }} columns={[
              { title: t('needs.detail.assessors'), dataIndex: 'assessorName' },
              { title: t('needs.detail.importance'), dataIndex: 'importance', render: (v) => v ?? '—' },
              { title: t('needs.detail.urgencyScore'), dataIndex: 'urgency', render: (v) => v ?? '—' },
              { title: t('needs.detail.feasibility'), dataIndex: 'feasibility', render: (v) => v ?? '—' },
              { title: t('needs.detail.comment'), dataIndex: 'comment', render: (v: string | null, a) => v ?? (a.status === 'assigned' ? t('needs.detail.pending') : '—') },
            ]} />
          </Card>
          <NeedActions detail={d} onChanged={() => client.invalidateQueries({ queryKey: needKeys.all })} />
          {can('matching:candidates:view') && ['accepted', 'in_call', 'submitted', 'assessing'].includes(n.status) && (
            <Card size="small" title={t('matching.candidates.title')}><CandidatesPanel needId={n.id} /></Card>
          )}
        </Space>
      </Col>
      <Col xs={24} lg={9}>
        <Card size="small" title={t('needs.detail.timeline')}><ProcessTimeline events={d.timeline} prefix="needs.events" /></Card>
      </Col>
    </Row>
  );
}
