import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Form, Input, List, Select, Space, Tag } from 'antd';
import type { Fund, LedgerTxn } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useCan } from '../auth';
import { amountRules, yuanToFen } from './amount';
import { ReverseModal } from './ReverseModal';
import { allocate, listFunds, staffKeys } from './staff.api';
import { useFormAction } from './useFormAction';
import { useIdempotencyKey } from './useIdempotencyKey';

interface Values { toFundId: string; amount: string; memo: string }
const FIELDS = ['toFundId', 'memo'] as const;

/** 划拨: a parent fund moves money to one of its direct sub-funds; this session's vouchers can be reversed with a reason. */
export function AllocationPanel({ fund }: { fund: Fund }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [posted, setPosted] = useState<(LedgerTxn & { reversalSeq?: number; toName: string })[]>([]);
  const [reversing, setReversing] = useState<LedgerTxn | null>(null);
  const { keyFor, done } = useIdempotencyKey();
  const funds = useQuery({ queryKey: staffKeys.list, queryFn: listFunds });
  const children = (funds.data ?? []).filter((f) => f.parentId === fund.id);
  const action = useFormAction(form, FIELDS, async (v) => {
    const txn = await allocate(keyFor(), { fromFundId: fund.id, toFundId: v.toFundId, amountFen: yuanToFen(v.amount)!, memo: v.memo.trim() });
    done();
    const toName = children.find((c) => c.id === v.toFundId)?.name ?? '';
    setPosted((p) => [{ ...txn, toName }, ...p.filter((x) => x.id !== txn.id)]);
    message.success(t('funds.staff.alloc.posted', { amount: formatFen(txn.amountFen), seq: String(txn.seq) }));
    form.resetFields();
    void qc.invalidateQueries({ queryKey: ['funds', 'staff'] });
  });

  if (!funds.isLoading && children.length === 0) return <Empty description={t('funds.staff.alloc.noChildren')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card size="small" title={t('funds.staff.alloc.title')}>
        <ErrorAlert error={action.error ?? funds.error} unplaced={action.unplaced} testId="alloc-error" />
        <Form<Values> form={form} layout="vertical" onFinish={action.submit} onValuesChange={() => done()} style={{ maxWidth: 520 }}>
          <Form.Item name="toFundId" label={t('funds.staff.alloc.to')} rules={[{ required: true, message: t('funds.staff.alloc.toRequired') }]}>
            <Select showSearch optionFilterProp="label" data-testid="alloc-to"
              options={children.map((c) => ({ value: c.id, label: `${c.code} ${c.name}（${t('funds.staff.bal.available')} ${formatFen(c.balances.available)}）` }))} />
          </Form.Item>
          <Form.Item name="amount" label={t('funds.staff.amountYuan')} rules={amountRules(t)} extra={`${t('funds.staff.bal.available')}：${formatFen(fund.balances.available)}`}>
            <Input inputMode="decimal" prefix="¥" data-testid="alloc-amount" />
          </Form.Item>
          <Form.Item name="memo" label={t('funds.staff.alloc.memo')} rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('funds.staff.alloc.memoRequired') }]}>
            <Input maxLength={200} data-testid="alloc-memo" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={action.saving} data-testid="alloc-submit">{t('funds.staff.submit')}</Button>
        </Form>
      </Card>
      {posted.length > 0 && (
        <Card size="small" title={t('funds.staff.alloc.recent')}>
          <List size="small" dataSource={posted} data-testid="alloc-recent" renderItem={(x) => (
            <List.Item actions={[x.reversalSeq ? <Tag key="r" color="red">{t('funds.staff.alloc.reversed', { seq: String(x.reversalSeq) })}</Tag>
              : can('funds:ledger:reverse') && <Button key="r" size="small" danger onClick={() => setReversing(x)} data-testid={`alloc-reverse-${x.seq}`}>{t('funds.staff.alloc.reverse')}</Button>]}>
              #{x.seq} → {x.toName} {formatFen(x.amountFen)} · {x.memo}
            </List.Item>
          )} />
        </Card>
      )}
      {reversing && <ReverseModal txnId={reversing.id} label={`#${reversing.seq} ${formatFen(reversing.amountFen)}`} onClose={() => setReversing(null)}
        onDone={(r) => { setPosted((p) => p.map((x) => (x.id === reversing.id ? { ...x, reversalSeq: r.seq } : x))); setReversing(null); void qc.invalidateQueries({ queryKey: ['funds', 'staff'] }); }} />}
    </Space>
  );
}
