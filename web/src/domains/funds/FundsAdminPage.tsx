import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import type { Fund } from '@wushe/common';
import { Link } from 'react-router';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useCan } from '../auth';
import { checkLedger, listFunds, staffKeys } from './staff.api';

/** 基金管理: the funds in the actor's data scope with their balances (available and held), each opening its money work. */
export default function FundsAdminPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  const q = useQuery({ queryKey: staffKeys.list, queryFn: listFunds });
  const rows = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return (q.data ?? []).filter((r) => !f || r.name.toLowerCase().includes(f) || r.code.toLowerCase().includes(f));
  }, [q.data, filter]);
  const can = useCan();
  // 账本校验: re-derives every balance from the entries and checks every invariant (the CLI's `ledger check`).
  const check = useMutation({ mutationFn: checkLedger });
  const money = (pick: (f: Fund) => number) => (_: unknown, r: Fund) => formatFen(pick(r));

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>{t('funds.staff.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('funds.staff.subtitle')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search allowClear placeholder={t('funds.staff.search')} onChange={(e) => setFilter(e.target.value)} style={{ width: 260, maxWidth: '100%' }} data-testid="staff-funds-filter" />
        {can('funds:ledger:check') && <Button onClick={() => check.mutate()} loading={check.isPending} data-testid="ledger-check">{t('funds.staff.check.run')}</Button>}
      </Space>
      <ErrorAlert error={q.error ?? check.error} />
      {check.data && (
        <Alert style={{ marginBottom: 12 }} showIcon type={check.data.problems.length ? 'error' : 'success'} data-testid="ledger-check-result"
          title={check.data.problems.length ? t('funds.staff.check.broken', { n: String(check.data.problems.length) }) : t('funds.staff.check.ok', { checks: String(check.data.checks), transactions: String(check.data.transactions), entries: String(check.data.entries), accounts: String(check.data.accounts) })}
          description={check.data.problems.length ? check.data.problems.map((p) => `${p.check}：${p.detail}`).join('；') : undefined} />
      )}
      <Table<Fund> rowKey="id" size="small" loading={q.isLoading} dataSource={rows} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 'max-content' }} data-testid="staff-funds"
        columns={[
          { title: t('funds.staff.col.code'), dataIndex: 'code', responsive: ['md'] },
          { title: t('funds.staff.col.name'), dataIndex: 'name', render: (name: string, r) => <Link to={`/funds/${r.id}`} data-testid={`staff-fund-${r.code}`}>{name}</Link> },
          { title: t('funds.staff.col.kind'), dataIndex: 'kind', responsive: ['md'], render: (k: string) => <Tag>{t(`funds.kind.${k}`)}</Tag> },
          { title: t('funds.staff.col.region'), dataIndex: 'regionName', responsive: ['lg'] },
          { title: t('funds.staff.bal.available'), key: 'available', align: 'right', render: money((f) => f.balances.available) },
          { title: t('funds.staff.bal.held'), key: 'held', align: 'right', render: money((f) => f.balances.held) },
          { title: t('funds.staff.bal.balance'), key: 'balance', align: 'right', responsive: ['sm'], render: money((f) => f.balances.balance) },
        ]} />
    </Card>
  );
}
