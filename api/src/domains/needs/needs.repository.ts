import { and, asc, count, desc, eq, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { allOf, scopeFilter, type Actor } from '../../platform/scope.js';
import { escapeLike } from '../../platform/text.js';
import { users } from '../auth/auth.table.js';
import { regions } from '../regions/regions.table.js';
import { needAssessments } from './needs-support.table.js';
import { needs } from './needs.table.js';

export type NeedRow = typeof needs.$inferSelect;
export type NeedInsert = typeof needs.$inferInsert;
export type NeedWithNames = { need: NeedRow; regionName: string | null; createdByName: string | null };

/** Experts and third-party evaluators (organisation staff) see only the needs assigned to them for 评榜. */
export function isAssessorActor(actor: Actor): boolean {
  return actor.role === 'expert' || actor.role === 'org_staff';
}

/** The data scope of needs: region path (officials, workers), own records (residents), or assignment (assessors). */
export function needScope(actor: Actor): SQL {
  if (isAssessorActor(actor)) {
    return sql`exists (select 1 from ${needAssessments} where ${needAssessments.needId} = ${needs.id} and ${needAssessments.assessorId} = ${actor.userId})`;
  }
  return scopeFilter(actor, { paths: [needs.regionPath], owner: needs.createdBy });
}

/** Filters already normalised by the service. */
export interface NeedFilter {
  textFolded?: string;
  regionPath?: string;
  category?: string;
  status?: string;
  source?: string;
}

export function needWhere(actor: Actor, f: NeedFilter): SQL {
  return allOf(
    needScope(actor),
    f.regionPath ? like(needs.regionPath, `${escapeLike(f.regionPath)}%`) : undefined,
    f.category ? eq(needs.category, f.category) : undefined,
    f.status ? eq(needs.status, f.status) : undefined,
    f.source ? eq(needs.source, f.source) : undefined,
    f.textFolded ? like(needs.textSearch, `%${escapeLike(f.textFolded)}%`) : undefined,
  );
}

function selectWithNames(db: Executor) {
  return db.select({ need: needs, regionName: regions.name, createdByName: users.displayName })
    .from(needs).leftJoin(regions, eq(regions.code, needs.regionCode)).leftJoin(users, eq(users.id, needs.createdBy));
}

/** One keyset page, newest first (UUIDv7 ids sort by creation): ids first, names joined for those rows only. */
export async function listNeeds(db: Executor, actor: Actor, f: NeedFilter, limit: number, after?: string): Promise<NeedWithNames[]> {
  const pageIds = db.select({ id: needs.id }).from(needs)
    .where(allOf(needWhere(actor, f), after ? lt(needs.id, after) : undefined))
    .orderBy(desc(needs.id)).limit(limit).as('page_ids');
  return selectWithNames(db).innerJoin(pageIds, eq(pageIds.id, needs.id)).orderBy(desc(needs.id));
}

/** Every match in scope up to `limit`, for the Excel export. */
export function listAllNeeds(db: Executor, actor: Actor, f: NeedFilter, limit: number): Promise<NeedWithNames[]> {
  return selectWithNames(db).where(needWhere(actor, f)).orderBy(desc(needs.id)).limit(limit);
}

/** Counts matches, stopping at `cap` so a free-text search over a province never counts a million rows. */
export async function countNeedsCapped(db: Executor, actor: Actor, f: NeedFilter, cap: number): Promise<number> {
  const sub = db.select({ one: sql`1` }).from(needs).where(needWhere(actor, f)).limit(cap).as('capped');
  const [r] = await db.select({ n: count() }).from(sub);
  return Number(r?.n ?? 0);
}

/** Counts per status by direct query (small scopes: own needs, assigned needs, one region level). */
export async function countByStatusDirect(db: Executor, actor: Actor, f: NeedFilter): Promise<Record<string, number>> {
  const rows = await db.select({ status: needs.status, n: count() }).from(needs).where(needWhere(actor, f)).groupBy(needs.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

export async function findNeed(db: Executor, actor: Actor, id: string): Promise<NeedWithNames | null> {
  const [row] = await selectWithNames(db).where(and(eq(needs.id, id), needScope(actor))).limit(1);
  return row ?? null;
}

/** The need in scope, locked for a transition so two officials cannot decide it at once. */
export async function lockNeed(tx: Executor, actor: Actor, id: string): Promise<NeedRow | null> {
  const [row] = await tx.select().from(needs).where(and(eq(needs.id, id), needScope(actor))).for('update');
  return row ?? null;
}

/** Needs in scope by ids, locked, in id order (a stable lock order across concurrent calls). */
export function lockNeeds(tx: Executor, actor: Actor, ids: string[]): Promise<NeedRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.select().from(needs).where(and(inArray(needs.id, ids), needScope(actor))).orderBy(asc(needs.id)).for('update');
}

/** Open needs of one category in one community (path prefix), newest first: the duplicate candidates. */
export function duplicateCandidates(db: Executor, actor: Actor, communityPath: string, category: string, excludeId: string | null, limit: number) {
  return db.select({ id: needs.id, number: needs.number, title: needs.title, status: needs.status, requestCount: needs.requestCount, textSearch: needs.textSearch })
    .from(needs)
    .where(allOf(
      needScope(actor), like(needs.regionPath, `${escapeLike(communityPath)}%`), eq(needs.category, category),
      inArray(needs.status, ['submitted', 'assessing', 'accepted']), excludeId ? sql`${needs.id} <> ${excludeId}` : undefined,
    ))
    .orderBy(desc(needs.id)).limit(limit);
}

/** The last number issued on a day (XQ20261123-0007), to issue the next. */
export async function lastNumberOfDay(tx: Executor, prefix: string): Promise<string | null> {
  const [r] = await tx.select({ number: needs.number }).from(needs).where(like(needs.number, `${escapeLike(prefix)}%`)).orderBy(desc(needs.number)).limit(1);
  return r?.number ?? null;
}

export async function insertNeeds(tx: Executor, rows: NeedInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(needs).values(rows.slice(i, i + 500));
}

/** Updates when the version still matches; returns false on a concurrent change. */
export async function updateNeed(tx: Executor, id: string, expectedVersion: number, patch: Partial<NeedInsert>): Promise<boolean> {
  const rows = await tx.update(needs).set({ ...patch, version: sql`${needs.version} + 1` })
    .where(and(eq(needs.id, id), eq(needs.version, expectedVersion))).returning({ id: needs.id });
  return rows.length === 1;
}

/** Users who may be assigned 评榜: experts and third-party evaluator staff, active. */
export function listAssessors(db: Executor, ids?: string[]) {
  return db.select({ id: users.id, displayName: users.displayName, role: users.roleKey }).from(users)
    .where(allOf(or(eq(users.roleKey, 'expert'), eq(users.roleKey, 'org_staff')), eq(users.status, 'active'), ids ? inArray(users.id, ids) : undefined))
    .orderBy(asc(users.displayName));
}

