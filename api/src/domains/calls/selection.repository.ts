import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { organisations } from '../organisations/organisations.table.js';
import { callAwards, callObjections, callPanellists, callReviews } from './calls.table.js';

export type AwardRow = typeof callAwards.$inferSelect;
export type ObjectionRow = typeof callObjections.$inferSelect;

// Reads here are keyed by a call the service has already found in the actor's scope (or a public call).

export async function isPanellist(db: Executor, callId: string, userId: string): Promise<boolean> {
  const [r] = await db.select({ n: count() }).from(callPanellists).where(and(eq(callPanellists.callId, callId), eq(callPanellists.userId, userId)));
  return (r?.n ?? 0) > 0;
}
export async function upsertReview(tx: Executor, row: typeof callReviews.$inferInsert) {
  await tx.insert(callReviews).values(row).onConflictDoUpdate({
    target: [callReviews.bidId, callReviews.userId],
    set: { conflict: row.conflict, conflictReason: row.conflictReason, scores: row.scores, comment: row.comment, updatedAt: row.updatedAt },
  });
}
export async function listReviews(db: Executor, callId: string) {
  return db.select().from(callReviews).where(eq(callReviews.callId, callId));
}

const awardSelect = { award: callAwards, organisationName: organisations.name };
export async function listAwards(db: Executor, callId: string) {
  return db.select(awardSelect).from(callAwards).innerJoin(organisations, eq(organisations.id, callAwards.organisationId)).where(eq(callAwards.callId, callId)).orderBy(asc(callAwards.awardedAt));
}
export async function findAward(db: Executor, callId: string, awardId: string) {
  const [r] = await db.select(awardSelect).from(callAwards).innerJoin(organisations, eq(organisations.id, callAwards.organisationId)).where(and(eq(callAwards.id, awardId), eq(callAwards.callId, callId)));
  return r ?? null;
}
export async function insertAward(tx: Executor, row: typeof callAwards.$inferInsert) { await tx.insert(callAwards).values(row); }
export async function updateAward(tx: Executor, id: string, set: Partial<typeof callAwards.$inferInsert>) { await tx.update(callAwards).set(set).where(eq(callAwards.id, id)); }
/**
 * Awards an organisation currently holds for 资源限流: noticed, objected or finalised. Once the projects domain
 * exists, a finalised award stops counting when its project closes (the integrator passes `activeAwards`).
 */
export async function countActiveAwards(db: Executor, organisationId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(callAwards).where(and(eq(callAwards.organisationId, organisationId), inArray(callAwards.status, ['noticed', 'objected', 'finalised'])));
  return r?.n ?? 0;
}

/** Awards still in their notice period (not yet a project): they count against 资源限流 alongside open projects. */
export async function countPendingAwards(db: Executor, organisationId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(callAwards).where(and(eq(callAwards.organisationId, organisationId), inArray(callAwards.status, ['noticed', 'objected'])));
  return r?.n ?? 0;
}

export async function insertObjection(tx: Executor, row: typeof callObjections.$inferInsert) { await tx.insert(callObjections).values(row); }
export async function listObjections(db: Executor, callId: string) {
  return db.select().from(callObjections).where(eq(callObjections.callId, callId)).orderBy(asc(callObjections.filedAt));
}
export async function findObjection(db: Executor, callId: string, id: string) {
  const [r] = await db.select().from(callObjections).where(and(eq(callObjections.id, id), eq(callObjections.callId, callId)));
  return r ?? null;
}
export async function updateObjection(tx: Executor, id: string, set: Partial<typeof callObjections.$inferInsert>) { await tx.update(callObjections).set(set).where(eq(callObjections.id, id)); }
export async function countOpenObjections(db: Executor, awardId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(callObjections).where(and(eq(callObjections.awardId, awardId), eq(callObjections.status, 'open')));
  return r?.n ?? 0;
}
