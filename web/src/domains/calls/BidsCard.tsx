import { useState } from 'react';
import { Alert, App, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Bid, CallDetail } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { describeError } from '../../platform/errors';
import { formatFen } from '../../platform/format';
import { useCan, useSession } from '../auth';
import { BidFormDrawer } from './BidFormDrawer';
import { ReviewModal } from './ReviewModal';
import { bidAction, callKeys, listBids } from './calls.api';

/** 揭榜申报: before the deadline the bidder sees only its own (the API returns nothing else); panellists score. */
export function BidsCard({ call, onChanged }: { call: CallDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const me = useSession();
  const bids = useQuery({ queryKey: callKeys.bids(call.id), queryFn: () => listBids(call.id), enabled: call.status !== 'draft' });
  const [editing, setEditing] = useState<{ bid: Bid | null } | null>(null);
  const [reviewing, setReviewing] = useState<Bid | null>(null);
  const open = call.status === 'published' && Date.now() < Date.parse(call.deadline);
  const mine = (b: Bid) => b.members.some((m) => m.organisationId === me.organisationId);
  const lead = (b: Bid) => b.leadOrganisationId === me.organisationId;

  const act = async (b: Bid, action: 'submit' | 'withdraw' | 'confirm') => {
    try {
      const r = await bidAction(call.id, b.id, action);
      if (r.status === 'ineligible') message.warning(t('calls.detail.failures'));
      else message.success(t('calls.detail.done'));
      onChanged();
    } catch (e) {
      const { title, detail } = describeError(e, t);
      message.error(detail ? `${title}：${detail}` : title);
    }
  };

  if (call.status === 'draft') return null;
  return (
    <Card title={t('calls.detail.bids')} extra={open && can('calls:bid:submit') && me.organisationId && !(bids.data ?? []).some((b) => mine(b) && b.status !== 'withdrawn') &&
      <Button type="primary" data-testid="bid-new" onClick={() => setEditing({ bid: null })}>{t('calls.detail.bidNow')}</Button>}>
      {open && <Alert type="info" showIcon title={t('calls.detail.sealed')} style={{ marginBottom: 12 }} />}
      <ErrorAlert error={bids.error} />
      <List<Bid> dataSource={bids.data ?? []} loading={bids.isLoading} rowKey="id" renderItem={(b) => (
        <List.Item data-testid={`bid-${b.leadOrganisationName}`} actions={[
          open && lead(b) && ['draft', 'ineligible', 'submitted'].includes(b.status) && <Button key="e" size="small" onClick={() => setEditing({ bid: b })}>{t('calls.detail.edit')}</Button>,
          open && lead(b) && b.status === 'draft' && <Button key="s" size="small" type="primary" data-testid="bid-submit" onClick={() => act(b, 'submit')}>{t('calls.detail.submit')}</Button>,
          open && lead(b) && ['draft', 'ineligible', 'submitted'].includes(b.status) && <Button key="w" size="small" danger onClick={() => act(b, 'withdraw')}>{t('calls.detail.withdraw')}</Button>,
          open && mine(b) && !lead(b) && b.members.find((m) => m.organisationId === me.organisationId)?.confirmedAt === null &&
            <Button key="c" size="small" onClick={() => act(b, 'confirm')}>{t('calls.detail.confirm')}</Button>,
          call.isPanellist && call.status === 'evaluating' && b.status === 'submitted' && <Button key="r" size="small" type="primary" data-testid="bid-review" onClick={() => setReviewing(b)}>{t('calls.detail.score')}</Button>,
        ].filter(Boolean)}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text strong>{b.leadOrganisationName}</Typography.Text>
              <Tag data-testid="bid-status">{t(`calls.bidStatus.${b.status}`)}</Tag>
              <span>{t('calls.detail.total')} {formatFen(b.totalFen)}</span>
              {b.members.length > 1 && <span>{t('calls.detail.members')}：{b.members.map((m) => `${m.organisationName}（${t(`calls.detail.${m.role}`)}${m.confirmedAt ? '✓' : '…'}）`).join('、')}</span>}
            </Space>
            {b.eligibilityFailures.length > 0 && <Alert type="error" showIcon data-testid="bid-failures" title={t('calls.detail.failures')}
              description={<ul style={{ margin: 0, paddingLeft: 18 }}>{b.eligibilityFailures.map((f) => <li key={`${f.organisationId}-${f.rule}`}>{f.message}</li>)}</ul>} />}
          </Space>
        </List.Item>
      )} />
      {editing && <BidFormDrawer call={call} bid={editing.bid} onClose={() => { setEditing(null); onChanged(); }} />}
      {reviewing && <ReviewModal call={call} bid={reviewing} onClose={() => { setReviewing(null); onChanged(); }} />}
    </Card>
  );
}
