import { useState } from 'react';
import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntry, AuditListQuery } from '@wushe/common';
import { formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { auditKeys, listAudit, type AuditKind } from './audit.api';
import { AuditFilters } from './AuditFilters';

type Filters = Omit<AuditListQuery, 'page' | 'pageSize'>;

/** Pretty JSON of what changed; the entry's own record, never interpreted, so nothing can be hidden by the UI. */
function DiffView({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const hasDiff = entry.diff !== null && entry.diff !== undefined && !(typeof entry.diff === 'object' && Object.keys(entry.diff as object).length === 0);
  return (
    <div data-testid={`audit-diff-${entry.seq}`}>
      {entry.requestId && <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('audit.diff.requestId')}: {entry.requestId}</Typography.Paragraph>}
      {hasDiff ? <pre className="diff-json">{JSON.stringify(entry.diff, null, 2)}</pre> : <Typography.Text type="secondary">{t('audit.diff.empty')}</Typography.Text>}
    </div>
  );
}

/** One journal (操作日志 or 登录日志) with filters, paging and the diff of each entry on expand. */
export function AuditLogPage({ kind }: { kind: AuditKind }) {
  const { t, has } = useI18n();
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = { ...filters, ...paging };
  const list = useQuery({ queryKey: auditKeys.list(kind, query), queryFn: () => listAudit(kind, query), placeholderData: keepPreviousData });
  const dash = t('common.empty');
  // Actions are an open set named by the API; a label is used when i18n has one, the raw name otherwise.
  const actionLabel = (a: string) => (has(`enums.auditAction.${a}`) ? t(`enums.auditAction.${a}`) : a);
  const entityLabel = (e: AuditEntry) => {
    const type = has(`enums.entityType.${e.entityType}`) ? t(`enums.entityType.${e.entityType}`) : e.entityType;
    return e.entityId ? <span title={e.entityId}>{type} · {e.entityId.length > 14 ? `${e.entityId.slice(0, 8)}…` : e.entityId}</span> : type;
  };

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.columns.seq'), dataIndex: 'seq', width: 80 },
    { title: t('audit.columns.at'), dataIndex: 'at', width: 150, render: (v: string) => formatInstant(v) },
    { title: t('audit.columns.actor'), dataIndex: 'actorName', width: 120, render: (v: string | null) => v ?? dash },
    { title: t('audit.columns.role'), dataIndex: 'role', width: 150, render: (v: string | null) => (v ? (has(`enums.role.${v}`) ? t(`enums.role.${v}`) : v) : dash) },
    { title: t('audit.columns.action'), dataIndex: 'action', width: 170, render: (v: string) => <Tag>{actionLabel(v)}</Tag> },
    ...(kind === 'operations'
      ? [{ title: t('audit.columns.entity'), key: 'entity', width: 170, render: (_: unknown, e: AuditEntry) => (e.entityType ? entityLabel(e) : dash) }]
      : []),
    { title: t('audit.columns.summary'), dataIndex: 'summary', width: 320, render: (v: string | null) => v ?? dash },
    { title: t('audit.columns.ip'), dataIndex: 'ip', width: 130, render: (v: string | null) => v ?? dash },
  ];

  return (
    <>
      <div className="page-header">
        <Typography.Title level={4}>{t(`audit.${kind}.title`)}</Typography.Title>
      </div>
      <Card styles={{ body: { paddingBottom: 0 } }}>
        <AuditFilters kind={kind} onChange={(f) => { setFilters(f); setPaging((p) => ({ ...p, page: 1 })); }} />
        <ErrorAlert error={list.error} />
        <Table<AuditEntry>
          data-testid={`audit-table-${kind}`}
          rowKey="seq"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1300 }}
          expandable={{ expandedRowRender: (e) => <DiffView entry={e} /> }}
          pagination={{
            current: paging.page, pageSize: paging.pageSize, total: list.data?.total ?? 0, showSizeChanger: true,
            showTotal: (n) => t('common.total', { total: n }), onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
        />
      </Card>
    </>
  );
}
