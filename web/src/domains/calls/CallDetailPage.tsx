import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { App, Button, Card, Col, Input, Modal, Row, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { describeError } from '../../platform/errors';
import { useCan } from '../auth';
import { BidsCard } from './BidsCard';
import { SelectionCard } from './SelectionCard';
import { CallFacts, CallTimeline } from './CallTimeline';
import { STATUS_COLOR } from './CallsPage';
import { callKeys, cancelCall, getCall, moveCall } from './calls.api';

/** One call: facts, timeline, the actions its state allows, bids, panel, scores and the award notice. */
export default function CallDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const client = useQueryClient();
  const call = useQuery({ queryKey: callKeys.one(id), queryFn: () => getCall(id) });
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');

  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      message.success(t('calls.detail.done'));
      await client.invalidateQueries({ queryKey: ['calls'] });
    } catch (e) {
      const { title, detail } = describeError(e, t);
      message.error(detail ? `${title}：${detail}` : title);
    }
  };

  if (call.error) return <ErrorAlert error={call.error} />;
  const c = call.data;
  if (!c) return <Card loading />;
  const official = c.canEdit;
  const actions = [
    official && can('calls:call:publish') && c.status === 'draft' && <Button key="p" type="primary" data-testid="call-publish" onClick={() => run(() => moveCall(id, 'publish'))}>{t('calls.detail.publish')}</Button>,
    official && can('calls:panel:manage') && c.status === 'published' && <Button key="c" data-testid="call-close" onClick={() => run(() => moveCall(id, 'close'))}>{t('calls.detail.close')}</Button>,
    official && can('calls:panel:manage') && c.status === 'closed' && <Button key="e" type="primary" data-testid="call-start" onClick={() => run(() => moveCall(id, 'start-evaluation'))}>{t('calls.detail.startEvaluation')}</Button>,
    official && can('calls:award:manage') && c.status === 'awarded' && <Button key="f" type="primary" data-testid="call-finalise" onClick={() => run(() => moveCall(id, 'finalise'))}>{t('calls.detail.finalise')}</Button>,
    official && can('calls:call:publish') && ['draft', 'published', 'closed', 'evaluating'].includes(c.status) && <Button key="x" danger onClick={() => setCancelling(true)}>{t('calls.detail.cancel')}</Button>,
  ].filter(Boolean);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Space wrap><Link to="/calls">← {t('calls.detail.back')}</Link>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="call-heading">{c.title}</Typography.Title>
            <Tag color={STATUS_COLOR[c.status]} data-testid="call-status">{t(`calls.status.${c.status}`)}</Tag></Space>
          <Space wrap>{actions}{c.status !== 'draft' && <Link to={`/open/calls/${c.id}`}>{t('calls.list.public')}</Link>}</Space>
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}><Card title={t('calls.detail.info')}><CallFacts call={c} /></Card></Col>
        <Col xs={24} lg={8}><Card title={t('calls.detail.timeline')}><CallTimeline events={c.events} /></Card></Col>
      </Row>
      <BidsCard call={c} onChanged={() => client.invalidateQueries({ queryKey: ['calls'] })} />
      {c.status !== 'draft' && c.status !== 'published' && <SelectionCard call={c} run={run} />}
      <Modal open={cancelling} title={t('calls.detail.cancel')} onCancel={() => setCancelling(false)} okButtonProps={{ disabled: !reason.trim(), danger: true }}
        onOk={async () => { await run(() => cancelCall(id, reason.trim())); setCancelling(false); }}>
        <Input.TextArea rows={3} placeholder={t('calls.detail.cancelReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Space>
  );
}
