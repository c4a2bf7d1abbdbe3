import { and, asc, eq, ilike, inArray, isNull, like, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { scopeFilter, type Actor } from '../../platform/scope.js';
import { escapeLike } from '../../platform/text.js';
import { regions } from './regions.table.js';

export type RegionRow = typeof regions.$inferSelect;

// Written out in full: drizzle renders columns unqualified inside select lists, which would bind to the alias.
const hasChildren = sql<boolean>`exists (select 1 from regions c where c.parent_code = regions.code)`.as('has_children');
const columns = { ...regionsColumns(), hasChildren };

function regionsColumns() {
  const { code, parentCode, name, level, path, population } = regions;
  return { code, parentCode, name, level, path, population };
}

function inScope(actor: Actor): SQL {
  return scopeFilter(actor, { paths: [regions.path] });
}

/** Regions with these codes that the actor may see. */
export function findVisibleByCodes(db: Executor, actor: Actor, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.select(columns).from(regions).where(and(inArray(regions.code, codes), inScope(actor))).orderBy(asc(regions.code));
}

/** Top-level regions (no parent) the actor may see; used for the 全部 scope. */
export function findRoots(db: Executor, actor: Actor) {
  return db.select(columns).from(regions).where(and(isNull(regions.parentCode), inScope(actor))).orderBy(asc(regions.code));
}

export function findChildren(db: Executor, actor: Actor, parentCode: string) {
  return db.select(columns).from(regions).where(and(eq(regions.parentCode, parentCode), inScope(actor))).orderBy(asc(regions.code));
}

export async function findVisible(db: Executor, actor: Actor, code: string) {
  const [r] = await db.select(columns).from(regions).where(and(eq(regions.code, code), inScope(actor))).limit(1);
  return r ?? null;
}

export function search(db: Executor, actor: Actor, q: string, limit: number) {
  return db.select(columns).from(regions).where(and(ilike(regions.name, `%${escapeLike(q)}%`), inScope(actor))).orderBy(asc(regions.level), asc(regions.code)).limit(limit);
}

/** Unscoped lookup by code: for resolving paths of regions the caller has already authorised. */
export async function findByCode(db: Executor, code: string): Promise<RegionRow | null> {
  const [r] = await db.select().from(regions).where(eq(regions.code, code)).limit(1);
  return r ?? null;
}

export async function findByCodes(db: Executor, codes: string[]): Promise<RegionRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(regions).where(inArray(regions.code, codes));
}

export async function childCodes(db: Executor, parentCode: string): Promise<string[]> {
  const rows = await db.select({ code: regions.code }).from(regions).where(like(regions.code, `${escapeLike(parentCode)}%`));
  return rows.map((r) => r.code);
}

export async function insertRegions(db: Executor, rows: (typeof regions.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(regions).values(rows.slice(i, i + 500)).onConflictDoUpdate({
      target: regions.code,
      set: { name: sql`excluded.name`, parentCode: sql`excluded.parent_code`, level: sql`excluded.level`, path: sql`excluded.path`, updatedAt: sql`now()` },
    });
  }
}

export async function updateRegion(db: Executor, code: string, patch: Partial<typeof regions.$inferInsert>): Promise<void> {
  await db.update(regions).set(patch).where(eq(regions.code, code));
}

export async function countRegions(db: Executor): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(regions);
  return r?.n ?? 0;
}

/** Committee suffixes people leave off when they write a community's name (平安社区 for 平安社区居委会). */
const NAME_SUFFIXES = ['', '居委会', '居民委员会', '村委会', '村民委员会', '委员会'];

/** Regions whose official name is this text, with or without the committee suffix. Unscoped. */
export function findByName(db: Executor, text: string): Promise<RegionRow[]> {
  const t = text.trim();
  return db.select().from(regions).where(inArray(regions.name, NAME_SUFFIXES.map((s) => t + s))).limit(20);
}

/** Regions in the actor's scope for spreadsheet drop-downs, coarse levels first. */
export function listInScope(db: Executor, actor: Actor, limit: number) {
  return db.select({ code: regions.code, name: regions.name }).from(regions).where(inScope(actor)).orderBy(asc(regions.level), asc(regions.code)).limit(limit);
}
