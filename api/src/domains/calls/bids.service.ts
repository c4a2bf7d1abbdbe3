import { AppError, newId, toRegionDate, type Bid, type BidInput, type EligibilityFailure } from '@wushe/common';
import type { Executor } from '../../platform/db/client.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { checkBid } from './call-rules.js';
import { bidTransition, toBid } from './calls-mapper.js';
import type { CallsEnv } from './calls-hooks.js';
import * as calls from './calls.repository.js';
import * as repo from './bids.repository.js';
import { checkEligibility } from './eligibility-rules.js';

async function visibleCall(db: Executor, actor: Actor, callId: string) {
  const row = await calls.findCall(db, actor, callId);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

async function withMembers(db: Executor, rows: { bid: repo.BidRow; leadName: string }[]): Promise<Bid[]> {
  const members = await repo.listMembers(db, rows.map((r) => r.bid.id));
  return rows.map((r) => toBid(r.bid, r.leadName, members.filter((m) => m.bidId === r.bid.id).sort((a, b) => (a.role === 'lead' ? -1 : b.role === 'lead' ? 1 : 0))));
}

/** The bids the actor may see: their own at any time; others only after the deadline (bids.repository.ts). */
export async function listBids(env: CallsEnv, actor: Actor, callId: string): Promise<Bid[]> {
  await visibleCall(env.db, actor, callId);
  return withMembers(env.db, await repo.listBids(env.db, actor, callId, env.clock.now()));
}
export async function getBid(env: CallsEnv, actor: Actor, callId: string, bidId: string): Promise<Bid> {
  const row = await repo.findBid(env.db, actor, callId, bidId, env.clock.now());
  if (!row) throw new AppError('NOT_FOUND');
  return (await withMembers(env.db, [row]))[0]!;
}

/** The call must be open: published and before its deadline. */
async function openCall(tx: Executor, env: CallsEnv, actor: Actor, callId: string) {
  const row = await calls.findCall(tx, actor, callId);
  if (!row) throw new AppError('NOT_FOUND');
  if (env.clock.now() >= row.call.deadline) throw new AppError('CALL_DEADLINE_PASSED');
  if (row.call.status !== 'published') throw new AppError('CALL_STATE_INVALID', [{ path: 'status', message: '榜单不在揭榜期，不能申报' }]);
  return row;
}

function ownOrganisation(actor: Actor): string {
  if (!actor.organisationId) throw new AppError('FORBIDDEN', [], '只有社会组织工作人员可以揭榜');
  return actor.organisationId;
}

async function checkMembers(tx: Executor, callId: string, lead: string, members: string[], bidId: string | null) {
  const found = await repo.findOrganisationFacts(tx, members);
  const errors = members.flatMap((id, i) => (id === lead ? [{ path: `memberOrganisationIds[${i}]`, message: '联合体成员（memberOrganisationIds）不能包含牵头组织本身' }]
    : found.some((o) => o.id === id) ? [] : [{ path: `memberOrganisationIds[${i}]`, message: `联合体成员（memberOrganisationIds[${i}]）不在社会组织底册中` }]));
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  const taken = await repo.findOrgsInOtherBids(tx, callId, [lead, ...members], bidId);
  if (taken.length) throw new AppError('BID_EXISTS', taken.map((t) => ({ path: t.organisationId === lead ? 'leadOrganisationId' : 'memberOrganisationIds', message: '该组织已参与本榜单的另一份揭榜申报' })));
}

// Bid audit entries name no call, organisation or content and carry no region: officials read the audit
// trail, and before the deadline not even the existence of a particular bid may reach them (ADR 0012).
async function audit(tx: Executor, env: CallsEnv, ctx: RequestContext, action: string, bidId: string, summary: string) {
  await recordAudit(tx, ctx, env.clock, { action, entityType: 'bid', entityId: bidId, regionPath: null, summary });
}

/** 揭榜: the actor's organisation starts a bid (alone, or leading a consortium). */
export async function createBid(env: CallsEnv, ctx: RequestContext, actor: Actor, callId: string, input: BidInput): Promise<Bid> {
  const lead = ownOrganisation(actor);
  const id = await env.db.transaction(async (tx) => {
    const { call } = await openCall(tx, env, actor, callId);
    const errors = checkBid(input, call.budgetFen);
    if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
    await checkMembers(tx, callId, lead, input.memberOrganisationIds, null);
    const now = env.clock.now();
    const id = newId(now.getTime());
    const { memberOrganisationIds, ...fields } = input;
    await repo.insertBid(tx, { id, callId, leadOrganisationId: lead, status: 'draft', ...fields, createdBy: actor.userId, createdAt: now, updatedAt: now });
    await repo.replaceMembers(tx, id, callId, [{ organisationId: lead, role: 'lead', confirmedAt: now }, ...memberOrganisationIds.map((o) => ({ organisationId: o, role: 'member', confirmedAt: null }))]);
    await audit(tx, env, ctx, 'calls.bid.create', id, '新建揭榜申报（截止前密封）');
    return id;
  });
  return getBid(env, actor, callId, id);
}

/** The lead's own bid on an open call, locked. */
async function ownBid(tx: Executor, env: CallsEnv, actor: Actor, callId: string, bidId: string, asLead = true) {
  const org = ownOrganisation(actor);
  const { call } = await openCall(tx, env, actor, callId);
  const row = await repo.findBid(tx, actor, callId, bidId, env.clock.now(), true);
  if (!row) throw new AppError('NOT_FOUND');
  if (asLead && row.bid.leadOrganisationId !== org) throw new AppError('FORBIDDEN', [], '只有牵头组织可以修改、提交或撤回揭榜申报');
  return { call, bid: row.bid };
}

/** Edits a bid before the deadline; a submitted bid goes back to draft and consortium changes need new confirmations. */
export async function updateBid(env: CallsEnv, ctx: RequestContext, actor: Actor, callId: string, bidId: string, input: BidInput & { version: number }): Promise<Bid> {
  await env.db.transaction(async (tx) => {
    const { call, bid } = await ownBid(tx, env, actor, callId, bidId);
    const status = bidTransition(bid.status, 'revise');
    const errors = checkBid(input, call.budgetFen);
    if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
    await checkMembers(tx, callId, bid.leadOrganisationId, input.memberOrganisationIds, bidId);
    const { memberOrganisationIds, version, ...fields } = input;
    const now = env.clock.now();
    if (!(await repo.updateBid(tx, bidId, version, { ...fields, status, eligibilityFailures: [], submittedAt: null, updatedAt: now }))) throw new AppError('CONFLICT');
    const before = (await repo.listMembers(tx, [bidId])).filter((m) => m.role === 'member');
    const kept = (o: string) => before.find((m) => m.organisationId === o)?.confirmedAt ?? null;
    await repo.replaceMembers(tx, bidId, callId, [{ organisationId: bid.leadOrganisationId, role: 'lead', confirmedAt: now }, ...memberOrganisationIds.map((o) => ({ organisationId: o, role: 'member', confirmedAt: kept(o) }))]);
    await audit(tx, env, ctx, 'calls.bid.update', bidId, '修改揭榜申报（截止前密封）');
  });
  return getBid(env, actor, callId, bidId);
}

/** A consortium member confirms its part in the bid. */
export async function confirmBid(env: CallsEnv, ctx: RequestContext, actor: Actor, callId: string, bidId: string): Promise<Bid> {
  const org = ownOrganisation(actor);
  await env.db.transaction(async (tx) => {
    const { bid } = await ownBid(tx, env, actor, callId, bidId, false);
    if (bid.leadOrganisationId === org) throw new AppError('FORBIDDEN', [], '牵头组织无需确认');
    bidTransition(bid.status, 'revise');
    await repo.confirmMember(tx, bidId, org, env.clock.now());
    await audit(tx, env, ctx, 'calls.bid.confirm', bidId, '联合体成员确认揭榜申报');
  });
  return getBid(env, actor, callId, bidId);
}

/** Submits: every organisation of the bid is checked against the call's eligibility rules, each failure explained. */
export async function submitBid(env: CallsEnv, ctx: RequestContext, actor: Actor, callId: string, bidId: string): Promise<Bid> {
  await env.db.transaction(async (tx) => {
    const { call, bid } = await ownBid(tx, env, actor, callId, bidId);
    bidTransition(bid.status, 'submit');
    const members = await repo.listMembers(tx, [bidId]);
    const unconfirmed = members.filter((m) => !m.confirmedAt);
    if (unconfirmed.length) throw new AppError('BID_MEMBERS_UNCONFIRMED', unconfirmed.map((m) => ({ path: 'memberOrganisationIds', message: `${m.organisationName}尚未确认参加联合体` })));
    const ids = members.map((m) => m.organisationId);
    const [facts, standing, region] = await Promise.all([repo.findOrganisationFacts(tx, ids), env.hooks.standing(tx, ids), calls.findCall(tx, actor, callId)]);
    const today = toRegionDate(env.clock.now());
    const failures: EligibilityFailure[] = facts.flatMap((o) => checkEligibility({ ...o, ...(standing.get(o.id) ?? { blackListed: false, abnormal: false }) }, call.eligibility, call.regionPath, region?.regionName ?? call.regionCode, today)
      .map((f) => ({ organisationId: o.id, organisationName: o.name, rule: f.rule, message: f.message })));
    const status = bidTransition(bid.status, failures.length ? 'markIneligible' : 'submit');
    const now = env.clock.now();
    await repo.updateBid(tx, bidId, bid.version, { status, eligibilityFailures: failures, submittedAt: now, updatedAt: now });
    await audit(tx, env, ctx, 'calls.bid.submit', bidId, failures.length ? `提交揭榜申报：资格审查未通过（${failures.length}项）` : '提交揭榜申报（截止前密封）');
  });
  return getBid(env, actor, callId, bidId);
}

export async function withdrawBid(env: CallsEnv, ctx: RequestContext, actor: Actor, callId: string, bidId: string): Promise<Bid> {
  await env.db.transaction(async (tx) => {
    const { bid } = await ownBid(tx, env, actor, callId, bidId);
    const status = bidTransition(bid.status, 'withdraw');
    await repo.updateBid(tx, bidId, bid.version, { status, updatedAt: env.clock.now() });
    await audit(tx, env, ctx, 'calls.bid.withdraw', bidId, '撤回揭榜申报');
  });
  return getBid(env, actor, callId, bidId);
}
