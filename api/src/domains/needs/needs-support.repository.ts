import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { users } from '../auth/auth.table.js';
import { regions } from '../regions/regions.table.js';
import { needAssessments, needAttachments, needEvents, needStatusCounts } from './needs-support.table.js';
import { needs } from './needs.table.js';

/** '/a/b/c/' → ['/a/', '/a/b/', '/a/b/c/']: the need's region and each ancestor. */
export function ancestorPaths(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`);
}

export interface CountKey { regionPath: string; status: string; category: string; source: string }

/**
 * Adds `delta` to the counts of the need's region and every ancestor, in one statement per key set.
 * Keys are sorted so concurrent transactions lock count rows in the same order (no deadlock).
 */
export async function adjustCounts(tx: Executor, changes: { key: CountKey; delta: number }[]): Promise<void> {
  const rows = new Map<string, { regionPath: string; parentPath: string | null; status: string; category: string; source: string; n: number }>();
  for (const { key, delta } of changes) {
    const paths = ancestorPaths(key.regionPath);
    paths.forEach((p, i) => {
      const k = [p, key.status, key.category, key.source].join('|');
      const cur = rows.get(k);
      if (cur) cur.n += delta;
      else rows.set(k, { regionPath: p, parentPath: i === 0 ? null : paths[i - 1]!, status: key.status, category: key.category, source: key.source, n: delta });
    });
  }
  const values = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v).filter((v) => v.n !== 0);
  if (values.length === 0) return;
  await tx.insert(needStatusCounts).values(values)
    .onConflictDoUpdate({ target: [needStatusCounts.regionPath, needStatusCounts.status, needStatusCounts.category, needStatusCounts.source], set: { n: sql`${needStatusCounts.n} + excluded.n` } });
}

/** Status totals over the given count paths (each a subtree root), with optional category/source filters. */
export async function countsAt(db: Executor, paths: string[] | 'roots', f: { category?: string; source?: string; status?: string }) {
  const where = and(
    paths === 'roots' ? isNull(needStatusCounts.parentPath) : inArray(needStatusCounts.regionPath, paths),
    f.category ? eq(needStatusCounts.category, f.category) : undefined,
    f.source ? eq(needStatusCounts.source, f.source) : undefined,
    f.status ? eq(needStatusCounts.status, f.status) : undefined,
  );
  return db.select({ status: needStatusCounts.status, n: sql<string>`sum(${needStatusCounts.n})` }).from(needStatusCounts).where(where)
    .groupBy(needStatusCounts.status).having(sql`sum(${needStatusCounts.n}) <> 0`);
}

/** Status totals of each child region of `parent` (or of the roots); names are looked up for those few rows only. */
export async function childCounts(db: Executor, parent: string | null, f: { category?: string; source?: string }) {
  const rows = await db.select({ regionPath: needStatusCounts.regionPath, status: needStatusCounts.status, n: sql<string>`sum(${needStatusCounts.n})` })
    .from(needStatusCounts)
    .where(and(
      parent === null ? isNull(needStatusCounts.parentPath) : eq(needStatusCounts.parentPath, parent),
      f.category ? eq(needStatusCounts.category, f.category) : undefined,
      f.source ? eq(needStatusCounts.source, f.source) : undefined,
    ))
    .groupBy(needStatusCounts.regionPath, needStatusCounts.status)
    .having(sql`sum(${needStatusCounts.n}) <> 0`);
  const codeOf = (path: string) => path.split('/').filter(Boolean).pop()!;
  const codes = [...new Set(rows.map((r) => codeOf(r.regionPath)))];
  const names = new Map(codes.length ? (await db.select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, codes))).map((r) => [r.code, r.name]) : []);
  return rows.map((r) => ({ ...r, regionCode: codeOf(r.regionPath), regionName: names.get(codeOf(r.regionPath)) ?? codeOf(r.regionPath) }))
    .sort((a, b) => (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0));
}

// ── Timeline (过程留痕) ──
export type NeedEventInsert = typeof needEvents.$inferInsert;
export async function insertEvents(tx: Executor, rows: NeedEventInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(needEvents).values(rows.slice(i, i + 500));
}
export function listEvents(db: Executor, needId: string) {
  return db.select().from(needEvents).where(eq(needEvents.needId, needId)).orderBy(asc(needEvents.seq));
}

// ── 评榜 assessments ──
export type AssessmentInsert = typeof needAssessments.$inferInsert;
const assessmentColumns = { a: needAssessments, assessorName: users.displayName, needNumber: needs.number, needTitle: needs.title };
function selectAssessments(db: Executor) {
  return db.select(assessmentColumns).from(needAssessments)
    .innerJoin(needs, eq(needs.id, needAssessments.needId)).leftJoin(users, eq(users.id, needAssessments.assessorId));
}
export async function insertAssessments(tx: Executor, rows: AssessmentInsert[]): Promise<void> {
  if (rows.length) await tx.insert(needAssessments).values(rows).onConflictDoNothing();
}
export function listAssessmentsOfNeed(db: Executor, needId: string) {
  return selectAssessments(db).where(eq(needAssessments.needId, needId)).orderBy(asc(needAssessments.assignedAt), asc(needAssessments.id));
}
/** An assessor's worklist, newest assignment first; the assessor id is the actor, never the client's word. */
export function listAssessmentsOf(db: Executor, assessorId: string, status?: string) {
  const cond: SQL | undefined = status ? eq(needAssessments.status, status) : undefined;
  return selectAssessments(db).where(and(eq(needAssessments.assessorId, assessorId), cond)).orderBy(desc(needAssessments.assignedAt)).limit(200);
}
export async function lockAssessment(tx: Executor, needId: string, assessorId: string) {
  const [r] = await tx.select().from(needAssessments).where(and(eq(needAssessments.needId, needId), eq(needAssessments.assessorId, assessorId))).for('update');
  return r ?? null;
}
export async function updateAssessment(tx: Executor, id: string, patch: Partial<AssessmentInsert>): Promise<void> {
  await tx.update(needAssessments).set(patch).where(eq(needAssessments.id, id));
}

// ── Attachments ──
export type AttachmentInsert = typeof needAttachments.$inferInsert;
export async function insertAttachment(tx: Executor, row: AttachmentInsert): Promise<void> {
  await tx.insert(needAttachments).values(row);
}
export async function countAttachments(tx: Executor, needId: string): Promise<number> {
  const [r] = await tx.select({ n: count() }).from(needAttachments).where(eq(needAttachments.needId, needId));
  return Number(r?.n ?? 0);
}
/** The file of a need the caller has already found in scope. */
export async function findAttachment(db: Executor, needId: string, id: string) {
  const [r] = await db.select().from(needAttachments).where(and(eq(needAttachments.needId, needId), eq(needAttachments.id, id))).limit(1);
  return r ?? null;
}
