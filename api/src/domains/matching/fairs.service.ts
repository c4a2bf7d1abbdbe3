import { createHash } from 'node:crypto';
import { AppError, newId, type Fair, type FairConfirmInput, type FairFollowUp, type FairInput, type FairResult, type FieldError, type RankingWeights } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { placeFairOrder } from '../catalogue/index.js';
import { runFair, type FairData } from './fair.js';
import { cityOf } from './facts.js';
import { factsFor, weightsFor } from './matching.service.js';
import { highsRuntime } from './money/highs-runtime.js';
import * as followUps from './follow-ups.repository.js';
import * as repo from './matching.repository.js';

/** Loads and checks the fair's needs and organisations: all in scope (404 otherwise), needs accepted, caps and amounts within the fair. */
async function loadFair(deps: AppDeps, actor: Actor, input: FairInput): Promise<FairData> {
  const needs = await repo.findNeeds(deps.db, actor, input.needIds);
  const orgs = await repo.findOrganisations(deps.db, actor, input.organisationIds);
  if (needs.length !== input.needIds.length || orgs.length !== input.organisationIds.length) throw new AppError('NOT_FOUND');
  const byId = new Map(needs.map((n) => [n.id, n]));
  const notAccepted = input.needIds.flatMap((id, i) => (byId.get(id)!.status === 'accepted' ? [] : [{ path: `needIds[${i}]`, message: `需求（needIds[${i}]）“${byId.get(id)!.title}”尚未评榜采纳` }]));
  if (notAccepted.length) throw new AppError('NEED_NOT_ACCEPTED', notAccepted);
  const orgSet = new Set(input.organisationIds);
  const errors: FieldError[] = [
    ...(input.moneyCaps ?? []).flatMap((m, i) => (orgSet.has(m.organisationId) ? [] : [{ path: `moneyCaps[${i}].organisationId`, message: `金额限流（moneyCaps[${i}]）的组织不在参会组织中` }])),
    ...(input.amounts ?? []).flatMap((a, i) => (byId.has(a.needId) ? [] : [{ path: `amounts[${i}].needId`, message: `需求金额（amounts[${i}]）的需求不在本次对接会中` }])),
  ];
  const seenCap = new Set<string>();
  (input.moneyCaps ?? []).forEach((m, i) => { if (seenCap.has(m.organisationId)) errors.push({ path: `moneyCaps[${i}].organisationId`, message: `金额限流（moneyCaps[${i}]）重复设置同一组织` }); seenCap.add(m.organisationId); });
  const seenAmount = new Set<string>();
  (input.amounts ?? []).forEach((a, i) => { if (seenAmount.has(a.needId)) errors.push({ path: `amounts[${i}].needId`, message: `需求金额（amounts[${i}]）重复设置同一需求` }); seenAmount.add(a.needId); });
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  const weights = new Map<string, RankingWeights>();
  for (const code of new Set(needs.map((n) => cityOf(n.regionPath).code))) weights.set(code, await weightsFor(deps, code));
  const items = new Map<string, followUps.FairItem[]>();
  for (const item of await followUps.findFairItems(deps.db, input.organisationIds, [...new Set(needs.map((n) => n.category))])) {
    items.set(item.organisationId, [...(items.get(item.organisationId) ?? []), item]);
  }
  return { needs, orgs, facts: await factsFor(deps, orgs), weights, items };
}

async function solve(deps: AppDeps, actor: Actor, input: FairInput) {
  const data = await loadFair(deps, actor, input);
  return { data, result: runFair(data, input, input.moneyCaps?.length ? await highsRuntime() : null) };
}

/** Solves a fair without saving it, so the official can pin, forbid and re-solve. */
export async function previewFair(deps: AppDeps, actor: Actor, input: FairInput): Promise<FairResult> {
  return (await solve(deps, actor, input)).result;
}

/** The same user confirming the same title and input is the same confirmation. */
function confirmKeyOf(actor: Actor, input: FairConfirmInput): string {
  return createHash('sha256').update(JSON.stringify([actor.userId, input.title, input])).digest('hex');
}

/**
 * Solves again, records the confirmed result and, in the same transaction, what it sets in motion: for each
 * assignment a menu-service order when the organisation offers an item in the need's category (and the need has
 * a contact the organisation can call), else an invitation (对接邀请) the organisation accepts or declines.
 * Idempotent: the same confirmation again answers the fair already recorded.
 */
export async function confirmFair(deps: AppDeps, ctx: RequestContext, actor: Actor, input: FairConfirmInput): Promise<Fair> {
  const key = confirmKeyOf(actor, input);
  const known = await followUps.findFairIdByKey(deps.db, key);
  if (known) return getFair(deps, actor, known);
  const { title, ...fairInput } = input;
  const { data, result } = await solve(deps, actor, fairInput);
  const id = newId();
  const now = deps.clock.now();
  const regionPath = actor.regionPath ?? cityOf(data.needs[0]!.regionPath).path;
  const inserted = await deps.db.transaction(async (tx) => {
    await followUps.lockNeeds(tx, result.assignments.map((a) => a.needId));
    const live = await followUps.findLiveFollowUps(tx, result.assignments.map((a) => a.needId));
    if (live.length) {
      const at = new Map(fairInput.needIds.map((n, i) => [n, i]));
      const title = new Map(data.needs.map((n) => [n.id, n.title]));
      throw new AppError('NEED_ALREADY_MATCHED', live.map((l) => ({ path: `needIds[${at.get(l.needId)}]`, message: `需求（needIds[${at.get(l.needId)}]）“${title.get(l.needId)}”已在对接会“${l.fairTitle}”中确认承接方` })));
    }
    if (!(await repo.insertFair(tx, { id, title, regionPath, input: fairInput, result, confirmKey: key, createdBy: actor.userId, createdByName: actor.displayName, createdAt: now }))) return false;
    const contacts = new Map((await followUps.findNeedContacts(tx, result.assignments.map((a) => a.needId))).map((c) => [c.id, c]));
    const rows: Parameters<typeof followUps.insertFollowUps>[1] = [];
    const invitations: Parameters<typeof followUps.insertInvitations>[1] = [];
    let orders = 0;
    for (const a of result.assignments) {
      const c = contacts.get(a.needId)!;
      let note: string | null = null;
      if (a.itemId && c.contactName && c.contactPhoneEnc && c.contactPhoneHash && c.contactPhoneMasked) {
        const placed = await placeFairOrder(tx, deps, ctx, actor, {
          itemId: a.itemId, regionCode: c.regionCode, regionPath: c.regionPath, note: `对接会“${title}”：${a.needTitle}`,
          contactName: c.contactName, contactPhoneEnc: c.contactPhoneEnc, contactPhoneHash: c.contactPhoneHash, contactPhoneMasked: c.contactPhoneMasked,
        });
        if (placed.placed) {
          rows.push({ fairId: id, needId: a.needId, organisationId: a.organisationId, kind: 'order', refId: placed.id });
          orders += 1;
          continue;
        }
        note = placed.reason;
      } else if (a.itemId) {
        note = '需求未登记联系人电话，不能代为点单';
      }
      const invitationId = newId(now.getTime());
      invitations.push({ id: invitationId, fairId: id, needId: a.needId, organisationId: a.organisationId, regionPath: c.regionPath, amountFen: a.amountFen, score: a.score, status: 'pending', createdAt: now });
      rows.push({ fairId: id, needId: a.needId, organisationId: a.organisationId, kind: 'invitation', refId: invitationId, note });
    }
    await followUps.insertInvitations(tx, invitations);
    await followUps.insertFollowUps(tx, rows);
    await recordAudit(tx, ctx, deps.clock, {
      action: 'matching.fair.confirm', entityType: 'matching_fair', entityId: id, regionPath,
      summary: `确认对接会结果：${title}（${result.assignments.length}/${fairInput.needIds.length}项需求匹配成功，点单${orders}项，对接邀请${invitations.length}项）`,
    });
    return true;
  });
  // A concurrent twin of this confirmation won the unique key: answer its fair.
  return getFair(deps, actor, inserted ? id : (await followUps.findFairIdByKey(deps.db, key))!);
}

export async function listFairs(deps: AppDeps, actor: Actor) {
  const rows = await repo.listFairs(deps.db, actor, 100);
  return rows.map((r) => {
    const res = r.result as FairResult;
    const inp = r.input as FairInput;
    return { id: r.id, title: r.title, createdAt: r.createdAt.toISOString(), needs: inp.needIds.length, matched: res.assignments.length, organisations: inp.organisationIds.length };
  });
}

/** Results recorded before money caps existed lack the newer fields; they read as the flow solver's, without amounts. */
function upgradeResult(r: FairResult): FairResult {
  const figures = (f: FairResult['fairness']['withCap']) => ({ ...f, amountFen: f.amountFen ?? 0 });
  return {
    ...r, method: r.method ?? 'flow',
    assignments: r.assignments.map((a) => ({ ...a, amountFen: a.amountFen ?? 0, itemId: a.itemId ?? null, itemTitle: a.itemTitle ?? null })),
    unmatched: r.unmatched.map((u) => ({ ...u, organisationNames: u.organisationNames ?? [] })),
    fairness: { withCap: figures(r.fairness.withCap), withoutCap: figures(r.fairness.withoutCap) },
  };
}

export async function getFair(deps: AppDeps, actor: Actor, id: string): Promise<Fair> {
  const r = await repo.findFair(deps.db, actor, id);
  if (!r) throw new AppError('NOT_FOUND');
  const made: FairFollowUp[] = (await followUps.listFollowUps(deps.db, id)).map((f) => ({
    needId: f.needId, needTitle: f.needTitle, organisationId: f.organisationId, organisationName: f.organisationName,
    kind: f.kind as FairFollowUp['kind'], refId: f.refId, number: f.orderNumber, status: (f.kind === 'order' ? f.orderStatus : f.invitationStatus) ?? '',
  }));
  return { id: r.id, title: r.title, createdAt: r.createdAt.toISOString(), createdByName: r.createdByName, ...upgradeResult(r.result as FairResult), followUps: made };
}
