import { useState } from 'react';
import { Button, Card, Checkbox, Input, Select, Space, Table, Tabs, Tag } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RegistryEntity } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useCan } from '../auth';
import { RegionPicker } from '../regions';
import { EntityDrawer } from './EntityDrawer';
import { ImportPanel } from './ImportPanel';
import { ReviewList } from './ReviewList';
import { SettingsPanel } from './SettingsPanel';
import { TaskModal } from './TaskModal';
import { listEntities, registryKeys } from './registry.api';

const LEDGERS = ['enterprise', 'social_organisation', 'park', 'commercial_building'] as const;
const VERIFICATION_COLOUR: Record<string, string> = { unverified: 'default', verified: 'green', conflict: 'orange', not_found: 'red' };

/** 基础底册: the merged register, the review queue and the department import, by permission. */
export default function RegistryPage() {
  const { t } = useI18n();
  const can = useCan();
  const [ledger, setLedger] = useState<RegistryEntity['ledger'] | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const [bulk, setBulk] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  const filter = { ledger, q: q || undefined, regionCode, pending: pending || undefined };
  const query = { page, pageSize: 20, ...filter };
  const list = useQuery({ queryKey: registryKeys.list(query), queryFn: () => listEntities(query), placeholderData: keepPreviousData });

  const entities = (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select allowClear placeholder={t('registry.allLedgers')} style={{ width: 180 }} value={ledger} onChange={(v) => { setLedger(v); setPage(1); }}
          options={LEDGERS.map((l) => ({ value: l, label: t(`registry.ledger.${l}`) }))} data-testid="registry-ledger" />
        <Input.Search allowClear placeholder={t('registry.search')} style={{ width: 240 }} onSearch={(v) => { setQ(v.trim()); setPage(1); }} data-testid="registry-search" />
        <RegionPicker value={regionCode} onChange={(v) => { setRegionCode(v); setPage(1); }} placeholder={t('registry.regionFilter')} style={{ width: 220 }} testId="registry-region" />
        <Checkbox checked={pending} onChange={(e) => { setPending(e.target.checked); setPage(1); }} data-testid="registry-pending">{t('registry.pending')}</Checkbox>
        {can('registry:task:create') ? (
          <Button disabled={!list.data?.total} onClick={() => setBulk(true)} data-testid="registry-bulk-task">{t('registry.task.bulkOpen', { total: list.data?.total ?? 0 })}</Button>
        ) : null}
      </Space>
      {bulk ? <TaskModal open target={{ filter, total: list.data?.total ?? 0 }} onClose={() => setBulk(false)} /> : null}
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <Table<RegistryEntity> rowKey="id" size="middle" loading={list.isFetching} dataSource={list.data?.items ?? []} scroll={{ x: 900 }}
        onRow={(r) => ({ onClick: () => setViewing(r.id), style: { cursor: 'pointer' } })}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('registry.columns.name'), dataIndex: 'name', width: 260 },
          { title: t('registry.columns.creditCode'), dataIndex: 'creditCode', width: 190 },
          { title: t('registry.columns.ledger'), dataIndex: 'ledger', render: (v: string) => t(`registry.ledger.${v}`) },
          { title: t('registry.columns.committee'), dataIndex: 'committee' },
          { title: t('registry.columns.region'), dataIndex: 'regionName' },
          { title: t('registry.columns.verification'), dataIndex: 'verification', render: (v: string) => <Tag color={VERIFICATION_COLOUR[v]}>{t(`registry.verification.${v}`)}</Tag> },
          { title: t('registry.columns.sources'), dataIndex: 'sources', align: 'right' },
        ]} />
    </Space>
  );

  const items = [
    { key: 'entities', label: t('registry.tabs.entities'), children: entities },
    ...(can('registry:review:decide') ? [{ key: 'review', label: t('registry.tabs.review'), children: <ReviewList /> }] : []),
    ...(can('registry:import:create') ? [{ key: 'import', label: t('registry.tabs.import'), children: <ImportPanel /> }] : []),
    ...(can('registry:settings:edit') ? [{ key: 'settings', label: t('registry.tabs.settings'), children: <SettingsPanel /> }] : []),
  ];
  return (
    <Card title={t('registry.menu')}>
      <Tabs items={items} destroyInactiveTabPane />
      <EntityDrawer id={viewing} onClose={() => setViewing(null)} />
    </Card>
  );
}
