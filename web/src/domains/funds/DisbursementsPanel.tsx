import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import type { Disbursement, Fund, Permission } from '@wushe/common';
import { ApiError } from '../../platform/api';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen, formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useCan } from '../auth';
import { DisbursementModal } from './DisbursementModal';
import { listDisbursements, listProjects, moveDisbursement, staffKeys, type DisbursementStep } from './staff.api';
import { useIdempotencyKey } from './useIdempotencyKey';

/** The steps each status allows (fund-rules.ts) and the permission each needs. */
const STEPS: Record<string, DisbursementStep[]> = { requested: ['approve', 'reject', 'cancel'], approved: ['pay', 'cancel'] };
const NEEDS: Record<DisbursementStep, Permission> = { approve: 'funds:disbursement:approve', reject: 'funds:disbursement:approve', cancel: 'funds:disbursement:approve', pay: 'funds:disbursement:pay' };

/** 拨付: request → approve (hold, by another person) → pay (post) or cancel (release). */
export function DisbursementsPanel({ fund }: { fund: Fund }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const qc = useQueryClient();
  const [requesting, setRequesting] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { keyFor, done } = useIdempotencyKey();
  const list = useQuery({ queryKey: staffKeys.part(fund.id, 'disbursements'), queryFn: () => listDisbursements(fund.id) });
  const projects = useQuery({ queryKey: staffKeys.part(fund.id, 'projects'), queryFn: () => listProjects(fund.id) });
  const titleOf = new Map((projects.data ?? []).map((p) => [p.id, p.title]));
  const refresh = () => void qc.invalidateQueries({ queryKey: staffKeys.one(fund.id) });

  // One key per row and step, kept until it succeeds: clicking 支付 again after a timeout replays, never pays twice.
  const move = async (d: Disbursement, step: DisbursementStep) => {
    const scope = `${d.id}:${step}`;
    if (busy) return;
    setBusy(scope);
    setError(null);
    try {
      const moved = await moveDisbursement(keyFor(scope), d.id, step);
      done(scope);
      message.success(t('funds.staff.disb.done', { status: t(`funds.staff.disb.st.${moved.status}`) }));
      refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const samePerson = error instanceof ApiError && error.code === 'FUND_SAME_PERSON';
  const button = (d: Disbursement, step: DisbursementStep) => {
    const b = (
      <Button size="small" key={step} danger={step === 'reject' || step === 'cancel'} type={step === 'pay' || step === 'approve' ? 'primary' : 'default'}
        loading={busy === `${d.id}:${step}`} onClick={step === 'cancel' ? undefined : () => void move(d, step)} data-testid={`disb-${step}-${d.payeeName}`}>
        {t(`funds.staff.disb.${step}`)}
      </Button>
    );
    return step === 'cancel' ? <Popconfirm key={step} title={t('funds.staff.disb.confirmCancel')} onConfirm={() => move(d, step)}>{b}</Popconfirm> : b;
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {can('funds:disbursement:request') && <Button type="primary" onClick={() => setRequesting(true)} data-testid="disb-request">{t('funds.staff.disb.request')}</Button>}
      {samePerson
        ? <Alert type="error" showIcon data-testid="disb-same-person" title={t('errors.FUND_SAME_PERSON')} description={t('funds.staff.disb.samePerson')} />
        : <ErrorAlert error={error ?? list.error} testId="disb-action-error" />}
      <Table<Disbursement> rowKey="id" size="small" loading={list.isLoading} dataSource={list.data} pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: 'max-content' }}
        data-testid="staff-disbursements" locale={{ emptyText: t('funds.staff.disb.none') }}
        columns={[
          { title: t('funds.staff.col.payee'), dataIndex: 'payeeName' },
          { title: t('funds.staff.disb.amount'), dataIndex: 'amountFen', align: 'right', render: formatFen },
          { title: t('funds.staff.disb.status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'paid' ? 'green' : s === 'approved' ? 'blue' : s === 'requested' ? 'orange' : 'default'}>{t(`funds.staff.disb.st.${s}`)}</Tag> },
          { title: t('funds.staff.col.purpose'), key: 'purpose', responsive: ['md'], render: (_, d) => (d.projectId && titleOf.get(d.projectId) ? `${titleOf.get(d.projectId)}：${d.purpose}` : d.purpose) },
          { title: t('funds.staff.disb.requestedAt'), dataIndex: 'createdAt', responsive: ['lg'], render: (v: string) => formatInstant(v) },
          { title: t('funds.staff.col.actions'), key: 'actions', render: (_, d) => <Space wrap>{(STEPS[d.status] ?? []).filter((s) => can(NEEDS[s])).map((s) => button(d, s))}</Space> },
        ]} />
      {requesting && <DisbursementModal fund={fund} projects={projects.data ?? []} onClose={() => setRequesting(false)} onDone={() => { setRequesting(false); refresh(); }} />}
    </Space>
  );
}
