import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Table, Tag } from 'antd';
import type { Donation, Fund } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen, formatInstant } from '../../platform/format';
import { describeError } from '../../platform/errors';
import { useI18n } from '../../platform/i18n';
import { useCan } from '../auth';
import { DonationModal } from './DonationModal';
import { ReverseModal } from './ReverseModal';
import { downloadReceipt, listCampaigns, listDonations, staffKeys } from './staff.api';

/** 捐赠入账: the fund's donations with receipts; staff enter bank-record donations and refund by reversal. */
export function DonationsPanel({ fund }: { fund: Fund }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const qc = useQueryClient();
  const [recording, setRecording] = useState(false);
  const [refunding, setRefunding] = useState<Donation | null>(null);
  const donations = useQuery({ queryKey: staffKeys.part(fund.id, 'donations'), queryFn: () => listDonations(fund.id) });
  const campaigns = useQuery({ queryKey: staffKeys.part(fund.id, 'campaigns'), queryFn: () => listCampaigns(fund.id) });
  const refresh = () => void qc.invalidateQueries({ queryKey: staffKeys.one(fund.id) });
  const receipt = (d: Donation) => downloadReceipt(d.id).catch((e: unknown) => message.error(describeError(e, t).title));

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {can('funds:donation:record') && <Button type="primary" onClick={() => setRecording(true)} data-testid="donation-record">{t('funds.staff.donation.record')}</Button>}
      <ErrorAlert error={donations.error} />
      <Table<Donation> rowKey="id" size="small" loading={donations.isLoading} dataSource={donations.data} pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: 'max-content' }}
        data-testid="staff-donations" locale={{ emptyText: t('funds.staff.donation.none') }}
        columns={[
          { title: t('funds.staff.col.donor'), key: 'donor', render: (_, d) => (d.isAnonymous ? <Tag>{t('funds.staff.donation.anonymous')}</Tag> : d.donorName) },
          { title: t('funds.staff.col.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number, d) => (d.refunded ? <s>{formatFen(v)}</s> : formatFen(v)) },
          { title: t('funds.staff.col.channel'), dataIndex: 'channel', responsive: ['md'], render: (c: string) => t(`funds.channel.${c}`) },
          { title: t('funds.staff.col.receipt'), dataIndex: 'receiptNo', responsive: ['lg'] },
          { title: t('funds.staff.col.at'), dataIndex: 'receivedAt', responsive: ['md'], render: (v: string) => formatInstant(v) },
          {
            title: t('funds.staff.col.actions'), key: 'actions', render: (_, d) => (
              <Space wrap>
                <Button size="small" onClick={() => void receipt(d)} data-testid={`donation-receipt-${d.receiptNo}`}>{t('funds.staff.donation.receipt')}</Button>
                {d.refunded ? <Tag color="red">{t('funds.staff.donation.refunded')}</Tag>
                  : can('funds:ledger:reverse') && <Button size="small" danger onClick={() => setRefunding(d)} data-testid={`donation-refund-${d.receiptNo}`}>{t('funds.staff.donation.refund')}</Button>}
              </Space>
            ),
          },
        ]} />
      {recording && <DonationModal fund={fund} campaigns={campaigns.data ?? []} onClose={() => setRecording(false)} onDone={() => { setRecording(false); refresh(); }} />}
      {refunding && <ReverseModal txnId={refunding.txnId} label={`${refunding.receiptNo} ${formatFen(refunding.amountFen)}`} onClose={() => setRefunding(null)} onDone={() => { setRefunding(null); refresh(); }} />}
    </Space>
  );
}
