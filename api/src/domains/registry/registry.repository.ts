import { and, count, desc, eq, inArray, like, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { allOf, scopeFilter, type Actor } from '../../platform/scope.js';
import { escapeLike } from '../../platform/text.js';
import { users } from '../auth/auth.table.js';
import { regions } from '../regions/regions.table.js';
import {
  registryDecisions, registryEntities, registryHeaderMappings, registryImports, registryReviewItems, registrySourceRows, registryTasks,
} from './registry.table.js';

export type EntityRow = typeof registryEntities.$inferSelect;
export type EntityInsert = typeof registryEntities.$inferInsert;
export type SourceRowInsert = typeof registrySourceRows.$inferInsert;
export type ReviewInsert = typeof registryReviewItems.$inferInsert;
export type TaskRow = typeof registryTasks.$inferSelect;

const CHUNK = 2000;
function chunks<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

/** Divisions down to township, for parsing addresses (unscoped: a name list, no records). */
export async function regionNodes(db: Executor) {
  return db.select({ code: regions.code, parentCode: regions.parentCode, name: regions.name, level: regions.level, path: regions.path }).from(regions).where(lte(regions.level, 4));
}

export async function rememberedMappings(db: Executor, department: string) {
  return db.select().from(registryHeaderMappings).where(eq(registryHeaderMappings.department, department));
}

export async function saveMapping(db: Executor, department: string, header: string, field: string | null, userId: string, at: Date) {
  await db.insert(registryHeaderMappings).values({ department, header, field, updatedBy: userId, updatedAt: at })
    .onConflictDoUpdate({ target: [registryHeaderMappings.department, registryHeaderMappings.header], set: { field, updatedBy: userId, updatedAt: at } });
}

export async function insertImport(db: Executor, row: typeof registryImports.$inferInsert) {
  await db.insert(registryImports).values(row);
}

export async function setImportReport(db: Executor, id: string, report: unknown) {
  await db.update(registryImports).set({ report }).where(eq(registryImports.id, id));
}

/** Retires a department's current rows (a newer file replaces them); returns what they linked to. */
export async function retireDepartmentRows(db: Executor, department: string) {
  return db.update(registrySourceRows).set({ current: false })
    .where(and(eq(registrySourceRows.department, department), eq(registrySourceRows.current, true)))
    .returning({ id: registrySourceRows.id, entityId: registrySourceRows.entityId, mappedEnc: registrySourceRows.mappedEnc });
}

export async function insertSourceRows(db: Executor, rows: SourceRowInsert[]) {
  for (const part of chunks(rows)) await db.insert(registrySourceRows).values(part);
}

/** Every current source row: the input of a re-resolution (the register is resolved as a whole). */
export async function currentRows(db: Executor) {
  return db.select({
    id: registrySourceRows.id, department: registrySourceRows.department, fileName: registrySourceRows.fileName,
    rowNo: registrySourceRows.rowNo, mappedEnc: registrySourceRows.mappedEnc, entityId: registrySourceRows.entityId, importId: registrySourceRows.importId,
  }).from(registrySourceRows).where(eq(registrySourceRows.current, true)).orderBy(registrySourceRows.fileName, registrySourceRows.rowNo);
}

export async function allDecisions(db: Executor) {
  return db.select().from(registryDecisions);
}

export async function insertDecisions(db: Executor, rows: (typeof registryDecisions.$inferInsert)[]) {
  for (const part of chunks(rows)) await db.insert(registryDecisions).values(part);
}

export async function activeEntities(db: Executor) {
  return db.select().from(registryEntities).where(eq(registryEntities.status, 'active'));
}

export async function upsertEntities(db: Executor, rows: EntityInsert[]) {
  const set = Object.fromEntries(['name', 'name_search', 'credit_code', 'legal_representative', 'phone_enc', 'phone_masked', 'address', 'founded_on', 'kind', 'ledger', 'committee', 'region_code', 'region_path', 'verification', 'provenance', 'conflicts', 'status', 'updated_at', 'version']
    .map((c) => [c, sql.raw(c === 'version' ? 'registry_entities.version + 1' : `excluded.${c}`)]));
  // A department's party column only fills a status nobody knows yet: a correction or a check is a person's fact.
  set.party_coverage = sql.raw(`case when registry_entities.party_coverage = 'unknown' then excluded.party_coverage else registry_entities.party_coverage end`);
  // the camelCase keys drizzle expects
  const camel = Object.fromEntries(Object.entries(set).map(([k, v]) => [k.replace(/_(.)/g, (_m, c: string) => c.toUpperCase()), v]));
  for (const part of chunks(rows)) await db.insert(registryEntities).values(part).onConflictDoUpdate({ target: registryEntities.id, set: camel });
}

export async function markGone(db: Executor, ids: string[], at: Date) {
  for (const part of chunks(ids)) await db.update(registryEntities).set({ status: 'gone', updatedAt: at }).where(inArray(registryEntities.id, part));
}

export async function linkRows(db: Executor, links: { rowId: string; entityId: string }[]) {
  for (const part of chunks(links)) {
    const values = sql.join(part.map((l) => sql`(${l.rowId}::uuid, ${l.entityId}::uuid)`), sql`, `);
    await db.execute(sql`update registry_source_rows r set entity_id = v.e from (values ${values}) as v(id, e) where r.id = v.id`);
  }
}

export async function replaceOpenReview(db: Executor, items: ReviewInsert[]) {
  await db.delete(registryReviewItems).where(eq(registryReviewItems.status, 'open'));
  for (const part of chunks(items)) await db.insert(registryReviewItems).values(part);
}

const entityScope = (actor: Actor) => scopeFilter(actor, { paths: [registryEntities.regionPath] });

/** List filters; `regionPath` narrows to a banner or street, `pending` to entries that need a check. */
export interface EntityFilter { ledger?: string; verification?: string; q?: string; regionPath?: string; pending?: boolean }

function entityWhere(actor: Actor, f: EntityFilter): SQL {
  return allOf(
    entityScope(actor),
    eq(registryEntities.status, 'active'),
    f.ledger ? eq(registryEntities.ledger, f.ledger) : undefined,
    f.verification ? eq(registryEntities.verification, f.verification) : undefined,
    f.q ? or(like(registryEntities.nameSearch, `%${escapeLike(f.q)}%`), eq(registryEntities.creditCode, f.q.toUpperCase())) : undefined,
    f.regionPath ? like(registryEntities.regionPath, `${escapeLike(f.regionPath)}%`) : undefined,
    f.pending ? inArray(registryEntities.verification, ['unverified', 'conflict']) : undefined,
  );
}

export async function listEntities(db: Executor, actor: Actor, f: EntityFilter, page: number, pageSize: number) {
  const where = entityWhere(actor, f);
  const [items, [total]] = await Promise.all([
    db.select({ e: registryEntities, regionName: regions.name }).from(registryEntities).leftJoin(regions, eq(regions.code, registryEntities.regionCode))
      .where(where).orderBy(registryEntities.nameSearch, registryEntities.id).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(registryEntities).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The entries a bulk assignment selects (scoped like the list), at most `limit`. */
export async function entityTargets(db: Executor, actor: Actor, f: EntityFilter, limit: number) {
  return db.select({ id: registryEntities.id, name: registryEntities.name, regionPath: registryEntities.regionPath }).from(registryEntities)
    .where(entityWhere(actor, f)).orderBy(registryEntities.nameSearch, registryEntities.id).limit(limit);
}

/** Of these entries, those that already have a task waiting to be done. */
export async function entitiesWithOpenTask(db: Executor, ids: string[]) {
  const out = new Set<string>();
  for (const part of chunks(ids)) {
    const rows = await db.selectDistinct({ id: registryTasks.entityId }).from(registryTasks).where(and(inArray(registryTasks.entityId, part), eq(registryTasks.status, 'assigned')));
    for (const r of rows) out.add(r.id);
  }
  return out;
}

export async function insertTasks(db: Executor, rows: (typeof registryTasks.$inferInsert)[]) {
  for (const part of chunks(rows)) await db.insert(registryTasks).values(part);
}

/** An account as a possible assignee: its role, status and the region it covers. */
export async function findAccount(db: Executor, id: string) {
  const [row] = await db.select({ id: users.id, displayName: users.displayName, roleKey: users.roleKey, status: users.status, regionPath: regions.path })
    .from(users).leftJoin(regions, eq(regions.code, users.regionCode)).where(eq(users.id, id));
  return row;
}

/** Active accounts of these roles whose region lies in the actor's scope (who a task may go to). */
export async function listAccounts(db: Executor, actor: Actor, roles: readonly string[]) {
  return db.select({ id: users.id, displayName: users.displayName, regionCode: regions.code, regionName: regions.name, regionPath: regions.path })
    .from(users).innerJoin(regions, eq(regions.code, users.regionCode))
    .where(and(inArray(users.roleKey, [...roles]), eq(users.status, 'active'), scopeFilter(actor, { paths: [regions.path] })))
    .orderBy(regions.path, users.displayName).limit(500);
}

export async function findEntity(db: Executor, actor: Actor, id: string) {
  const [row] = await db.select({ e: registryEntities, regionName: regions.name }).from(registryEntities).leftJoin(regions, eq(regions.code, registryEntities.regionCode))
    .where(and(eq(registryEntities.id, id), entityScope(actor)));
  return row;
}

export async function sourceCounts(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db.select({ id: registrySourceRows.entityId, n: count() }).from(registrySourceRows)
    .where(and(inArray(registrySourceRows.entityId, ids), eq(registrySourceRows.current, true))).groupBy(registrySourceRows.entityId);
  return new Map(rows.map((r) => [r.id!, r.n]));
}

export async function rowsOfEntity(db: Executor, entityId: string) {
  return db.select({ r: registrySourceRows, importedAt: registryImports.createdAt }).from(registrySourceRows)
    .innerJoin(registryImports, eq(registryImports.id, registrySourceRows.importId))
    .where(eq(registrySourceRows.entityId, entityId)).orderBy(desc(registrySourceRows.current), registrySourceRows.department, registrySourceRows.rowNo);
}

export async function updateEntity(db: Executor, id: string, version: number, patch: Partial<EntityInsert>) {
  const [row] = await db.update(registryEntities).set({ ...patch, version: sql`${registryEntities.version} + 1` })
    .where(and(eq(registryEntities.id, id), eq(registryEntities.version, version))).returning();
  return row;
}

const reviewScope = (actor: Actor) => scopeFilter(actor, { paths: [registryReviewItems.regionPath] });

export async function listReview(db: Executor, actor: Actor, page: number, pageSize: number) {
  const where = and(eq(registryReviewItems.status, 'open'), reviewScope(actor));
  const [items, [total]] = await Promise.all([
    db.select().from(registryReviewItems).where(where).orderBy(desc(registryReviewItems.score), registryReviewItems.id).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(registryReviewItems).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findReview(db: Executor, actor: Actor, id: string) {
  const [row] = await db.select().from(registryReviewItems).where(and(eq(registryReviewItems.id, id), reviewScope(actor)));
  return row;
}

export async function decideReview(db: Executor, id: string, status: string, userId: string, at: Date) {
  await db.update(registryReviewItems).set({ status, decidedBy: userId, decidedAt: at }).where(eq(registryReviewItems.id, id));
}

export async function entityNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: registryEntities.id, name: registryEntities.name }).from(registryEntities).where(inArray(registryEntities.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function sourceRowsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: registrySourceRows.id, name: registrySourceRows.name, department: registrySourceRows.department, entityId: registrySourceRows.entityId })
    .from(registrySourceRows).where(inArray(registrySourceRows.id, ids));
}

export async function insertTask(db: Executor, row: typeof registryTasks.$inferInsert) {
  const [t] = await db.insert(registryTasks).values(row).returning();
  return t!;
}

const taskScope = (actor: Actor) => or(scopeFilter(actor, { paths: [registryTasks.regionPath] }), eq(registryTasks.assigneeId, actor.userId))!;

const taskColumns = { t: registryTasks, entityName: registryEntities.name, assigneeName: users.displayName };

export async function findTask(db: Executor, actor: Actor, id: string) {
  const [row] = await db.select(taskColumns).from(registryTasks)
    .innerJoin(registryEntities, eq(registryEntities.id, registryTasks.entityId)).leftJoin(users, eq(users.id, registryTasks.assigneeId))
    .where(and(eq(registryTasks.id, id), taskScope(actor)));
  return row;
}

export async function listTasks(db: Executor, actor: Actor, mine: boolean) {
  return db.select(taskColumns).from(registryTasks)
    .innerJoin(registryEntities, eq(registryEntities.id, registryTasks.entityId)).leftJoin(users, eq(users.id, registryTasks.assigneeId))
    .where(and(taskScope(actor), mine ? eq(registryTasks.assigneeId, actor.userId) : undefined, ne(registryTasks.status, 'cancelled')))
    .orderBy(registryTasks.status, desc(registryTasks.createdAt)).limit(200);
}

export async function closeTask(db: Executor, id: string, status: string, result: unknown, at: Date) {
  await db.update(registryTasks).set({ status, result, doneAt: at }).where(eq(registryTasks.id, id));
}

/** The platform administrator's id: the command line's imports are filed under it. */
export async function firstAdminId(db: Executor): Promise<string | undefined> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.roleKey, 'platform_admin')).orderBy(users.createdAt).limit(1);
  return row?.id;
}
