import { useEffect, useRef, useState } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { App, AutoComplete, Card, Col, Input, Row, Spin, Tree, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Region } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { useIsMobile } from '../../platform/useIsMobile';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { GridFormModal, type GridFormTarget } from './GridFormModal';
import { RegionDetail } from './RegionDetail';
import { regionKeys, REGION_STALE_MS, searchRegions } from './regions.api';
import { useRegionTree } from './useRegionTree';

/** 区划与网格: the actor's part of the region tree, details of one region, and grid maintenance. */
export default function RegionsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const tree = useRegionTree();
  const [selected, setSelected] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [target, setTarget] = useState<GridFormTarget | null>(null);
  const [q, setQ] = useState('');
  const mobile = useIsMobile();
  const detailRef = useRef<HTMLDivElement>(null);
  // On a phone the details sit below the tree; bring them into view when a region is picked.
  useEffect(() => {
    if (mobile && selected) detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [mobile, selected]);
  const search = useQuery({ queryKey: regionKeys.search(q.trim()), queryFn: () => searchRegions(q.trim()), enabled: q.trim().length > 0, staleTime: REGION_STALE_MS });

  const pick = (code: string) => {
    // Opening the parent shows the picked child in the tree, not only in the detail card.
    if (selected && tree.find(code)?.parentCode === selected && !expanded.includes(selected)) setExpanded([...expanded, selected]);
    setSelected(code);
  };

  const onSaved = async (r: Region) => {
    const created = target?.mode === 'create';
    setTarget(null);
    message.success(created
      ? t('regions.gridForm.created', { level: t(`enums.regionLevel.${r.level}`), name: r.name })
      : t('regions.gridForm.updated'));
    await client.invalidateQueries({ queryKey: regionKeys.one(r.code) });
    await client.invalidateQueries({ queryKey: regionKeys.children() });
    if (r.parentCode) {
      await client.invalidateQueries({ queryKey: regionKeys.one(r.parentCode) });
      await tree.loadChildren(r.parentCode, true);
      if (!expanded.includes(r.parentCode)) setExpanded([...expanded, r.parentCode]);
    }
    if (created) setSelected(r.code);
  };

  const selectedRegion = selected ? tree.find(selected) : undefined;
  const parentName = selectedRegion?.parentCode ? tree.find(selectedRegion.parentCode)?.name : undefined;

  return (
    <>
      <div className="page-header">
        <Typography.Title level={4}>{t('regions.page.title')}</Typography.Title>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card title={t('regions.page.treeTitle')} styles={{ body: { padding: 12 } }}>
            <AutoComplete
              style={{ width: '100%', marginBottom: 12 }}
              options={(search.data ?? []).map((r) => ({ value: r.code, label: `${r.name} · ${t(`enums.regionLevel.${r.level}`)}` }))}
              onSearch={setQ}
              onSelect={(code: string) => { setSelected(code); setQ(''); }}
              value={q}
              onChange={setQ}
            >
              <Input data-testid="region-search" placeholder={t('regions.page.searchPlaceholder')} allowClear prefix={<SearchOutlined />} />
            </AutoComplete>
            <ErrorAlert error={tree.error} />
            {tree.isLoading ? <Spin /> : (
              <div data-testid="region-tree" style={{ maxHeight: '65vh', overflow: 'auto' }}>
                <Tree
                  showLine
                  blockNode
                  treeData={tree.treeData}
                  loadData={(node) => tree.loadChildren(String(node.key))}
                  loadedKeys={tree.loadedKeys}
                  expandedKeys={expanded}
                  onExpand={(keys) => setExpanded(keys.map(String))}
                  selectedKeys={selected ? [selected] : []}
                  onSelect={(keys) => keys[0] !== undefined && setSelected(String(keys[0]))}
                  titleRender={(node) => <span data-testid={`region-node-${node.key}`}>{String(node.title)}</span>}
                />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15} ref={detailRef}>
          <RegionDetail code={selected} parentName={parentName} onEdit={setTarget} onPick={pick} />
        </Col>
      </Row>
      <GridFormModal target={target} onClose={() => setTarget(null)} onSaved={onSaved} />
    </>
  );
}
