import { App, Button, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { Organisation } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { useIsMobile } from '../../platform/useIsMobile';
import { useCan } from '../auth';
import { DomainTags, OrgFlagTags, OrgStatusTag } from './OrgTags';

interface Props {
  items: Organisation[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
  onView: (org: Organisation) => void;
  onEdit: (org: Organisation) => void;
  /** Resolves false when the server refused (the page has shown why). */
  onDeactivate: (org: Organisation) => Promise<boolean>;
}

/** The organisation list; wide, so it scrolls sideways on phones instead of squeezing the columns. */
export function OrgTable({ items, total, page, pageSize, loading, onPage, onView, onEdit, onDeactivate }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  // On a phone, pinned columns would fill the whole screen and leave nothing to scroll.
  const pin = useIsMobile() ? undefined : true;
  const dash = t('common.empty');

  const columns: TableColumnsType<Organisation> = [
    {
      title: t('organisations.columns.name'), dataIndex: 'name', fixed: pin && 'left', width: pin ? 220 : 160,
      render: (name: string, org) => <Typography.Link onClick={() => onView(org)}>{name}</Typography.Link>,
    },
    { title: t('organisations.columns.creditCode'), dataIndex: 'creditCode', width: 190, render: (c: string | null) => c ?? dash },
    { title: t('organisations.columns.type'), dataIndex: 'type', width: 170, render: (v: Organisation['type']) => t(`enums.orgType.${v}`) },
    { title: t('organisations.columns.operatingRegion'), dataIndex: 'operatingRegionName', width: 150 },
    { title: t('organisations.columns.domains'), dataIndex: 'serviceDomains', width: 220, render: (d: Organisation['serviceDomains']) => <DomainTags domains={d} /> },
    { title: t('organisations.columns.grade'), dataIndex: 'grade', width: 90, render: (g: string | null) => g ?? dash },
    { title: t('organisations.columns.tags'), key: 'tags', width: 130, render: (_, org) => <OrgFlagTags org={org} /> },
    { title: t('organisations.columns.status'), dataIndex: 'status', width: 90, render: (s: Organisation['status']) => <OrgStatusTag status={s} /> },
    { title: t('organisations.columns.phone'), dataIndex: 'phone', width: 130, render: (p: string | null) => p ?? dash },
    {
      title: t('organisations.columns.actions'), key: 'actions', fixed: pin && 'right', width: 170,
      render: (_, org) => (
        <Space size={0} wrap>
          <Button type="link" size="small" data-testid={`org-view-${org.id}`} onClick={() => onView(org)}>{t('organisations.actions.view')}</Button>
          {org.status === 'active' && can('organisations:org:edit') && (
            <Button type="link" size="small" data-testid={`org-edit-${org.id}`} onClick={() => onEdit(org)}>{t('organisations.actions.edit')}</Button>
          )}
          {org.status === 'active' && can('organisations:org:deactivate') && (
            <Popconfirm
              title={t('organisations.actions.deactivateConfirm', { name: org.name })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'org-deactivate-confirm' }}
              onConfirm={() => onDeactivate(org).then((ok) => ok && message.success(t('organisations.actions.deactivated', { name: org.name })))}
            >
              <Button type="link" size="small" danger data-testid={`org-deactivate-${org.id}`}>{t('organisations.actions.deactivate')}</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Table<Organisation>
      data-testid="org-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 1560 }}
      pagination={{
        current: page, pageSize, total, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100],
        showTotal: (n) => t('common.total', { total: n }), onChange: onPage,
      }}
    />
  );
}
