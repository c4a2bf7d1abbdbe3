import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Table, Tag } from 'antd';
import type { Fund, PaymentMilestone } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatDate, formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useCan } from '../auth';
import { listSchedule, requestMilestone, staffKeys } from './staff.api';
import { useIdempotencyKey } from './useIdempotencyKey';

/** 合同付款计划: a budget line's government-purchase contracts, instalment by milestone; a reached milestone is requested for payment. */
export function SchedulePanel({ fund }: { fund: Fund }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const qc = useQueryClient();
  const { keyFor, done } = useIdempotencyKey();
  const q = useQuery({ queryKey: staffKeys.part(fund.id, 'schedule'), queryFn: () => listSchedule(fund.id) });
  const request = async (m: PaymentMilestone) => {
    try {
      await requestMilestone(keyFor(m.id), m.id);
      done(m.id);
      message.success(t('funds.staff.schedule.requested'));
      void qc.invalidateQueries({ queryKey: ['funds', 'staff'] });
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <ErrorAlert error={q.error} />
      <Table<PaymentMilestone> rowKey="id" size="small" loading={q.isLoading} dataSource={q.data} pagination={false} scroll={{ x: 'max-content' }} data-testid="staff-schedule"
        locale={{ emptyText: t('funds.staff.schedule.none') }}
        columns={[
          { title: t('funds.staff.schedule.seq'), dataIndex: 'seq', render: (s: number) => t('funds.staff.schedule.instalment', { n: String(s) }) },
          { title: t('funds.staff.schedule.milestone'), dataIndex: 'milestone' },
          { title: t('funds.staff.col.payee'), dataIndex: 'payeeName', responsive: ['md'] },
          { title: t('funds.staff.col.amount'), dataIndex: 'amountFen', align: 'right', render: formatFen },
          { title: t('funds.staff.schedule.dueOn'), dataIndex: 'dueOn', render: (d: string) => formatDate(d, locale) },
          { title: t('funds.staff.col.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(`funds.staff.schedule.st.${s}`)}</Tag> },
          {
            title: t('funds.staff.col.actions'), key: 'actions', render: (_, m) => m.status === 'scheduled' && can('funds:disbursement:request') && (
              <Popconfirm title={t('funds.staff.schedule.confirm', { amount: formatFen(m.amountFen) })} onConfirm={() => request(m)}>
                <Button size="small" data-testid={`schedule-request-${m.seq}`}>{t('funds.staff.schedule.request')}</Button>
              </Popconfirm>
            ),
          },
        ]} />
    </>
  );
}
