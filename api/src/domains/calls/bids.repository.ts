import { and, asc, count, eq, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { scopeFilter, type Actor } from '../../platform/scope.js';
import { organisations } from '../organisations/organisations.table.js';
import { callBidMembers, callBids, callExclusions, callPanellists, calls } from './calls.table.js';
import { SEALED_AFTER_DEADLINE } from './lifecycle-rules.js';

export type BidRow = typeof callBids.$inferSelect;
export type BidInsert = typeof callBids.$inferInsert;

/**
 * Bid secrecy, enforced here for every reader: the bidder's own organisations (lead and consortium members)
 * see their bid at any time; nobody else — no official, no administrator — sees anything before the call's
 * deadline. After it, officials whose region scope covers the call and the call's panellists see the bids
 * that were actually submitted (never drafts or withdrawn ones). Other organisations never see them.
 */
export function bidScope(actor: Actor, now: Date): SQL {
  const own = actor.organisationId
    ? sql`exists (select 1 from ${callBidMembers} m where m.bid_id = ${callBids.id} and m.organisation_id = ${actor.organisationId})`
    : sql`false`;
  const officialView = actor.dataScope === 'organisation' ? sql`false` : scopeFilter(actor, { paths: [calls.regionPath] });
  const panellist = sql`exists (select 1 from ${callPanellists} p where p.call_id = ${calls.id} and p.user_id = ${actor.userId})`;
  const afterDeadline = and(lte(calls.deadline, now), inArray(callBids.status, [...SEALED_AFTER_DEADLINE]), sql`(${officialView} or ${panellist})`)!;
  return sql`(${own} or ${afterDeadline})`;
}

const bidSelect = { bid: callBids, leadName: organisations.name };
function selectBids(db: Executor) {
  return db.select(bidSelect).from(callBids).innerJoin(calls, eq(calls.id, callBids.callId)).innerJoin(organisations, eq(organisations.id, callBids.leadOrganisationId));
}

export async function listBids(db: Executor, actor: Actor, callId: string, now: Date) {
  return selectBids(db).where(and(eq(callBids.callId, callId), bidScope(actor, now))).orderBy(asc(callBids.createdAt), asc(callBids.id));
}
export async function findBid(db: Executor, actor: Actor, callId: string, bidId: string, now: Date, lock = false) {
  const q = selectBids(db).where(and(eq(callBids.id, bidId), eq(callBids.callId, callId), bidScope(actor, now)));
  const [row] = lock ? await q.for('update', { of: callBids }) : await q;
  return row ?? null;
}
/** Unscoped, for the service after it has established the reader's right (public results after award). */
export async function listSubmittedBids(db: Executor, callId: string) {
  return selectBids(db).where(and(eq(callBids.callId, callId), inArray(callBids.status, [...SEALED_AFTER_DEADLINE]))).orderBy(asc(callBids.createdAt));
}
export async function countSubmittedBids(db: Executor, callId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(callBids).where(and(eq(callBids.callId, callId), inArray(callBids.status, [...SEALED_AFTER_DEADLINE])));
  return r?.n ?? 0;
}

export async function insertBid(tx: Executor, row: BidInsert) { await tx.insert(callBids).values(row); }
export async function updateBid(tx: Executor, id: string, version: number, set: Partial<BidInsert>): Promise<boolean> {
  const r = await tx.update(callBids).set({ ...set, version: version + 1 }).where(and(eq(callBids.id, id), eq(callBids.version, version))).returning({ id: callBids.id });
  return r.length === 1;
}
/** Moves every bid of a call in `from` to `to` (e.g. the losers at finalisation). */
export async function setBidsStatus(tx: Executor, callId: string, from: string, to: string, now: Date) {
  await tx.update(callBids).set({ status: to, updatedAt: now, version: sql`${callBids.version} + 1` }).where(and(eq(callBids.callId, callId), eq(callBids.status, from)));
}

export async function listMembers(db: Executor, bidIds: string[]) {
  if (!bidIds.length) return [];
  return db.select({ bidId: callBidMembers.bidId, organisationId: callBidMembers.organisationId, role: callBidMembers.role, confirmedAt: callBidMembers.confirmedAt, organisationName: organisations.name })
    .from(callBidMembers).innerJoin(organisations, eq(organisations.id, callBidMembers.organisationId)).where(inArray(callBidMembers.bidId, bidIds));
}
export async function replaceMembers(tx: Executor, bidId: string, callId: string, rows: { organisationId: string; role: string; confirmedAt: Date | null }[]) {
  await tx.delete(callBidMembers).where(eq(callBidMembers.bidId, bidId));
  if (rows.length) await tx.insert(callBidMembers).values(rows.map((r) => ({ bidId, callId, ...r })));
}
export async function confirmMember(tx: Executor, bidId: string, organisationId: string, now: Date): Promise<boolean> {
  const r = await tx.update(callBidMembers).set({ confirmedAt: now }).where(and(eq(callBidMembers.bidId, bidId), eq(callBidMembers.organisationId, organisationId))).returning({ bidId: callBidMembers.bidId });
  return r.length === 1;
}
/** Organisations already in another bid of this call (one bid per organisation per call). */
export async function findOrgsInOtherBids(tx: Executor, callId: string, orgIds: string[], exceptBidId: string | null) {
  if (!orgIds.length) return [];
  return tx.select({ organisationId: callBidMembers.organisationId }).from(callBidMembers).innerJoin(callBids, eq(callBids.id, callBidMembers.bidId))
    .where(and(eq(callBidMembers.callId, callId), inArray(callBidMembers.organisationId, orgIds), ne(callBids.status, 'withdrawn'), exceptBidId ? ne(callBidMembers.bidId, exceptBidId) : undefined));
}
/** Register facts for eligibility. Deliberately unscoped: a consortium may join organisations from anywhere. */
export async function findOrganisationFacts(tx: Executor, ids: string[]) {
  if (!ids.length) return [];
  return tx.select({
    id: organisations.id, name: organisations.name, type: organisations.type, grade: organisations.grade, gradeValidUntil: organisations.gradeValidUntil,
    status: organisations.status, registrationRegionPath: organisations.registrationRegionPath, operatingRegionPath: organisations.operatingRegionPath,
  }).from(organisations).where(inArray(organisations.id, ids));
}
/** The default standing source (call_exclusions) until the red/black list is plugged in. */
export async function findExclusions(tx: Executor, ids: string[], now: Date) {
  if (!ids.length) return [];
  return tx.select({ organisationId: callExclusions.organisationId, kind: callExclusions.kind }).from(callExclusions)
    .where(and(inArray(callExclusions.organisationId, ids), sql`(${callExclusions.until} is null or ${callExclusions.until} > ${now.toISOString()})`));
}
export async function insertExclusion(tx: Executor, row: typeof callExclusions.$inferInsert) { await tx.insert(callExclusions).values(row); }
export async function findOrganisationIdsByName(tx: Executor, names: string[]) {
  if (!names.length) return [];
  return tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.name, names));
}
