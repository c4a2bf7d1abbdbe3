import { useState } from 'react';
import { Link } from 'react-router';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Call, CallStatus } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen, formatInstant } from '../../platform/format';
import { useCan } from '../auth';
import { CallFormDrawer } from './CallFormDrawer';
import { callKeys, listCalls } from './calls.api';

export const STATUS_COLOR: Record<string, string> = { draft: 'default', published: 'blue', closed: 'orange', evaluating: 'purple', awarded: 'gold', finalised: 'green', cancelled: 'red' };
const STATUSES: CallStatus[] = ['draft', 'published', 'closed', 'evaluating', 'awarded', 'finalised', 'cancelled'];

/** 揭榜挂帅: the calls in the actor's scope (org staff: every published call), with 编制榜单 for officials. */
export default function CallsPage() {
  const { t } = useI18n();
  const can = useCan();
  const [status, setStatus] = useState<CallStatus | undefined>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const q = { status, page, pageSize: 20 };
  const list = useQuery({ queryKey: callKeys.list(q), queryFn: () => listCalls(q), placeholderData: keepPreviousData });

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('calls.list.title')}</Typography.Title>
        <Space wrap>
          <Select data-testid="calls-status" allowClear placeholder={t('calls.list.status')} style={{ width: 160 }} value={status} onChange={(v) => { setStatus(v); setPage(1); }}
            options={STATUSES.map((s) => ({ value: s, label: t(`calls.status.${s}`) }))} />
          <Link to="/open/calls">{t('calls.list.public')}</Link>
          {can('calls:call:publish') && <Button type="primary" icon={<PlusOutlined />} data-testid="calls-new" onClick={() => setCreating(true)}>{t('calls.list.publish')}</Button>}
        </Space>
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Call> rowKey="id" loading={list.isFetching} dataSource={list.data?.items ?? []} scroll={{ x: 800 }} locale={{ emptyText: t('calls.list.empty') }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('calls.col.number'), dataIndex: 'number', width: 150 },
          { title: t('calls.col.title'), dataIndex: 'title', render: (v: string, r) => <Link to={`/calls/${r.id}`} data-testid={`call-link-${r.number}`}>{v}</Link> },
          { title: t('calls.col.region'), dataIndex: 'regionName', width: 140 },
          { title: t('calls.col.budget'), dataIndex: 'budgetFen', width: 140, align: 'right', render: (v: number) => formatFen(v) },
          { title: t('calls.col.deadline'), dataIndex: 'deadline', width: 160, render: (v: string) => formatInstant(v) },
          { title: t('calls.col.status'), dataIndex: 'status', width: 120, render: (v: string) => <Tag color={STATUS_COLOR[v]}>{t(`calls.status.${v}`)}</Tag> },
        ]} />
      {creating && <CallFormDrawer onClose={() => setCreating(false)} />}
    </Card>
  );
}
