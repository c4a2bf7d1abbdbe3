import { and, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { allOf, scopeFilter, type Actor } from '../../platform/scope.js';
import { escapeLike } from '../../platform/text.js';
import { needs } from '../needs/needs.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { regions } from '../regions/regions.table.js';
import { matchingFairs, matchingSettings } from './matching.table.js';

export interface NeedForMatching { id: string; title: string; category: string; regionPath: string; status: string; regionName: string | null }
export interface OrganisationForMatching {
  id: string; name: string; serviceDomains: string[]; operatingRegionPath: string; grade: string | null; status: string; regionName: string | null;
}

const needScope = (actor: Actor) => scopeFilter(actor, { paths: [needs.regionPath], owner: needs.createdBy });
/** Same rule as the register: registration or operating region in scope, or the actor's own organisation. */
const orgScope = (actor: Actor) => scopeFilter(actor, {
  paths: [organisations.operatingRegionPath, organisations.registrationRegionPath], owner: organisations.createdBy, organisation: organisations.id,
});

const needColumns = { id: needs.id, title: needs.title, category: needs.category, regionPath: needs.regionPath, status: needs.status, regionName: regions.name };
const orgColumns = {
  id: organisations.id, name: organisations.name, serviceDomains: organisations.serviceDomains, operatingRegionPath: organisations.operatingRegionPath,
  grade: organisations.grade, status: organisations.status, regionName: regions.name,
};

/** Needs by id that the actor may see (others are simply absent). */
export function findNeeds(db: Executor, actor: Actor, ids: string[]): Promise<NeedForMatching[]> {
  if (!ids.length) return Promise.resolve([]);
  return db.select(needColumns).from(needs).leftJoin(regions, eq(regions.code, needs.regionCode))
    .where(allOf(needScope(actor), inArray(needs.id, ids)));
}

/** Organisations by id that the actor may see. */
export function findOrganisations(db: Executor, actor: Actor, ids: string[]): Promise<OrganisationForMatching[]> {
  if (!ids.length) return Promise.resolve([]);
  return db.select(orgColumns).from(organisations).leftJoin(regions, eq(regions.code, organisations.operatingRegionCode))
    .where(allOf(orgScope(actor), inArray(organisations.id, ids)));
}

/**
 * Organisations in scope working in any of `domains` within the city of `cityPath` — the pool candidates come from.
 * Those without a fitting domain would only fill the "why not" list with noise, so they are not read.
 */
export function findCandidateOrganisations(db: Executor, actor: Actor, domains: string[], cityPath: string, limit: number): Promise<OrganisationForMatching[]> {
  return db.select(orgColumns).from(organisations).leftJoin(regions, eq(regions.code, organisations.operatingRegionCode))
    .where(allOf(
      orgScope(actor),
      or(...domains.map((d) => sql`${d} = any(${organisations.serviceDomains})`)),
      like(organisations.operatingRegionPath, `${escapeLike(cityPath)}%`),
    ))
    .orderBy(organisations.id).limit(limit);
}

/** Organisations in scope that work somewhere in the city (their menu services may be candidates). */
export function findOrganisationIdsInCity(db: Executor, actor: Actor, cityPath: string): Promise<{ id: string }[]> {
  return db.select({ id: organisations.id }).from(organisations)
    .where(allOf(orgScope(actor), like(organisations.operatingRegionPath, `${escapeLike(cityPath)}%`)));
}

export async function findWeights(db: Executor, cityCode: string): Promise<{ weights: Record<string, number>; version: number } | null> {
  const [row] = await db.select({ weights: matchingSettings.weights, version: matchingSettings.version }).from(matchingSettings).where(eq(matchingSettings.cityCode, cityCode));
  return row ?? null;
}

/** Inserts or replaces a city's weights; false when `expectedVersion` no longer matches (someone else saved first). */
export async function saveWeights(db: Executor, cityCode: string, weights: Record<string, number>, userId: string, expectedVersion: number, now: Date): Promise<boolean> {
  if (expectedVersion === 0) {
    const inserted = await db.insert(matchingSettings).values({ cityCode, weights, updatedBy: userId, updatedAt: now }).onConflictDoNothing().returning({ v: matchingSettings.version });
    return inserted.length === 1;
  }
  const updated = await db.update(matchingSettings)
    .set({ weights, updatedBy: userId, updatedAt: now, version: sql`${matchingSettings.version} + 1` })
    .where(and(eq(matchingSettings.cityCode, cityCode), eq(matchingSettings.version, expectedVersion)))
    .returning({ v: matchingSettings.version });
  return updated.length === 1;
}

/** False when a fair with the same confirmation key already exists (the same confirmation sent twice). */
export async function insertFair(db: Executor, row: typeof matchingFairs.$inferInsert): Promise<boolean> {
  const r = await db.insert(matchingFairs).values(row).onConflictDoNothing({ target: matchingFairs.confirmKey }).returning({ id: matchingFairs.id });
  return r.length === 1;
}

const fairScope = (actor: Actor) => scopeFilter(actor, { paths: [matchingFairs.regionPath], owner: matchingFairs.createdBy });

export function listFairs(db: Executor, actor: Actor, limit: number) {
  return db.select().from(matchingFairs).where(fairScope(actor)).orderBy(desc(matchingFairs.createdAt)).limit(limit);
}

export async function findFair(db: Executor, actor: Actor, id: string) {
  const [row] = await db.select().from(matchingFairs).where(allOf(fairScope(actor), eq(matchingFairs.id, id)));
  return row ?? null;
}
