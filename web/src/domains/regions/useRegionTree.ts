import { useCallback, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Region } from '@wushe/common';
import { fetchChildren, regionKeys, REGION_STALE_MS } from './regions.api';

export interface RegionTreeNode {
  key: string;
  value: string;
  title: string;
  isLeaf: boolean;
  region: Region;
  children?: RegionTreeNode[];
}

/**
 * The lazily loaded region tree shared by the picker and the regions page: roots are the actor's scope,
 * each node's children are fetched the first time it opens.
 */
export function useRegionTree(enabled = true) {
  const client = useQueryClient();
  const roots = useQuery({ queryKey: regionKeys.children(), queryFn: () => fetchChildren(), staleTime: REGION_STALE_MS, enabled });
  const [childrenOf, setChildrenOf] = useState<ReadonlyMap<string, Region[]>>(new Map());
  const [loadedKeys, setLoadedKeys] = useState<string[]>([]);

  const loadChildren = useCallback(async (code: string, force = false) => {
    if (force) await client.invalidateQueries({ queryKey: regionKeys.children(code) });
    const kids = await client.fetchQuery({ queryKey: regionKeys.children(code), queryFn: () => fetchChildren(code), staleTime: REGION_STALE_MS });
    setChildrenOf((m) => new Map(m).set(code, kids));
    setLoadedKeys((k) => (k.includes(code) ? k : [...k, code]));
    return kids;
  }, [client]);

  // A node counts as a leaf only when the server says so and nothing was added under it since.
  const build = (r: Region): RegionTreeNode => {
    const kids = childrenOf.get(r.code);
    return {
      key: r.code,
      value: r.code,
      title: r.name,
      isLeaf: !r.hasChildren && !kids?.length,
      region: r,
      children: kids?.map(build),
    };
  };

  const find = (code: string): Region | undefined => {
    const all = [...(roots.data ?? []), ...[...childrenOf.values()].flat()];
    return all.find((r) => r.code === code);
  };

  return {
    treeData: (roots.data ?? []).map(build),
    isLoading: roots.isLoading,
    error: roots.error,
    loadedKeys,
    loadChildren,
    find,
  };
}
