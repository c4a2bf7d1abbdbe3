import { AppError, type CreateGridBody, type Region, type UpdateGridBody } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { foldForSearch } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { childKindFor, levelName, nextGridCode } from './region-levels.js';
import * as repo from './regions.repository.js';

type RegionListRow = Awaited<ReturnType<typeof repo.findChildren>>[number];

function toContract(r: RegionListRow): Region {
  return { code: r.code, parentCode: r.parentCode, name: r.name, level: levelName(r.level), population: r.population, hasChildren: !!r.hasChildren };
}

/** The roots of the actor's scope: the whole tree, their custom regions, or their own region. */
export async function listScopeRoots(deps: AppDeps, actor: Actor): Promise<Region[]> {
  if (actor.dataScope === 'all') return (await repo.findRoots(deps.db, actor)).map(toContract);
  if (actor.dataScope === 'custom') {
    const codes = actor.customRegionPaths.map((p) => p.split('/').filter(Boolean).at(-1)!);
    return (await repo.findVisibleByCodes(deps.db, actor, codes)).map(toContract);
  }
  if (!actor.regionCode) return [];
  const own = await repo.findVisible(deps.db, actor, actor.regionCode);
  return own ? [toContract(own)] : [];
}

/** Children of a region, limited to the scope; a parent outside the scope answers 404. */
export async function listChildren(deps: AppDeps, actor: Actor, parentCode: string | undefined): Promise<Region[]> {
  if (!parentCode) return listScopeRoots(deps, actor);
  const parent = await repo.findVisible(deps.db, actor, parentCode);
  if (!parent) throw new AppError('NOT_FOUND');
  return (await repo.findChildren(deps.db, actor, parentCode)).map(toContract);
}

export async function getRegion(deps: AppDeps, actor: Actor, code: string): Promise<Region> {
  const r = await repo.findVisible(deps.db, actor, code);
  if (!r) throw new AppError('NOT_FOUND');
  return toContract(r);
}

export async function searchRegions(deps: AppDeps, actor: Actor, q: string): Promise<Region[]> {
  return (await repo.search(deps.db, actor, foldForSearch(q), 50)).map(toContract);
}

/** Creates a grid under a community, or a micro-grid under a grid, inside the actor's scope. */
export async function createGrid(deps: AppDeps, ctx: RequestContext, actor: Actor, body: CreateGridBody): Promise<Region> {
  return deps.db.transaction(async (tx) => {
    const parent = await repo.findVisible(tx, actor, body.parentCode);
    if (!parent) throw new AppError('NOT_FOUND', [{ path: 'parentCode', message: '上级区划（parentCode）不存在或不在您的管辖范围内' }]);
    const kind = childKindFor(parent.level);
    if (!kind) throw new AppError('REGION_NOT_GRID_PARENT', [{ path: 'parentCode', message: '网格只能建在社区/村之下，微网格只能建在网格之下' }]);
    const code = nextGridCode(parent.code, kind.marker, await repo.childCodes(tx, parent.code));
    const row = { code, parentCode: parent.code, name: body.name.trim(), level: kind.level, path: `${parent.path}${code}/`, population: body.population ?? null };
    await repo.insertRegions(tx, [row]);
    await recordAudit(tx, ctx, deps.clock, { action: 'regions.grid.create', entityType: 'region', entityId: code, regionPath: row.path, summary: `新建${kind.level === 6 ? '网格' : '微网格'}：${row.name}`, diff: { after: row } });
    return { code, parentCode: parent.code, name: row.name, level: levelName(kind.level), population: row.population, hasChildren: false };
  });
}

/** Renames a grid or micro-grid or sets its population; national divisions are not edited here. */
export async function updateGrid(deps: AppDeps, ctx: RequestContext, actor: Actor, code: string, body: UpdateGridBody): Promise<Region> {
  return deps.db.transaction(async (tx) => {
    const r = await repo.findVisible(tx, actor, code);
    if (!r) throw new AppError('NOT_FOUND');
    if (r.level < 6) throw new AppError('REGION_NOT_GRID_PARENT', [{ path: 'code', message: '只能修改网格和微网格；国家行政区划请通过区划导入更新' }]);
    const patch = { ...(body.name !== undefined ? { name: body.name.trim() } : {}), ...(body.population !== undefined ? { population: body.population } : {}) };
    await repo.updateRegion(tx, code, { ...patch, updatedAt: deps.clock.now() });
    await recordAudit(tx, ctx, deps.clock, { action: 'regions.grid.update', entityType: 'region', entityId: code, regionPath: r.path, summary: `修改网格：${r.name}`, diff: { before: { name: r.name, population: r.population }, after: patch } });
    return toContract({ ...r, ...patch });
  });
}
