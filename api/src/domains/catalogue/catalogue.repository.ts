import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { allOf, scopeFilter, type Actor } from '../../platform/scope.js';
import { escapeLike } from '../../platform/text.js';
import { users } from '../auth/auth.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { regions } from '../regions/regions.table.js';
import { catalogueItems, catalogueOrderEvents, catalogueOrders } from './catalogue.table.js';

export type ItemRow = typeof catalogueItems.$inferSelect;
export type ItemInsert = typeof catalogueItems.$inferInsert;
export type OrderRow = typeof catalogueOrders.$inferSelect;
export type OrderInsert = typeof catalogueOrders.$inferInsert;

const rating = {
  ratingAverage: sql<string | null>`(select round(avg(o.rating)::numeric, 1) from catalogue_orders o where o.item_id = ${catalogueItems.id} and o.status = 'rated')`,
  ratingCount: sql<string>`(select count(*) from catalogue_orders o where o.item_id = ${catalogueItems.id} and o.status = 'rated')`,
};
export type ItemWithNames = { item: ItemRow; organisationName: string | null; ratingAverage: string | null; ratingCount: string };

function selectItems(db: Executor) {
  return db.select({ item: catalogueItems, organisationName: organisations.name, ...rating }).from(catalogueItems).leftJoin(organisations, eq(organisations.id, catalogueItems.organisationId));
}

export interface ItemFilter { textFolded?: string; catalogueClass?: string; category?: string; servesPath?: string; publishedOnly?: boolean; organisationId?: string }

function itemWhere(f: ItemFilter): SQL {
  return allOf(
    f.publishedOnly ? eq(catalogueItems.status, 'published') : undefined,
    f.organisationId ? eq(catalogueItems.organisationId, f.organisationId) : undefined,
    f.catalogueClass ? eq(catalogueItems.catalogueClass, f.catalogueClass) : undefined,
    f.category ? eq(catalogueItems.category, f.category) : undefined,
    f.textFolded ? sql`${catalogueItems.textSearch} like ${`%${escapeLike(f.textFolded)}%`}` : undefined,
    // The item serves a region when one of its served regions is that region or an ancestor of it.
    f.servesPath ? sql`exists (select 1 from unnest(${catalogueItems.regionPaths}) p where ${f.servesPath} like p || '%')` : undefined,
  );
}

/** The catalogue (public or an organisation's own), newest first (the class tabs filter by class). */
export async function listItems(db: Executor, f: ItemFilter, limit: number, offset: number) {
  const w = itemWhere(f);
  const items = await selectItems(db).where(w).orderBy(desc(catalogueItems.id)).limit(limit).offset(offset);
  const [c] = await db.select({ n: count() }).from(catalogueItems).where(w);
  return { items, total: Number(c?.n ?? 0) };
}

export async function findItem(db: Executor, id: string, f: ItemFilter = {}): Promise<ItemWithNames | null> {
  const [r] = await selectItems(db).where(and(eq(catalogueItems.id, id), itemWhere(f))).limit(1);
  return r ?? null;
}

export async function lockItem(tx: Executor, id: string): Promise<ItemRow | null> {
  const [r] = await tx.select().from(catalogueItems).where(eq(catalogueItems.id, id)).for('update');
  return r ?? null;
}

export async function insertItems(tx: Executor, rows: ItemInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await tx.insert(catalogueItems).values(rows.slice(i, i + 200));
}

export async function updateItem(tx: Executor, id: string, version: number, patch: Partial<ItemInsert>): Promise<boolean> {
  const r = await tx.update(catalogueItems).set({ ...patch, version: sql`${catalogueItems.version} + 1` }).where(and(eq(catalogueItems.id, id), eq(catalogueItems.version, version))).returning({ id: catalogueItems.id });
  return r.length === 1;
}

/** Region names for codes (catalogue items list the regions they serve). */
export async function regionNames(db: Executor, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, codes));
  return new Map(rows.map((r) => [r.code, r.name]));
}

// ── Orders ──
/** Orders in scope: the organisation that takes them, the orderer (residents), or the region (officials, workers). */
export function orderScope(actor: Actor): SQL {
  return scopeFilter(actor, { paths: [catalogueOrders.regionPath], owner: catalogueOrders.orderedBy, organisation: catalogueOrders.organisationId });
}
export type OrderWithNames = { order: OrderRow; itemTitle: string; organisationName: string | null; regionName: string | null; orderedByName: string | null };

function selectOrders(db: Executor) {
  return db.select({ order: catalogueOrders, itemTitle: catalogueItems.title, organisationName: organisations.name, regionName: regions.name, orderedByName: users.displayName })
    .from(catalogueOrders).innerJoin(catalogueItems, eq(catalogueItems.id, catalogueOrders.itemId))
    .leftJoin(organisations, eq(organisations.id, catalogueOrders.organisationId)).leftJoin(regions, eq(regions.code, catalogueOrders.regionCode))
    .leftJoin(users, eq(users.id, catalogueOrders.orderedBy));
}

export async function listOrders(db: Executor, actor: Actor, f: { status?: string; overdueAt?: Date }, limit: number, offset: number) {
  const w = allOf(
    orderScope(actor), f.status ? eq(catalogueOrders.status, f.status) : undefined,
    f.overdueAt ? sql`${catalogueOrders.status} = 'placed' and ${catalogueOrders.respondBy} < ${f.overdueAt.toISOString()}` : undefined,
  );
  const items = await selectOrders(db).where(w).orderBy(desc(catalogueOrders.id)).limit(limit).offset(offset);
  const [c] = await db.select({ n: count() }).from(catalogueOrders).where(w);
  return { items, total: Number(c?.n ?? 0) };
}

export async function findOrder(db: Executor, actor: Actor, id: string): Promise<OrderWithNames | null> {
  const [r] = await selectOrders(db).where(and(eq(catalogueOrders.id, id), orderScope(actor))).limit(1);
  return r ?? null;
}

export async function lockOrder(tx: Executor, actor: Actor, id: string): Promise<OrderRow | null> {
  const [r] = await tx.select().from(catalogueOrders).where(and(eq(catalogueOrders.id, id), orderScope(actor))).for('update');
  return r ?? null;
}

/** Orders of an item since `from` that hold a place (everything but declined and cancelled). */
export async function countTaken(tx: Executor, itemId: string, from: Date): Promise<number> {
  const [c] = await tx.select({ n: count() }).from(catalogueOrders)
    .where(and(eq(catalogueOrders.itemId, itemId), sql`${catalogueOrders.createdAt} >= ${from.toISOString()}`, sql`${catalogueOrders.status} not in ('declined', 'cancelled')`));
  return Number(c?.n ?? 0);
}

export async function lastOrderNumber(tx: Executor, prefix: string): Promise<string | null> {
  const [r] = await tx.select({ number: catalogueOrders.number }).from(catalogueOrders).where(sql`${catalogueOrders.number} like ${`${escapeLike(prefix)}%`}`).orderBy(desc(catalogueOrders.number)).limit(1);
  return r?.number ?? null;
}

export async function insertOrders(tx: Executor, rows: OrderInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await tx.insert(catalogueOrders).values(rows.slice(i, i + 200));
}

export async function updateOrder(tx: Executor, id: string, version: number, patch: Partial<OrderInsert>): Promise<boolean> {
  const r = await tx.update(catalogueOrders).set({ ...patch, version: sql`${catalogueOrders.version} + 1` }).where(and(eq(catalogueOrders.id, id), eq(catalogueOrders.version, version))).returning({ id: catalogueOrders.id });
  return r.length === 1;
}

export type OrderEventInsert = typeof catalogueOrderEvents.$inferInsert;
export async function insertOrderEvents(tx: Executor, rows: OrderEventInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(catalogueOrderEvents).values(rows.slice(i, i + 500));
}
export function listOrderEvents(db: Executor, orderId: string) {
  return db.select().from(catalogueOrderEvents).where(eq(catalogueOrderEvents.orderId, orderId)).orderBy(asc(catalogueOrderEvents.seq));
}

/** Active organisations with their service domains and operating region, for seeding the demo catalogue. */
export function organisationsForSeed(db: Executor) {
  return db.select({ id: organisations.id, name: organisations.name, serviceDomains: organisations.serviceDomains, operatingRegionCode: organisations.operatingRegionCode, operatingRegionPath: organisations.operatingRegionPath })
    .from(organisations).where(eq(organisations.status, 'active')).orderBy(asc(organisations.name));
}
