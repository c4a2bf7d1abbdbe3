import type { CreateGridBody, Region, UpdateGridBody } from '@wushe/common';
import { api } from '../../platform/api';

/** Query keys, so a grid edit can refresh exactly the lists it changed. */
export const regionKeys = {
  all: ['regions'] as const,
  children: (parent?: string) => ['regions', 'children', parent ?? null] as const,
  one: (code: string) => ['regions', 'one', code] as const,
  search: (q: string) => ['regions', 'search', q] as const,
};

/** Children of a region, or the actor's scope roots when no parent is given (the server applies the scope). */
export const fetchChildren = (parent?: string) => api<Region[]>('/regions/children', { query: { parent } });
export const fetchRegion = (code: string) => api<Region>(`/regions/${encodeURIComponent(code)}`);
export const searchRegions = (q: string) => api<Region[]>('/regions/search', { query: { q } });
export const createGrid = (body: CreateGridBody) => api<Region>('/regions/grids', { method: 'POST', body });
export const updateGrid = (code: string, body: UpdateGridBody) =>
  api<Region>(`/regions/grids/${encodeURIComponent(code)}`, { method: 'PATCH', body });

/** Region lists change only when someone edits grids, so lazy tree loads may reuse them for a while. */
export const REGION_STALE_MS = 5 * 60_000;

/** Grids hang under villages/communities, micro-grids under grids (REGION_NOT_GRID_PARENT otherwise). */
export function childGridLevel(level: Region['level']): 'grid' | 'microgrid' | null {
  if (level === 'village') return 'grid';
  if (level === 'grid') return 'microgrid';
  return null;
}
