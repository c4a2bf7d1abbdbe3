import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Space, Table, Tag } from 'antd';
import type { Fund, StaffLedgerTxn } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen, formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useCan } from '../auth';
import { ReverseModal } from './ReverseModal';
import { listTransactions, staffKeys } from './staff.api';

const PAGE_SIZE = 20;

/** 账本: the fund's journal vouchers newest first; a reversible one (donation, appropriation, allocation) can be reversed once. */
export function LedgerPanel({ fund }: { fund: Fund }) {
  const { t } = useI18n();
  const can = useCan();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [reversing, setReversing] = useState<StaffLedgerTxn | null>(null);
  const q = useQuery({ queryKey: [...staffKeys.part(fund.id, 'ledger'), page], queryFn: () => listTransactions(fund.id, page, PAGE_SIZE), placeholderData: keepPreviousData });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ErrorAlert error={q.error} />
      <Table<StaffLedgerTxn> rowKey="id" size="small" loading={q.isFetching} dataSource={q.data?.items} scroll={{ x: 'max-content' }} data-testid="staff-ledger"
        pagination={{ current: page, pageSize: PAGE_SIZE, total: q.data?.total ?? 0, showSizeChanger: false, onChange: setPage, showTotal: (n) => t('funds.staff.ledger.total', { n: String(n) }) }}
        columns={[
          { title: t('funds.staff.ledger.seq'), dataIndex: 'seq', render: (s: number) => `#${s}` },
          { title: t('funds.staff.ledger.kind'), dataIndex: 'kind', render: (k: string) => <Tag color={k === 'reversal' ? 'red' : undefined}>{t(`funds.staff.ledger.k.${k}`)}</Tag> },
          { title: t('funds.staff.col.amount'), dataIndex: 'amountFen', align: 'right', render: formatFen },
          { title: t('funds.staff.ledger.memo'), dataIndex: 'memo' },
          { title: t('funds.staff.col.at'), dataIndex: 'occurredAt', responsive: ['md'], render: formatInstant },
          {
            title: t('funds.staff.col.actions'), key: 'actions', render: (_, x) => (x.reversedBySeq !== null
              ? <Tag color="red" data-testid={`ledger-reversed-${x.seq}`}>{t('funds.staff.alloc.reversed', { seq: String(x.reversedBySeq) })}</Tag>
              : x.reversible && can('funds:ledger:reverse') && <Button size="small" danger onClick={() => setReversing(x)} data-testid={`ledger-reverse-${x.seq}`}>{t('funds.staff.alloc.reverse')}</Button>),
          },
        ]} />
      {reversing && <ReverseModal txnId={reversing.id} label={`#${reversing.seq} ${formatFen(reversing.amountFen)}`} onClose={() => setReversing(null)}
        onDone={() => { setReversing(null); void qc.invalidateQueries({ queryKey: ['funds', 'staff'] }); }} />}
    </Space>
  );
}
