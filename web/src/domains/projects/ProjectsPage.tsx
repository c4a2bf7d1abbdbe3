import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { PROJECT_STATUS_VALUES, type ProjectListQuery, type ProjectSummary } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useCan, useSession } from '../auth';
import { CreateProjectDrawer } from './CreateProjectDrawer';
import { SettingsModal } from './SettingsModal';
import { GradeTag, StatusTag } from './tags';
import { listProjects, projectKeys } from './projects.api';

/** 项目实施: the projects in scope, with overdue items flagged; officials commission directly from here. */
export default function ProjectsPage() {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const [q, setQ] = useState<ProjectListQuery>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [settings, setSettings] = useState(false);
  const me = useSession();
  // Weights are set per city: a city official edits their own city's row.
  const cityCode = me.regionCode && /^\d{4}0{8}$/.test(me.regionCode) ? me.regionCode : null;
  const list = useQuery({ queryKey: projectKeys.list(q), queryFn: () => listProjects(q), placeholderData: keepPreviousData });

  return (
    <Card title={t('projects.list.title')} extra={<Space wrap>
      {can('projects:settings:edit') && cityCode && <Button onClick={() => setSettings(true)}>{t('projects.settings.open')}</Button>}
      {can('projects:project:create') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="project-create">{t('projects.list.create')}</Button>}
    </Space>}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('projects.list.search')} style={{ width: 240 }} onSearch={(v) => setQ({ ...q, q: v || undefined, page: 1 })} />
        <Select allowClear placeholder={t('projects.list.status')} style={{ width: 140 }} value={q.status}
          options={PROJECT_STATUS_VALUES.map((s) => ({ value: s, label: t(`projects.status.${s}`) }))} onChange={(v) => setQ({ ...q, status: v, page: 1 })} />
        <Checkbox checked={!!q.overdue} onChange={(e) => setQ({ ...q, overdue: e.target.checked || undefined, page: 1 })}>{t('projects.list.overdueOnly')}</Checkbox>
      </Space>
      {list.error && <ErrorAlert error={list.error} />}
      <Table<ProjectSummary>
        rowKey="id" loading={list.isFetching} dataSource={list.data?.items} scroll={{ x: 900 }} data-testid="project-table"
        onRow={(r) => ({ onClick: () => navigate(`/projects/${r.id}`), style: { cursor: 'pointer' } })}
        pagination={{ current: q.page, pageSize: q.pageSize, total: list.data?.total, showTotal: (total) => t('common.total', { total }), onChange: (page, pageSize) => setQ({ ...q, page, pageSize }) }}
        columns={[
          { title: t('projects.list.number'), dataIndex: 'number', width: 150 },
          { title: t('projects.list.name'), dataIndex: 'title', render: (v: string, r) => (
            <Space direction="vertical" size={0}>
              <Link to={`/projects/${r.id}`}>{v}</Link>
              {r.overdueCount > 0 && <Tag color="red">{t('projects.list.overdue', { count: r.overdueCount })}</Tag>}
            </Space>
          ) },
          { title: t('projects.list.organisation'), dataIndex: 'organisationName' },
          { title: t('projects.list.region'), dataIndex: 'regionName', width: 140 },
          { title: t('projects.list.budget'), dataIndex: 'budgetFen', width: 130, align: 'right', render: (v: number) => formatFen(v) },
          { title: t('projects.list.status'), dataIndex: 'status', width: 100, render: (v: string) => <StatusTag status={v} /> },
          { title: t('projects.list.result'), key: 'grade', width: 120, render: (_, r) => r.grade ? <Space size={4}><GradeTag grade={r.grade} /><Typography.Text>{r.total?.toFixed(2)}</Typography.Text></Space> : '—' },
        ]}
      />
      {settings && cityCode && <SettingsModal cityCode={cityCode} onClose={() => setSettings(false)} />}
      {creating && <CreateProjectDrawer onClose={() => setCreating(false)} onCreated={(id) => navigate(`/projects/${id}`)} />}
    </Card>
  );
}
