import { and, count, desc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.js';
import { allOf, scopeFilter, type Actor } from '../../platform/scope.js';
import { escapeLike } from '../../platform/text.js';
import { createCountCache } from '../../platform/count-cache.js';
import { regions } from '../regions/regions.table.js';
import { organisations } from './organisations.table.js';

export type OrganisationRow = typeof organisations.$inferSelect;
export type OrganisationInsert = typeof organisations.$inferInsert;

const registration = alias(regions, 'registration_region');
const operating = alias(regions, 'operating_region');

/** Filters already normalised by the service (search text folded, region resolved to its path). */
export interface OrganisationFilter {
  nameFolded?: string;
  creditCode?: string;
  phoneHash?: string;
  regionPath?: string;
  type?: string;
  status?: string;
  domain?: string;
}

/** The scope filter for organisations: either region path in scope, or the actor's own organisation/records. */
export function organisationScope(actor: Actor): SQL {
  return scopeFilter(actor, {
    paths: [organisations.operatingRegionPath, organisations.registrationRegionPath],
    owner: organisations.createdBy,
    organisation: organisations.id,
  });
}

function where(actor: Actor, f: OrganisationFilter): SQL {
  const text = [
    f.nameFolded ? like(organisations.nameSearch, `%${escapeLike(f.nameFolded)}%`) : undefined,
    f.creditCode ? eq(organisations.creditCode, f.creditCode) : undefined,
    f.phoneHash ? eq(organisations.phoneHash, f.phoneHash) : undefined,
  ].filter((c): c is SQL => !!c);
  const regionPath = f.regionPath ? `${escapeLike(f.regionPath)}%` : undefined;
  return allOf(
    organisationScope(actor),
    text.length ? or(...text) : undefined,
    regionPath ? or(like(organisations.operatingRegionPath, regionPath), like(organisations.registrationRegionPath, regionPath)) : undefined,
    f.type ? eq(organisations.type, f.type) : undefined,
    f.status ? eq(organisations.status, f.status) : undefined,
    f.domain ? sql`${f.domain} = any(${organisations.serviceDomains})` : undefined,
  );
}

const withRegionNames = { org: organisations, registrationRegionName: registration.name, operatingRegionName: operating.name };
export type OrganisationWithNames = { org: OrganisationRow; registrationRegionName: string | null; operatingRegionName: string | null };

function selectWithNames(db: Executor) {
  return db
    .select(withRegionNames)
    .from(organisations)
    .leftJoin(registration, eq(registration.code, organisations.registrationRegionCode))
    .leftJoin(operating, eq(operating.code, organisations.operatingRegionCode));
}

/** Totals per (scope, filter), reused for 10 s or until this process writes an organisation. */
const totals = createCountCache({ ttlMs: 10_000, maxEntries: 5_000 });

/** Distinguishes databases in one process (tests, benchmarks), so one's totals never answer for another. */
const databaseIds = new WeakMap<object, number>();
let nextDatabaseId = 1;
function databaseId(db: Executor): number {
  const known = databaseIds.get(db);
  if (known !== undefined) return known;
  databaseIds.set(db, nextDatabaseId);
  return nextDatabaseId++;
}

function scopeKey(db: Executor, actor: Actor): string {
  return JSON.stringify([databaseId(db), actor.dataScope, actor.regionPath, actor.customRegionPaths, actor.dataScope === 'self' ? actor.userId : null, actor.organisationId]);
}

/** One page in the actor's scope, newest first (UUIDv7 ids sort by creation), and the scoped total. */
export async function listOrganisations(db: Executor, actor: Actor, f: OrganisationFilter, limit: number, offset: number) {
  const w = where(actor, f);
  const key = scopeKey(db, actor) + JSON.stringify(f);
  // Page the ids first, then join region names for those 20 rows only, not for every match.
  const pageIds = db.select({ id: organisations.id }).from(organisations).where(w).orderBy(desc(organisations.id)).limit(limit).offset(offset).as('page_ids');
  const items = await selectWithNames(db).innerJoin(pageIds, eq(pageIds.id, organisations.id)).orderBy(desc(organisations.id));
  // A short first page is the whole answer; otherwise count (or reuse a fresh count).
  if (offset === 0 && items.length < limit) return { items, total: items.length };
  const now = Date.now();
  let total = totals.get(key, now);
  if (total === undefined) {
    const [c] = await db.select({ n: count() }).from(organisations).where(w);
    total = Number(c?.n ?? 0);
    totals.set(key, total, now);
  }
  return { items, total };
}

/** Every organisation matching the filter in scope, for export (bounded by `limit`). */
export function listAllOrganisations(db: Executor, actor: Actor, f: OrganisationFilter, limit: number) {
  return selectWithNames(db).where(where(actor, f)).orderBy(desc(organisations.id)).limit(limit);
}

export async function findOrganisation(db: Executor, actor: Actor, id: string): Promise<OrganisationWithNames | null> {
  const [row] = await selectWithNames(db).where(and(eq(organisations.id, id), organisationScope(actor))).limit(1);
  return row ?? null;
}

/** Unscoped by credit code: uniqueness is global, whoever registered the other record. */
export async function findByCreditCode(db: Executor, code: string): Promise<OrganisationRow | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.creditCode, code)).limit(1);
  return row ?? null;
}

export async function insertOrganisations(db: Executor, rows: OrganisationInsert[]): Promise<void> {
  totals.invalidate();
  for (let i = 0; i < rows.length; i += 500) await db.insert(organisations).values(rows.slice(i, i + 500));
}

/** Updates when the version still matches; returns false on a concurrent change. */
export async function updateOrganisation(db: Executor, id: string, expectedVersion: number, patch: Partial<OrganisationInsert>): Promise<boolean> {
  totals.invalidate();
  const rows = await db
    .update(organisations)
    .set({ ...patch, version: sql`${organisations.version} + 1` })
    .where(and(eq(organisations.id, id), eq(organisations.version, expectedVersion)))
    .returning({ id: organisations.id });
  return rows.length === 1;
}

export async function countOrganisations(db: Executor): Promise<number> {
  const [c] = await db.select({ n: count() }).from(organisations);
  return Number(c?.n ?? 0);
}
