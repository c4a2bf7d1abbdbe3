import { useState } from 'react';
import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Typography } from 'antd';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Organisation } from '@wushe/common';
import { describeError } from '../../platform/errors';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useCan } from '../auth';
import { ImportModal } from './ImportModal';
import { OrgDetailDrawer } from './OrgDetailDrawer';
import { OrgFilters } from './OrgFilters';
import { OrgFormDrawer } from './OrgFormDrawer';
import { OrgTable } from './OrgTable';
import { deactivateOrganisation, exportOrganisations, listOrganisations, orgKeys, type OrgFilters as Filters } from './organisations.api';

/** 社会组织: search, register, edit, deactivate, export and import the organisations in the actor's scope. */
export default function OrganisationsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const client = useQueryClient();
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<{ org: Organisation | null } | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const query = { ...filters, ...paging };
  const list = useQuery({ queryKey: orgKeys.list(query), queryFn: () => listOrganisations(query), placeholderData: keepPreviousData });
  const refresh = () => client.invalidateQueries({ queryKey: orgKeys.all });

  const onFilters = (f: Filters) => {
    setFilters(f);
    setPaging((p) => ({ ...p, page: 1 }));
  };

  const onDeactivate = async (org: Organisation) => {
    try {
      await deactivateOrganisation(org.id);
      await refresh();
      return true;
    } catch (e) {
      const { title, detail } = describeError(e, t);
      message.error(detail ? t('common.errorWithDetail', { title, detail }) : title);
      return false;
    }
  };

  const onExport = async () => {
    setExporting(true);
    try {
      await exportOrganisations(filters, t('organisations.list.exportFileName'));
      message.success(t('organisations.list.exported'));
    } catch (e) {
      message.error(describeError(e, t).title);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={4}>{t('organisations.list.title')}</Typography.Title>
        <Space wrap>
          {can('organisations:org:create') && (
            <Button data-testid="org-create" type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ org: null })}>{t('organisations.list.create')}</Button>
          )}
          {can('organisations:org:import') && (
            <Button data-testid="org-import" icon={<ImportOutlined />} onClick={() => setImporting(true)}>{t('organisations.list.import')}</Button>
          )}
          {can('organisations:org:export') && (
            <Button data-testid="org-export" icon={<DownloadOutlined />} loading={exporting} onClick={onExport}>{t('organisations.list.export')}</Button>
          )}
        </Space>
      </div>
      <Card styles={{ body: { paddingBottom: 0 } }}>
        <OrgFilters onChange={onFilters} />
        <ErrorAlert error={list.error} />
        <OrgTable
          items={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          page={paging.page}
          pageSize={paging.pageSize}
          loading={list.isFetching}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
          onView={(org) => setViewing(org.id)}
          onEdit={(org) => setEditing({ org })}
          onDeactivate={onDeactivate}
        />
      </Card>
      <OrgFormDrawer
        open={!!editing}
        org={editing?.org ?? null}
        onClose={() => setEditing(null)}
        onSaved={(org) => {
          setEditing(null);
          client.setQueryData(orgKeys.one(org.id), org);
          void refresh();
        }}
      />
      <OrgDetailDrawer
        id={viewing}
        onClose={() => setViewing(null)}
        onEdit={(org) => { setViewing(null); setEditing({ org }); }}
      />
      {importing && <ImportModal open onClose={() => setImporting(false)} onImported={() => void refresh()} />}
    </>
  );
}
