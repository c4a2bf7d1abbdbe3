// The regions slice's public face.
import type { Executor } from '../../platform/db/client.js';
import type { Actor } from '../../platform/scope.js';
import * as repo from './regions.repository.js';

export { regionRoutes } from './regions.routes.js';
export { regions } from './regions.table.js';
export { loadDivisionSubtree, withPaths, type DivisionNode } from './division-source.js';
export { importDivisions } from './regions.import.js';
export type { RegionRow } from './regions.repository.js';

/** A region by code, unscoped (callers check the scope of what they do with it). */
export const findRegion = (db: Executor, code: string) => repo.findByCode(db, code);
/** Regions by codes, unscoped. */
export const findRegions = (db: Executor, codes: string[]) => repo.findByCodes(db, codes);
/** A region by code if the actor may see it. */
export const findVisibleRegion = (db: Executor, actor: Actor, code: string) => repo.findVisible(db, actor, code);
export const countRegions = (db: Executor) => repo.countRegions(db);
/** Regions named so (committee suffix optional), unscoped. */
export const findRegionsByName = (db: Executor, name: string) => repo.findByName(db, name);
/** Up to `limit` regions in the actor's scope, for template drop-downs. */
export const listScopeRegionsForTemplate = (db: Executor, actor: Actor, limit: number) => repo.listInScope(db, actor, limit);
/** Writes region rows as given (paths included); for seeding grids. */
export const insertRegionRows = (db: Executor, rows: Parameters<typeof repo.insertRegions>[1]) => repo.insertRegions(db, rows);
