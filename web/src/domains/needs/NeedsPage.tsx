import { useState } from 'react';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Drawer, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Need } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useIsMobile } from '../../platform/useIsMobile';
import { NEED_SOURCES, NEED_STATUSES, SERVICE_DOMAINS } from '../../platform/kernel';
import { useCan } from '../auth';
import { NeedForm } from './NeedForm';
import { exportNeeds, listNeeds, needCounts, needKeys, type NeedFilters } from './needs.api';
import { StatusTag } from './StatusTag';

/** 需求清单: the needs in scope, filtered by region, category, status and source; counts per status; Excel export. */
export default function NeedsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const client = useQueryClient();
  const [filters, setFilters] = useState<NeedFilters>({});
  const [text, setText] = useState('');
  const [creating, setCreating] = useState(false);
  const mobile = useIsMobile();
  const list = useInfiniteQuery({
    queryKey: needKeys.list(filters),
    queryFn: ({ pageParam }) => listNeeds({ ...filters, pageSize: 20, after: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const counts = useQuery({ queryKey: needKeys.counts(filters), queryFn: () => needCounts(filters) });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const first = list.data?.pages[0];
  const set = (patch: Partial<NeedFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const pick = (key: 'category' | 'status' | 'source', values: readonly string[], label: (v: string) => string) => (
    <Select allowClear placeholder={t(`needs.list.${key}`)} style={{ minWidth: 130 }} data-testid={`filter-${key}`} value={filters[key]}
      onChange={(v) => set({ [key]: v ?? undefined })} options={values.map((v) => ({ value: v, label: label(v) }))} />
  );

  return (
    <Card title={t('needs.list.title')} extra={<Space wrap>
      {can('needs:need:export') && <Button icon={<DownloadOutlined />} onClick={async () => { await exportNeeds(filters, t('needs.list.exportFileName')); message.success(t('needs.list.exported')); }}>{t('needs.list.export')}</Button>}
      {can('needs:need:create') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="need-create">{t('needs.list.create')}</Button>}
    </Space>}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('needs.list.search')} value={text} onChange={(e) => setText(e.target.value)} onSearch={(v) => set({ q: v.trim() || undefined })} style={{ width: 240 }} data-testid="need-search" />
        <Input allowClear placeholder={t('needs.list.region')} style={{ width: 150 }} onPressEnter={(e) => set({ regionCode: (e.target as HTMLInputElement).value.trim() || undefined })} onChange={(e) => { if (!e.target.value) set({ regionCode: undefined }); }} />
        {pick('category', SERVICE_DOMAINS, (v) => t(`enums.serviceDomain.${v}`))}
        {pick('status', NEED_STATUSES, (v) => t(`needs.status.${v}`))}
        {pick('source', NEED_SOURCES, (v) => t(`needs.source.${v}`))}
      </Space>
      {counts.data && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="need-counts">
          <Typography.Text type="secondary">{t('needs.list.counts')}：</Typography.Text>
          {NEED_STATUSES.filter((s) => counts.data.total[s]).map((s) => (
            <Tag key={s} style={{ cursor: 'pointer' }} color={filters.status === s ? 'blue' : undefined} onClick={() => set({ status: filters.status === s ? undefined : s })}>
              {t(`needs.status.${s}`)} {counts.data.total[s]!.toLocaleString()}
            </Tag>
          ))}
        </Space>
      )}
      <ErrorAlert error={list.error} />
      <Table<Need> rowKey="id" size="middle" loading={list.isLoading} dataSource={rows} pagination={false} scroll={{ x: 900 }} data-testid="needs-table"
        columns={[
          { title: t('needs.list.number'), dataIndex: 'number', width: 150, render: (v: string, n) => <Link to={`/needs/${n.id}`}>{v}</Link> },
          { title: t('needs.list.titleCol'), dataIndex: 'title', render: (v: string, n) => <Link to={`/needs/${n.id}`}>{v}</Link> },
          { title: t('needs.list.category'), dataIndex: 'category', width: 100, render: (v: string) => t(`enums.serviceDomain.${v}`) },
          { title: t('needs.list.community'), dataIndex: 'regionName', width: 160 },
          { title: t('needs.list.source'), dataIndex: 'source', width: 100, render: (v: string) => t(`needs.source.${v}`) },
          { title: t('needs.list.asked'), dataIndex: 'requestCount', width: 80 },
          { title: t('needs.list.status'), dataIndex: 'status', width: 100, render: (v: Need['status']) => <StatusTag status={v} /> },
          { title: t('needs.list.priority'), dataIndex: 'priority', width: 70, render: (v: number | null) => v ?? '—' },
          { title: t('needs.list.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatInstant(v) },
        ]} />
      <Space style={{ marginTop: 12 }}>
        {first && <Typography.Text type="secondary" data-testid="need-total">{t(first.totalIsLowerBound ? 'needs.list.totalAtLeast' : 'needs.list.total', { n: first.total.toLocaleString() })}</Typography.Text>}
        {list.hasNextPage && <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('needs.list.more')}</Button>}
      </Space>
      <Drawer open={creating} onClose={() => setCreating(false)} title={t('needs.list.create')} size={mobile ? '100%' : 640} destroyOnHidden>
        <NeedForm resident={false} onDone={(number) => { message.success(t('needs.form.submitted', { number })); client.invalidateQueries({ queryKey: needKeys.all }); }} />
      </Drawer>
    </Card>
  );
}
