import { useMemo, useState } from 'react';
import { App, Button, Card, Drawer, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { FairInput, FairResult } from '@wushe/common';
import { describeError } from '../../platform/errors';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen, formatInstant } from '../../platform/format';
import { cityCodeOfCode } from '../../platform/kernel';
import { useI18n } from '../../platform/i18n';
import { useCan, useMe } from '../auth';
import { FairResultView, type Pair } from './FairResultView';
import { WeightsCard } from './WeightsCard';
import { confirmFair, getFair, listAcceptedNeeds, listDomainOrganisations, listFairs, matchingKeys, previewFair, type FairNeed } from './matching.api';

/** 供需对接会 / 牵手计划: pick accepted needs and the organisations taking part, solve for the optimum, adjust, confirm. */
export default function FairPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const me = useMe().data;
  const client = useQueryClient();
  const [needIds, setNeedIds] = useState<string[]>([]);
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const [params, setParams] = useState({ capacityPerOrganisation: 3, capPerOrganisation: 2 as number | null, minScore: 0.3 });
  const [pinned, setPinned] = useState<Pair[]>([]);
  const [forbidden, setForbidden] = useState<Pair[]>([]);
  const [result, setResult] = useState<FairResult | null>(null);
  const [solving, setSolving] = useState(false);
  const [title, setTitle] = useState('');
  const [viewing, setViewing] = useState<string | null>(null);
  /** Yuan as typed; sent in fen. Empty means "the menu price" (amounts) or "no cap" (money caps). */
  const [amounts, setAmounts] = useState<Record<string, number | null>>({});
  const [moneyCaps, setMoneyCaps] = useState<Record<string, number | null>>({});

  const needs = useQuery({ queryKey: ['needs', 'accepted-for-fair'], queryFn: listAcceptedNeeds });
  const orgs = useQuery({ queryKey: ['organisations', 'for-fair'], queryFn: () => listDomainOrganisations(undefined) });
  const fairs = useQuery({ queryKey: matchingKeys.fairs, queryFn: listFairs });
  const fair = useQuery({ queryKey: ['matching', 'fair', viewing], queryFn: () => getFair(viewing!), enabled: !!viewing });
  const chosenDomains = useMemo(() => new Set((needs.data ?? []).filter((n) => needIds.includes(n.id)).map((n) => n.category)), [needs.data, needIds]);
  const orgOptions = (orgs.data ?? []).filter((o) => !chosenDomains.size || o.serviceDomains.some((d) => chosenDomains.has(d)));

  const toFen = (yuan: number) => Math.round(yuan * 100);
  const input = (p = pinned, f = forbidden): FairInput => ({
    needIds, organisationIds, capacityPerOrganisation: params.capacityPerOrganisation, minScore: params.minScore, pinned: p, forbidden: f,
    moneyCaps: organisationIds.flatMap((id) => (moneyCaps[id] != null ? [{ organisationId: id, capFen: toFen(moneyCaps[id]!) }] : [])),
    amounts: needIds.flatMap((id) => (amounts[id] != null ? [{ needId: id, amountFen: toFen(amounts[id]!) }] : [])),
    ...(params.capPerOrganisation ? { capPerOrganisation: params.capPerOrganisation } : {}),
  });
  const solve = async (p = pinned, f = forbidden) => {
    setSolving(true);
    try {
      setResult(await previewFair(input(p, f)));
    } catch (e) {
      const { title: head, detail } = describeError(e, t);
      message.error(detail ? t('common.errorWithDetail', { title: head, detail }) : head);
    } finally {
      setSolving(false);
    }
  };
  const onConfirm = async () => {
    try {
      const confirmed = await confirmFair({ ...input(), title });
      message.success(t('matching.fair.confirmed'));
      setViewing(confirmed.id);
      setResult(null);
      setTitle('');
      await client.invalidateQueries({ queryKey: matchingKeys.fairs });
    } catch (e) {
      message.error(describeError(e, t).title);
    }
  };
  // The platform administrator has no region of their own; they edit the first city's weights (the demo's 鄂尔多斯市).
  const cityCode = cityCodeOfCode(me?.regionCode ?? '150600000000');

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <div className="page-header"><Typography.Title level={4}>{t('matching.fair.title')}</Typography.Title></div>
      {can('matching:settings:edit') && <WeightsCard cityCode={cityCode} />}
      <Card size="small" title={t('matching.fair.setup')}>
        {needs.error && <ErrorAlert error={needs.error} />}
        <Table<FairNeed> rowKey="id" size="small" loading={needs.isLoading} dataSource={needs.data ?? []} pagination={{ pageSize: 10, hideOnSinglePage: true }}
          rowSelection={{ selectedRowKeys: needIds, onChange: (keys) => setNeedIds(keys as string[]) }}
          locale={{ emptyText: t('matching.fair.noNeeds') }}
          columns={[
            { title: t('matching.fair.need'), dataIndex: 'title' },
            { title: t('matching.fair.category'), dataIndex: 'category', render: (c: string) => t(`enums.serviceDomain.${c}`) },
            { title: t('matching.fair.region'), dataIndex: 'regionName' },
            {
              title: <span title={t('matching.fair.amountHint')}>{t('matching.fair.amount')}</span>, width: 150,
              render: (_: unknown, n: FairNeed) => (
                <InputNumber size="small" min={0} max={100_000_000} precision={2} prefix="¥" style={{ width: 130 }} data-testid={`fair-amount-${n.id}`}
                  placeholder={t('matching.fair.amountPlaceholder')} value={amounts[n.id] ?? null} onChange={(v) => setAmounts({ ...amounts, [n.id]: v })} />
              ),
            },
          ]} />
        <Form layout="vertical" style={{ marginTop: 16 }}>
          <Form.Item label={t('matching.fair.organisations')}>
            <Select mode="multiple" data-testid="fair-organisations" value={organisationIds} onChange={setOrganisationIds} optionFilterProp="label" loading={orgs.isLoading}
              options={orgOptions.map((o) => ({ value: o.id, label: o.name }))} placeholder={t('matching.fair.organisationsHint')} />
          </Form.Item>
          {organisationIds.length > 0 && (
            <Form.Item label={t('matching.fair.moneyCaps')} tooltip={t('matching.fair.moneyCapsHint')}>
              <Table size="small" rowKey="id" pagination={{ pageSize: 8, hideOnSinglePage: true }} data-testid="fair-money-caps"
                dataSource={(orgs.data ?? []).filter((o) => organisationIds.includes(o.id))} columns={[
                  { title: t('matching.fair.organisation'), dataIndex: 'name' },
                  {
                    title: t('matching.fair.moneyCap'), width: 180, render: (_: unknown, o: { id: string; name?: string }) => (
                      <InputNumber size="small" min={0} max={1_000_000_000} precision={2} prefix="¥" style={{ width: 160 }} aria-label={`${t('matching.fair.moneyCap')} ${o.name}`}
                        data-testid="fair-money-cap" placeholder={t('matching.fair.noMoneyCap')} value={moneyCaps[o.id] ?? null} onChange={(v) => setMoneyCaps({ ...moneyCaps, [o.id]: v })} />
                    ),
                  },
                  { title: t('matching.fair.amountTotal'), render: (_: unknown, o: { id: string }) => (result ? formatFen(result.assignments.filter((a) => a.organisationId === o.id).reduce((s, a) => s + (a.amountFen ?? 0), 0)) : '—') },
                ]} />
            </Form.Item>
          )}
          <Space wrap>
            <Form.Item label={t('matching.fair.capacity')}><InputNumber min={1} max={100} value={params.capacityPerOrganisation} onChange={(v) => setParams({ ...params, capacityPerOrganisation: v ?? 1 })} /></Form.Item>
            <Form.Item label={t('matching.fair.cap')} tooltip={t('matching.fair.capHint')}><InputNumber min={1} max={100} value={params.capPerOrganisation} onChange={(v) => setParams({ ...params, capPerOrganisation: v })} /></Form.Item>
            <Form.Item label={t('matching.fair.minScore')}><InputNumber min={0} max={1} step={0.05} value={params.minScore} onChange={(v) => setParams({ ...params, minScore: v ?? 0 })} /></Form.Item>
          </Space>
          <Space wrap>
            <Button type="primary" data-testid="fair-solve" loading={solving} disabled={!needIds.length || !organisationIds.length} onClick={() => solve()}>{t('matching.fair.solve')}</Button>
            {(pinned.length > 0 || forbidden.length > 0) && (
              <Button onClick={() => { setPinned([]); setForbidden([]); void solve([], []); }}>{t('matching.fair.clearAdjustments', { pinned: pinned.length, forbidden: forbidden.length })}</Button>
            )}
          </Space>
        </Form>
      </Card>
      {result && (
        <Card size="small" title={t('matching.fair.result')}>
          <FairResultView result={result} pinned={pinned}
            onPin={(p) => { const next = [...pinned.filter((x) => x.needId !== p.needId), p]; setPinned(next); void solve(next, forbidden); }}
            onForbid={(p) => { const next = [...forbidden, p]; setForbidden(next); setPinned(pinned.filter((x) => x.needId !== p.needId || x.organisationId !== p.organisationId)); void solve(pinned.filter((x) => x.needId !== p.needId || x.organisationId !== p.organisationId), next); }} />
          <Space.Compact style={{ marginTop: 16, width: '100%', maxWidth: 560 }}>
            <Input data-testid="fair-title" placeholder={t('matching.fair.titlePlaceholder')} value={title} onChange={(e) => setTitle(e.target.value)} />
            <Button type="primary" data-testid="fair-confirm" disabled={title.trim().length < 2} onClick={onConfirm}>{t('matching.fair.confirm')}</Button>
          </Space.Compact>
        </Card>
      )}
      <Card size="small" title={t('matching.fair.history')}>
        <Table rowKey="id" size="small" loading={fairs.isLoading} dataSource={fairs.data ?? []} pagination={{ pageSize: 10, hideOnSinglePage: true }} columns={[
          { title: t('matching.fair.fairTitle'), dataIndex: 'title', render: (v: string, r) => <a onClick={() => setViewing(r.id)}>{v}</a> },
          { title: t('matching.fair.matched'), render: (_v, r) => `${r.matched} / ${r.needs}` },
          { title: t('matching.fair.organisationCount'), dataIndex: 'organisations' },
          { title: t('matching.fair.confirmedAt'), dataIndex: 'createdAt', render: (v: string) => formatInstant(v) },
        ]} />
      </Card>
      <Drawer open={!!viewing} onClose={() => setViewing(null)} width={Math.min(960, window.innerWidth)} title={fair.data?.title}>
        {fair.data && <FairResultView result={fair.data} followUps={fair.data.followUps} />}
      </Drawer>
    </Space>
  );
}
