import { useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Region } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { useCan } from '../auth';
import { fetchRegion, regionKeys, REGION_STALE_MS, searchRegions } from './regions.api';
import { useRegionTree } from './useRegionTree';

export interface RegionPickerProps {
  id?: string;
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /** The name of the current value when the caller already knows it (saves a lookup). */
  knownName?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  testId?: string;
}

/** Waits until typing pauses, so the search endpoint is not called on every keystroke. */
function useDebounced(value: string, ms: number): string {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

/**
 * Picks one region inside the actor's scope: a lazily loaded tree, or server-side search results while typing
 * (the tree alone could only filter nodes already opened).
 */
export function RegionPicker({ id, value, onChange, knownName, placeholder, allowClear = true, disabled, style, testId }: RegionPickerProps) {
  const { t } = useI18n();
  // Roles without system:region:view (organisation staff) keep the region they have but cannot browse for another.
  const canBrowse = useCan()('system:region:view');
  const tree = useRegionTree(canBrowse);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const names = useRef(new Map<string, string>());

  const results = useQuery({ queryKey: regionKeys.search(q), queryFn: () => searchRegions(q), enabled: canBrowse && q.length > 0, staleTime: REGION_STALE_MS });
  const needsName = !!value && !knownName && !names.current.has(value) && !tree.find(value);
  const current = useQuery({ queryKey: regionKeys.one(value ?? ''), queryFn: () => fetchRegion(value!), enabled: canBrowse && needsName, staleTime: REGION_STALE_MS });

  const remember = (rs: Region[] | undefined) => rs?.forEach((r) => names.current.set(r.code, r.name));
  remember(results.data);
  if (current.data) remember([current.data]);
  if (value && knownName) names.current.set(value, knownName);

  const treeData = useMemo(() => {
    if (!search.trim()) return tree.treeData;
    return (results.data ?? []).map((r) => ({
      key: r.code, value: r.code, isLeaf: true,
      title: `${r.name} · ${t(`enums.regionLevel.${r.level}`)}`,
    }));
  }, [search, results.data, tree.treeData, t]);

  const label = value ? names.current.get(value) ?? tree.find(value)?.name ?? value : undefined;

  return (
    <TreeSelect
      id={id}
      data-testid={testId}
      style={{ minWidth: 200, ...style }}
      disabled={disabled || !canBrowse}
      allowClear={allowClear}
      placeholder={placeholder ?? t('regions.picker.placeholder')}
      labelInValue
      value={value ? { value, label } : undefined}
      onChange={(v: { value: string; label?: ReactNode } | undefined) => {
        setSearch('');
        onChange?.(v?.value);
      }}
      treeData={treeData}
      loadData={search.trim() ? undefined : (node) => tree.loadChildren(String(node.value))}
      treeLoadedKeys={tree.loadedKeys}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false }}
      notFoundContent={search.trim() ? t('regions.picker.noResult') : undefined}
      loading={tree.isLoading || results.isFetching}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 400, overflow: 'auto', minWidth: 260 } } }}
    />
  );
}
