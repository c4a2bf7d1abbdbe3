import { and, desc, eq, inArray, notInArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { allOf, scopeFilter, type Actor } from '../../platform/scope.js';
import { catalogueItems, catalogueOrders } from '../catalogue/catalogue.table.js';
import { needs } from '../needs/needs.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { regions } from '../regions/regions.table.js';
import { matchingFairs, matchingFollowUps, matchingInvitations } from './matching.table.js';

/** A published menu service of a participating organisation, as the fair prices and orders it. */
export interface FairItem { id: string; organisationId: string; category: string; title: string; priceFen: number; regionPaths: string[] }

/** Published menu services of these organisations in these categories (the catalogue is public). */
export function findFairItems(db: Executor, orgIds: string[], categories: string[]): Promise<FairItem[]> {
  if (!orgIds.length || !categories.length) return Promise.resolve([]);
  return db.select({
    id: catalogueItems.id, organisationId: catalogueItems.organisationId, category: catalogueItems.category, title: catalogueItems.title,
    priceFen: catalogueItems.priceFen, regionPaths: catalogueItems.regionPaths,
  }).from(catalogueItems)
    .where(and(inArray(catalogueItems.organisationId, orgIds), inArray(catalogueItems.category, categories), eq(catalogueItems.status, 'published')));
}

/** A published menu service that may serve a need, with the places it has taken this month. */
export interface CandidateItem extends FairItem { monthlyCapacity: number; takenThisMonth: number }

/**
 * Published menu services in any of `domains` serving somewhere in the city of `cityPath` (a served region inside
 * the city, or the city or province itself), of organisations in `orgIds` — candidates beside the organisations.
 */
export function findCandidateItems(db: Executor, orgIds: string[], domains: string[], cityPath: string, monthStart: Date, limit: number): Promise<CandidateItem[]> {
  if (!orgIds.length) return Promise.resolve([]);
  return db.select({
    id: catalogueItems.id, organisationId: catalogueItems.organisationId, category: catalogueItems.category, title: catalogueItems.title,
    priceFen: catalogueItems.priceFen, regionPaths: catalogueItems.regionPaths, monthlyCapacity: catalogueItems.monthlyCapacity,
    // Written out: in a one-table select drizzle leaves the column unqualified, which inside this subquery would mean o.id.
    takenThisMonth: sql<number>`(select count(*) from catalogue_orders o where o.item_id = catalogue_items.id and o.created_at >= ${monthStart.toISOString()} and o.status not in ('declined', 'cancelled'))`.mapWith(Number),
  }).from(catalogueItems)
    .where(and(
      inArray(catalogueItems.organisationId, orgIds), inArray(catalogueItems.category, domains), eq(catalogueItems.status, 'published'),
      sql`exists (select 1 from unnest(${catalogueItems.regionPaths}) p where p like ${`${cityPath}%`} or ${cityPath} like p || '%')`,
    ))
    .orderBy(catalogueItems.id).limit(limit);
}

/** The needs' place and contact (already encrypted), which an order copies; read for needs already checked in scope. */
export function findNeedContacts(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.select({
    id: needs.id, regionCode: needs.regionCode, regionPath: needs.regionPath, contactName: needs.contactName,
    contactPhoneEnc: needs.contactPhoneEnc, contactPhoneHash: needs.contactPhoneHash, contactPhoneMasked: needs.contactPhoneMasked,
  }).from(needs).where(inArray(needs.id, ids));
}

const DEAD_ORDER = ['declined', 'cancelled'];

/** Locks the needs' rows (in id order, so two fairs never deadlock) so two fairs confirmed at once cannot both take a need. */
export async function lockNeeds(tx: Executor, ids: string[]): Promise<void> {
  if (ids.length) await tx.select({ id: needs.id }).from(needs).where(inArray(needs.id, ids)).orderBy(needs.id).for('update');
}

/**
 * Needs among `ids` that another confirmed fair already gave a provider still on it: an order not declined or
 * cancelled, or an invitation not declined. A declined one frees the need for the next fair.
 */
export function findLiveFollowUps(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.select({ needId: matchingFollowUps.needId, fairTitle: matchingFairs.title }).from(matchingFollowUps)
    .innerJoin(matchingFairs, eq(matchingFairs.id, matchingFollowUps.fairId))
    .leftJoin(catalogueOrders, and(eq(matchingFollowUps.kind, 'order'), eq(catalogueOrders.id, matchingFollowUps.refId)))
    .leftJoin(matchingInvitations, and(eq(matchingFollowUps.kind, 'invitation'), eq(matchingInvitations.id, matchingFollowUps.refId)))
    .where(and(
      inArray(matchingFollowUps.needId, ids),
      or(and(eq(matchingFollowUps.kind, 'order'), notInArray(catalogueOrders.status, DEAD_ORDER)), and(eq(matchingFollowUps.kind, 'invitation'), sql`${matchingInvitations.status} <> 'declined'`)),
    ));
}

export async function findFairIdByKey(db: Executor, key: string): Promise<string | null> {
  const [r] = await db.select({ id: matchingFairs.id }).from(matchingFairs).where(eq(matchingFairs.confirmKey, key));
  return r?.id ?? null;
}

export async function insertFollowUps(tx: Executor, rows: (typeof matchingFollowUps.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(matchingFollowUps).values(rows.slice(i, i + 500));
}

export async function insertInvitations(tx: Executor, rows: (typeof matchingInvitations.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(matchingInvitations).values(rows.slice(i, i + 500));
}

/** What a fair created, with the order's number and status or the invitation's status. */
export function listFollowUps(db: Executor, fairId: string) {
  return db.select({
    needId: matchingFollowUps.needId, needTitle: needs.title, organisationId: matchingFollowUps.organisationId, organisationName: organisations.name,
    kind: matchingFollowUps.kind, refId: matchingFollowUps.refId, orderNumber: catalogueOrders.number, orderStatus: catalogueOrders.status, invitationStatus: matchingInvitations.status,
  }).from(matchingFollowUps)
    .innerJoin(needs, eq(needs.id, matchingFollowUps.needId))
    .innerJoin(organisations, eq(organisations.id, matchingFollowUps.organisationId))
    .leftJoin(catalogueOrders, and(eq(matchingFollowUps.kind, 'order'), eq(catalogueOrders.id, matchingFollowUps.refId)))
    .leftJoin(matchingInvitations, and(eq(matchingFollowUps.kind, 'invitation'), eq(matchingInvitations.id, matchingFollowUps.refId)))
    .where(eq(matchingFollowUps.fairId, fairId)).orderBy(needs.title, matchingFollowUps.needId);
}

/** The invited organisation sees its own (本组织); officials see those of needs in their region. */
const invitationScope = (actor: Actor) => scopeFilter(actor, { paths: [matchingInvitations.regionPath], organisation: matchingInvitations.organisationId });

const invitationColumns = {
  invitation: matchingInvitations, fairTitle: matchingFairs.title, needTitle: needs.title, regionName: regions.name, organisationName: organisations.name,
};
function selectInvitations(db: Executor) {
  return db.select(invitationColumns).from(matchingInvitations)
    .innerJoin(matchingFairs, eq(matchingFairs.id, matchingInvitations.fairId))
    .innerJoin(needs, eq(needs.id, matchingInvitations.needId))
    .innerJoin(organisations, eq(organisations.id, matchingInvitations.organisationId))
    .leftJoin(regions, eq(regions.code, needs.regionCode));
}
export type InvitationWithNames = Awaited<ReturnType<typeof listInvitations>>[number];

export function listInvitations(db: Executor, actor: Actor, status: string | undefined, limit: number) {
  return selectInvitations(db).where(allOf(invitationScope(actor), status ? eq(matchingInvitations.status, status) : undefined))
    .orderBy(desc(matchingInvitations.createdAt), desc(matchingInvitations.id)).limit(limit);
}

export async function findInvitation(db: Executor, actor: Actor, id: string): Promise<InvitationWithNames | null> {
  const [r] = await selectInvitations(db).where(allOf(invitationScope(actor), eq(matchingInvitations.id, id)));
  return r ?? null;
}

export async function lockInvitation(tx: Executor, actor: Actor, id: string) {
  const [r] = await tx.select().from(matchingInvitations).where(allOf(invitationScope(actor), eq(matchingInvitations.id, id))).for('update');
  return r ?? null;
}

export async function updateInvitation(tx: Executor, id: string, version: number, patch: Partial<typeof matchingInvitations.$inferInsert>): Promise<boolean> {
  const r = await tx.update(matchingInvitations).set({ ...patch, version: sql`${matchingInvitations.version} + 1` })
    .where(and(eq(matchingInvitations.id, id), eq(matchingInvitations.version, version))).returning({ id: matchingInvitations.id });
  return r.length === 1;
}
