import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { allOf, scopeFilter, type Actor } from '../../platform/scope.js';
import { regions } from '../regions/regions.table.js';
import { users } from '../auth/auth.table.js';
import { needs } from '../needs/needs.table.js';
import { callEvents, callPanellists, calls } from './calls.table.js';

export type CallRow = typeof calls.$inferSelect;
export type CallInsert = typeof calls.$inferInsert;
export type CallWithRegion = { call: CallRow; regionName: string | null };

/**
 * Who sees a call in the back office: drafts only officials who publish, within their region scope; a
 * published call is seen within the region scope, by every organisation's staff (they bid on it) and by its
 * panellists (experts are anchored to no region).
 */
export function callScope(actor: Actor): SQL {
  const regionScoped = scopeFilter(actor, { paths: [calls.regionPath], owner: calls.createdBy });
  const panellist = sql`exists (select 1 from ${callPanellists} p where p.call_id = ${calls.id} and p.user_id = ${actor.userId})`;
  const visible = or(regionScoped, actor.dataScope === 'organisation' ? sql`true` : sql`false`, panellist)!;
  return actor.permissions.has('calls:call:publish') ? visible : and(ne(calls.status, 'draft'), visible)!;
}

const withRegion = { call: calls, regionName: regions.name };

export async function listCalls(db: Executor, actor: Actor, f: { status?: string }, limit: number, offset: number) {
  const where = allOf(callScope(actor), f.status ? eq(calls.status, f.status) : undefined);
  const [items, [total]] = await Promise.all([
    db.select(withRegion).from(calls).leftJoin(regions, eq(regions.code, calls.regionCode)).where(where).orderBy(desc(calls.createdAt), desc(calls.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(calls).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** A call in the actor's scope, optionally locked for the rest of the transaction. */
export async function findCall(db: Executor, actor: Actor, id: string, lock = false): Promise<CallWithRegion | null> {
  const q = db.select(withRegion).from(calls).leftJoin(regions, eq(regions.code, calls.regionCode)).where(and(eq(calls.id, id), callScope(actor)));
  const [row] = lock ? await q.for('update', { of: calls }) : await q;
  return row ?? null;
}

/** Public reads: any call that is no longer a draft. */
export async function listPublicCalls(db: Executor, limit: number, offset: number) {
  const where = ne(calls.status, 'draft');
  const [items, [total]] = await Promise.all([
    db.select(withRegion).from(calls).leftJoin(regions, eq(regions.code, calls.regionCode)).where(where).orderBy(desc(calls.publishedAt), desc(calls.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(calls).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
export async function findPublicCall(db: Executor, id: string, lock = false): Promise<CallWithRegion | null> {
  const q = db.select(withRegion).from(calls).leftJoin(regions, eq(regions.code, calls.regionCode)).where(and(eq(calls.id, id), ne(calls.status, 'draft')));
  const [row] = lock ? await q.for('update', { of: calls }) : await q;
  return row ?? null;
}

export async function insertCall(tx: Executor, row: CallInsert) { await tx.insert(calls).values(row); }

/** Optimistic update: false when `version` is stale. */
export async function updateCall(tx: Executor, id: string, version: number, set: Partial<CallInsert>): Promise<boolean> {
  const r = await tx.update(calls).set({ ...set, version: version + 1 }).where(and(eq(calls.id, id), eq(calls.version, version))).returning({ id: calls.id });
  return r.length === 1;
}

export async function countCallsNumbered(tx: Executor, prefix: string): Promise<number> {
  const [r] = await tx.select({ n: count() }).from(calls).where(sql`${calls.number} like ${`${prefix}%`}`);
  return r?.n ?? 0;
}

export async function insertEvent(tx: Executor, e: typeof callEvents.$inferInsert) { await tx.insert(callEvents).values(e); }
export async function listEvents(db: Executor, callId: string, publicOnly: boolean) {
  return db.select().from(callEvents).where(allOf(eq(callEvents.callId, callId), publicOnly ? eq(callEvents.isPublic, true) : undefined)).orderBy(asc(callEvents.at), asc(callEvents.id));
}

/** Needs the actor may turn into a call: in scope and in the given status. */
export async function findNeeds(tx: Executor, actor: Actor, ids: string[]) {
  if (!ids.length) return [];
  return tx.select({ id: needs.id, number: needs.number, title: needs.title, status: needs.status, regionPath: needs.regionPath }).from(needs)
    .where(and(inArray(needs.id, ids), scopeFilter(actor, { paths: [needs.regionPath], owner: needs.createdBy })));
}
export async function listNeedCandidates(db: Executor, actor: Actor) {
  return db.select({ id: needs.id, number: needs.number, title: needs.title, category: needs.category, regionCode: needs.regionCode, requestCount: needs.requestCount }).from(needs)
    .where(and(eq(needs.status, 'accepted'), scopeFilter(actor, { paths: [needs.regionPath], owner: needs.createdBy }))).orderBy(asc(needs.priority), desc(needs.requestCount)).limit(200);
}
export async function findNeedTitles(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db.select({ id: needs.id, title: needs.title }).from(needs).where(inArray(needs.id, ids));
}
export async function findUsersByName(tx: Executor, usernames: string[]) {
  if (!usernames.length) return [];
  return tx.select({ id: users.id, username: users.username, displayName: users.displayName, roleKey: users.roleKey, status: users.status }).from(users).where(inArray(users.username, usernames));
}
/** Accounts that may sit on a panel: officials, community workers and experts. */
export async function listPanelCandidates(db: Executor) {
  return db.select({ username: users.username, displayName: users.displayName, role: users.roleKey }).from(users)
    .where(and(eq(users.status, 'active'), inArray(users.roleKey, ['city_official', 'banner_official', 'street_official', 'community_worker', 'expert']))).orderBy(asc(users.username)).limit(500);
}
export async function replacePanel(tx: Executor, callId: string, members: { userId: string; kind: string }[]) {
  await tx.delete(callPanellists).where(eq(callPanellists.callId, callId));
  if (members.length) await tx.insert(callPanellists).values(members.map((m) => ({ callId, ...m })));
}
export async function listPanel(db: Executor, callId: string) {
  return db.select({ userId: callPanellists.userId, kind: callPanellists.kind, displayName: users.displayName }).from(callPanellists)
    .innerJoin(users, eq(users.id, callPanellists.userId)).where(eq(callPanellists.callId, callId)).orderBy(asc(users.username));
}
