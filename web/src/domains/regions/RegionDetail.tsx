import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Region } from '@wushe/common';
import { formatCount } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useCan } from '../auth';
import { childGridLevel, fetchChildren, fetchRegion, regionKeys, REGION_STALE_MS } from './regions.api';
import type { GridFormTarget } from './GridFormModal';

interface Props {
  code: string | null;
  parentName?: string;
  onEdit: (target: GridFormTarget) => void;
  onPick: (code: string) => void;
}

/** Facts about the selected region, its sub-regions, and the grid actions the role may take there. */
export function RegionDetail({ code, parentName, onEdit, onPick }: Props) {
  const { t, locale } = useI18n();
  const can = useCan();
  const region = useQuery({ queryKey: regionKeys.one(code ?? ''), queryFn: () => fetchRegion(code!), enabled: !!code, staleTime: REGION_STALE_MS });
  const r = region.data;
  // The parent may lie outside the actor's scope (404); then its code is all we can show.
  const parent = useQuery({
    queryKey: regionKeys.one(r?.parentCode ?? ''), queryFn: () => fetchRegion(r!.parentCode!), enabled: !!r?.parentCode && !parentName,
    staleTime: REGION_STALE_MS, retry: false,
  });
  const kids = useQuery({
    queryKey: regionKeys.children(code ?? undefined), queryFn: () => fetchChildren(code!), enabled: !!r?.hasChildren, staleTime: REGION_STALE_MS,
  });

  if (!code) return <Card><Empty description={t('regions.page.selectHint')} /></Card>;
  const gridLevel = r ? childGridLevel(r.level) : null;
  const editable = r && (r.level === 'grid' || r.level === 'microgrid');
  const canEdit = can('system:region:edit');

  const actions = r && canEdit && (
    <Space wrap>
      {gridLevel && (
        <Button data-testid="region-create-grid" type="primary" icon={<PlusOutlined />} onClick={() => onEdit({ mode: 'create', parent: r, level: gridLevel })}>
          {t(gridLevel === 'grid' ? 'regions.page.createGrid' : 'regions.page.createMicrogrid')}
        </Button>
      )}
      {editable && (
        <Button data-testid="region-edit-grid" icon={<EditOutlined />} onClick={() => onEdit({ mode: 'edit', region: r })}>
          {t('regions.page.editGrid')}
        </Button>
      )}
    </Space>
  );

  return (
    <Card title={r?.name ?? t('regions.page.detailTitle')} extra={actions} loading={region.isLoading} data-testid="region-detail">
      {r && (
        <>
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
            <Descriptions.Item label={t('regions.page.code')}><Typography.Text copyable>{r.code}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('regions.page.level')}>{t(`enums.regionLevel.${r.level}`)}</Descriptions.Item>
            <Descriptions.Item label={t('regions.page.population')}>{formatCount(r.population, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('regions.page.parent')}>{parentName ?? parent.data?.name ?? r.parentCode ?? t('common.empty')}</Descriptions.Item>
          </Descriptions>
          {gridLevel && canEdit && <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('regions.page.gridHint')}</Typography.Paragraph>}
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('regions.page.children')}</Typography.Title>
          <Table<Region>
            size="small"
            rowKey="code"
            loading={kids.isLoading && r.hasChildren}
            dataSource={r.hasChildren ? kids.data ?? [] : []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 480 }}
            locale={{ emptyText: t('regions.page.noChildren') }}
            onRow={(row) => ({ onClick: () => onPick(row.code), style: { cursor: 'pointer' } })}
            columns={[
              { title: t('regions.page.name'), dataIndex: 'name' },
              { title: t('regions.page.code'), dataIndex: 'code' },
              { title: t('regions.page.level'), dataIndex: 'level', render: (l: Region['level']) => t(`enums.regionLevel.${l}`) },
              { title: t('regions.page.population'), dataIndex: 'population', align: 'right', render: (p: number | null) => formatCount(p, locale) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
