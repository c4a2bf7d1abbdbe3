import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { scopeFilter, type Actor } from '../../platform/scope.js';
import { users } from '../auth/auth.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { regions } from '../regions/regions.table.js';
import { fundCampaigns, fundDisbursements, fundDonations, fundPaymentMilestones, fundProjects, funds } from './funds.table.js';

export type FundRow = typeof funds.$inferSelect;
export type ProjectRow = typeof fundProjects.$inferSelect;
export type CampaignRow = typeof fundCampaigns.$inferSelect;
export type DonationRow = typeof fundDonations.$inferSelect;
export type DisbursementRow = typeof fundDisbursements.$inferSelect;
export type MilestoneRow = typeof fundPaymentMilestones.$inferSelect;

const fundScope = (actor: Actor) => scopeFilter(actor, { paths: [funds.regionPath] });

/** Funds the actor may see (staff side), with their region's name. */
export async function listFunds(db: Executor, actor: Actor): Promise<(FundRow & { regionName: string })[]> {
  const rows = await db.select({ f: funds, regionName: regions.name }).from(funds).innerJoin(regions, eq(regions.code, funds.regionCode)).where(fundScope(actor)).orderBy(asc(funds.code));
  return rows.map((r) => ({ ...r.f, regionName: r.regionName }));
}

export async function findFund(db: Executor, actor: Actor | null, id: string): Promise<(FundRow & { regionName: string }) | undefined> {
  const where = actor ? and(eq(funds.id, id), fundScope(actor)) : eq(funds.id, id);
  const [r] = await db.select({ f: funds, regionName: regions.name }).from(funds).innerJoin(regions, eq(regions.code, funds.regionCode)).where(where);
  return r ? { ...r.f, regionName: r.regionName } : undefined;
}

/** Every fund, for the public disclosure pages (no scope: disclosure is public by law). */
export async function listAllFunds(db: Executor): Promise<(FundRow & { regionName: string })[]> {
  const rows = await db.select({ f: funds, regionName: regions.name }).from(funds).innerJoin(regions, eq(regions.code, funds.regionCode)).orderBy(asc(funds.code));
  return rows.map((r) => ({ ...r.f, regionName: r.regionName }));
}

export async function insertFund(db: Executor, row: typeof funds.$inferInsert): Promise<void> {
  await db.insert(funds).values(row);
}

export async function insertProject(db: Executor, row: typeof fundProjects.$inferInsert): Promise<void> {
  await db.insert(fundProjects).values(row);
}

export async function findProject(db: Executor, actor: Actor | null, id: string): Promise<ProjectRow | undefined> {
  const where = actor ? and(eq(fundProjects.id, id), scopeFilter(actor, { paths: [fundProjects.regionPath] })) : eq(fundProjects.id, id);
  return (await db.select().from(fundProjects).where(where))[0];
}

export async function listProjects(db: Executor, actor: Actor | null, fundId: string): Promise<ProjectRow[]> {
  const where = actor ? and(eq(fundProjects.fundId, fundId), scopeFilter(actor, { paths: [fundProjects.regionPath] })) : eq(fundProjects.fundId, fundId);
  return db.select().from(fundProjects).where(where).orderBy(desc(fundProjects.createdAt));
}

/** Optimistic update: false when someone changed the project since `version`. */
export async function updateProject(db: Executor, id: string, version: number, set: Partial<typeof fundProjects.$inferInsert>): Promise<boolean> {
  const r = await db.update(fundProjects).set({ ...set, version: version + 1 }).where(and(eq(fundProjects.id, id), eq(fundProjects.version, version))).returning({ id: fundProjects.id });
  return r.length === 1;
}

export async function insertCampaign(db: Executor, row: typeof fundCampaigns.$inferInsert): Promise<void> {
  await db.insert(fundCampaigns).values(row);
}

export async function findCampaign(db: Executor, id: string): Promise<CampaignRow | undefined> {
  return (await db.select().from(fundCampaigns).where(eq(fundCampaigns.id, id)))[0];
}

/** Campaigns of a fund with what they raised so far (refunded donations excluded). */
export async function listCampaigns(db: Executor, fundId: string): Promise<(CampaignRow & { raised: number; donations: number })[]> {
  const rows = await db.select({
    c: fundCampaigns,
    raised: sql<string>`coalesce((select sum(d.amount) from fund_donations d where d.campaign_id = "fund_campaigns"."id" and not d.refunded), 0)`,
    donations: sql<string>`(select count(*) from fund_donations d where d.campaign_id = "fund_campaigns"."id" and not d.refunded)`,
  }).from(fundCampaigns).where(eq(fundCampaigns.fundId, fundId)).orderBy(desc(fundCampaigns.createdAt));
  return rows.map((r) => ({ ...r.c, raised: Number(r.raised), donations: Number(r.donations) }));
}

export async function updateCampaignStatus(db: Executor, id: string, status: string): Promise<void> {
  await db.update(fundCampaigns).set({ status }).where(eq(fundCampaigns.id, id));
}

export async function insertDonation(db: Executor, row: typeof fundDonations.$inferInsert): Promise<void> {
  await db.insert(fundDonations).values(row);
}

export async function findDonationByTxn(db: Executor, txnId: string): Promise<DonationRow | undefined> {
  return (await db.select().from(fundDonations).where(eq(fundDonations.txnId, txnId)))[0];
}

export async function findDonation(db: Executor, id: string): Promise<DonationRow | undefined> {
  return (await db.select().from(fundDonations).where(eq(fundDonations.id, id)))[0];
}

export async function markDonationRefunded(db: Executor, id: string): Promise<void> {
  await db.update(fundDonations).set({ refunded: true }).where(eq(fundDonations.id, id));
}

export async function listDonations(db: Executor, fundId: string, limit = 500): Promise<DonationRow[]> {
  return db.select().from(fundDonations).where(eq(fundDonations.fundId, fundId)).orderBy(desc(fundDonations.receivedAt)).limit(limit);
}

export async function insertDisbursement(db: Executor, row: typeof fundDisbursements.$inferInsert): Promise<void> {
  await db.insert(fundDisbursements).values(row);
}

/** A disbursement in the actor's scope, locked for this transaction so two approvals cannot race on its state. */
export async function lockDisbursement(db: Executor, actor: Actor, id: string): Promise<DisbursementRow | undefined> {
  return (await db.select().from(fundDisbursements).where(and(eq(fundDisbursements.id, id), scopeFilter(actor, { paths: [fundDisbursements.regionPath] }))).for('update'))[0];
}

export async function findDisbursement(db: Executor, actor: Actor, id: string): Promise<DisbursementRow | undefined> {
  return (await db.select().from(fundDisbursements).where(and(eq(fundDisbursements.id, id), scopeFilter(actor, { paths: [fundDisbursements.regionPath] }))))[0];
}

export async function listDisbursements(db: Executor, actor: Actor | null, fundId: string): Promise<DisbursementRow[]> {
  const where = actor ? and(eq(fundDisbursements.fundId, fundId), scopeFilter(actor, { paths: [fundDisbursements.regionPath] })) : eq(fundDisbursements.fundId, fundId);
  return db.select().from(fundDisbursements).where(where).orderBy(desc(fundDisbursements.createdAt));
}

export async function updateDisbursement(db: Executor, id: string, set: Partial<typeof fundDisbursements.$inferInsert>): Promise<void> {
  await db.update(fundDisbursements).set({ ...set, version: sql`${fundDisbursements.version} + 1` }).where(eq(fundDisbursements.id, id));
}

export async function insertMilestones(db: Executor, rows: (typeof fundPaymentMilestones.$inferInsert)[]): Promise<void> {
  await db.insert(fundPaymentMilestones).values(rows);
}

export async function lockMilestone(db: Executor, actor: Actor, id: string): Promise<MilestoneRow | undefined> {
  return (await db.select().from(fundPaymentMilestones).where(and(eq(fundPaymentMilestones.id, id), scopeFilter(actor, { paths: [fundPaymentMilestones.regionPath] }))).for('update'))[0];
}

export async function listMilestones(db: Executor, actor: Actor, contractRef: string): Promise<MilestoneRow[]> {
  return db.select().from(fundPaymentMilestones).where(and(eq(fundPaymentMilestones.contractRef, contractRef), scopeFilter(actor, { paths: [fundPaymentMilestones.regionPath] }))).orderBy(asc(fundPaymentMilestones.seq));
}

/** A budget line's payment schedules, contract by contract, instalment by instalment. */
export async function listMilestonesOfFund(db: Executor, fundId: string): Promise<MilestoneRow[]> {
  return db.select().from(fundPaymentMilestones).where(eq(fundPaymentMilestones.fundId, fundId)).orderBy(asc(fundPaymentMilestones.createdAt), asc(fundPaymentMilestones.contractRef), asc(fundPaymentMilestones.seq));
}

export async function updateMilestone(db: Executor, id: string, set: Partial<typeof fundPaymentMilestones.$inferInsert>): Promise<void> {
  await db.update(fundPaymentMilestones).set(set).where(eq(fundPaymentMilestones.id, id));
}

export async function findMilestoneByDisbursement(db: Executor, disbursementId: string): Promise<MilestoneRow | undefined> {
  return (await db.select().from(fundPaymentMilestones).where(eq(fundPaymentMilestones.disbursementId, disbursementId)))[0];
}

/** User ids by username (the demo seed names who requested and approved its disbursements). */
export async function userIdsByName(db: Executor, usernames: string[]): Promise<Map<string, string>> {
  const rows = await db.select({ id: users.id, username: users.username }).from(users);
  return new Map(rows.filter((r) => usernames.includes(r.username)).map((r) => [r.username, r.id]));
}

/** Bulk inserts for the demo seed. */
export async function insertFunds(db: Executor, rows: (typeof funds.$inferInsert)[]): Promise<void> {
  await db.insert(funds).values(rows);
}
export async function insertDonations(db: Executor, rows: (typeof fundDonations.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insert(fundDonations).values(rows.slice(i, i + 500));
}
export async function insertDisbursements(db: Executor, rows: (typeof fundDisbursements.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(fundDisbursements).values(rows);
}
export async function insertProjects(db: Executor, rows: (typeof fundProjects.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(fundProjects).values(rows);
}
export async function insertCampaigns(db: Executor, rows: (typeof fundCampaigns.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(fundCampaigns).values(rows);
}

export async function findDonationByChannelRef(db: Executor, channel: string, channelRef: string): Promise<DonationRow | undefined> {
  return (await db.select().from(fundDonations).where(and(eq(fundDonations.channel, channel), eq(fundDonations.channelRef, channelRef))))[0];
}

/**
 * The budget line paying a region's contracts: the government fund of that line whose region is the contract's region
 * or its nearest ancestor (a banner's 政府购买服务 line pays for its towns' and communities' contracts).
 */
export async function findBudgetLineFund(db: Executor, budgetLine: string, regionPath: string): Promise<FundRow | undefined> {
  return (await db.select().from(funds)
    .where(and(eq(funds.kind, 'government'), eq(funds.budgetLine, budgetLine), sql`${regionPath} like ${funds.regionPath} || '%'`))
    .orderBy(desc(sql`length(${funds.regionPath})`), asc(funds.code)).limit(1))[0];
}

/** The payee's registered name for a payment schedule (read-only look-up in the register). */
export async function organisationName(db: Executor, id: string): Promise<string | undefined> {
  return (await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id)))[0]?.name;
}
