import { AppError, newId, toRegionDate, type CandidateList, type Fair, type FairConfirmInput, type FairInput, type FairResult, type RankingWeights } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { canUseRegionPath, type Actor, type RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { findVisibleRegion } from '../regions/index.js';
import { DEFAULT_RANKING_WEIGHTS, DOMAIN_PARENT, rankCandidates } from './ranking/ranking-rules.js';
import { runFair } from './fair.js';
import { cityOf, organisationFacts } from './facts.js';
import { signalsOf } from './signals.repository.js';
import { findStandings } from '../projects/index.js';
import type { CandidateFacts } from './ranking/ranking-rules.js';
import * as repo from './matching.repository.js';

const MAX_CANDIDATES = 500;

export async function weightsFor(deps: AppDeps, cityCode: string): Promise<RankingWeights> {
  const row = await repo.findWeights(deps.db, cityCode);
  return row ? (row.weights as RankingWeights) : { ...DEFAULT_RANKING_WEIGHTS };
}

/** Each organisation with its record and red/black list standing, as the ranking reads them. */
async function factsFor(deps: AppDeps, orgs: repo.OrganisationForMatching[]): Promise<CandidateFacts[]> {
  const ids = orgs.map((o) => o.id);
  const [signals, lists] = await Promise.all([signalsOf(deps.db, ids), findStandings(deps.db, ids, toRegionDate(deps.clock.now()))]);
  return orgs.map((o) => organisationFacts(o, signals.get(o.id), lists.get(o.id)));
}

/** Ranked candidate organisations for one need, each with its explained score, and the "why not" list. */
export async function candidatesForNeed(deps: AppDeps, actor: Actor, needId: string): Promise<CandidateList> {
  const [need] = await repo.findNeeds(deps.db, actor, [needId]);
  if (!need) throw new AppError('NOT_FOUND');
  const city = cityOf(need.regionPath);
  const weights = await weightsFor(deps, city.code);
  const domains = [need.category, ...(DOMAIN_PARENT[need.category] ? [DOMAIN_PARENT[need.category]!] : [])];
  const pool = await repo.findCandidateOrganisations(deps.db, actor, domains, city.path, MAX_CANDIDATES);
  const regionName = new Map(pool.map((o) => [o.id, o.regionName]));
  const { ranked, excluded } = rankCandidates({ category: need.category, regionPath: need.regionPath }, await factsFor(deps, pool), weights);
  return {
    need: { id: need.id, title: need.title, category: need.category, regionName: need.regionName },
    weights,
    ranked: ranked.map((r) => ({ id: r.candidate.id, kind: r.candidate.kind, name: r.candidate.name, regionName: regionName.get(r.candidate.id) ?? null, score: r.score, terms: r.terms })),
    excluded: excluded.map((e) => ({ id: e.candidate.id, kind: e.candidate.kind, name: e.candidate.name, reasons: e.reasons })),
  };
}

export async function getWeights(deps: AppDeps, actor: Actor, cityCode: string): Promise<RankingWeights> {
  const city = await findVisibleRegion(deps.db, actor, cityCode);
  if (!city || city.level !== 2) throw new AppError('NOT_FOUND');
  return weightsFor(deps, cityCode);
}

/** Saves a city's weights (the last writer must have seen the current version). */
export async function setWeights(deps: AppDeps, ctx: RequestContext, actor: Actor, cityCode: string, weights: RankingWeights): Promise<RankingWeights> {
  const city = await findVisibleRegion(deps.db, actor, cityCode);
  if (!city || city.level !== 2) throw new AppError('NOT_FOUND');
  if (!canUseRegionPath(actor, city.path)) throw new AppError('NOT_FOUND');
  if (Object.values(weights).reduce((a, b) => a + b, 0) <= 0) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'weights', message: '匹配权重（weights）之和须大于0' }]);
  }
  await deps.db.transaction(async (tx) => {
    const current = await repo.findWeights(tx, cityCode);
    if (!(await repo.saveWeights(tx, cityCode, weights, actor.userId, current?.version ?? 0, deps.clock.now()))) throw new AppError('CONFLICT');
    await recordAudit(tx, ctx, deps.clock, {
      action: 'matching.weights', entityType: 'city', entityId: cityCode, regionPath: city.path, summary: `修改智慧匹配权重：${city.name}`,
      diff: { before: current?.weights ?? DEFAULT_RANKING_WEIGHTS, after: weights },
    });
  });
  return weights;
}

/** Loads and checks the fair's needs and organisations: all in scope (404 otherwise), needs accepted. */
async function loadFair(deps: AppDeps, actor: Actor, input: FairInput) {
  const needs = await repo.findNeeds(deps.db, actor, input.needIds);
  const orgs = await repo.findOrganisations(deps.db, actor, input.organisationIds);
  if (needs.length !== input.needIds.length || orgs.length !== input.organisationIds.length) throw new AppError('NOT_FOUND');
  const byId = new Map(needs.map((n) => [n.id, n]));
  const notAccepted = input.needIds.flatMap((id, i) => (byId.get(id)!.status === 'accepted' ? [] : [{ path: `needIds[${i}]`, message: `需求（needIds[${i}]）“${byId.get(id)!.title}”尚未评榜采纳` }]));
  if (notAccepted.length) throw new AppError('NEED_NOT_ACCEPTED', notAccepted);
  const weights = new Map<string, RankingWeights>();
  for (const code of new Set(needs.map((n) => cityOf(n.regionPath).code))) weights.set(code, await weightsFor(deps, code));
  return { needs, orgs, facts: await factsFor(deps, orgs), weights };
}

/** Solves a fair without saving it, so the official can pin, forbid and re-solve. */
export async function previewFair(deps: AppDeps, actor: Actor, input: FairInput): Promise<FairResult> {
  const loaded = await loadFair(deps, actor, input);
  return runFair(loaded.needs, loaded.orgs, loaded.facts, loaded.weights, input);
}

/** Solves again and records the confirmed result (the same input always gives the same optimum). */
export async function confirmFair(deps: AppDeps, ctx: RequestContext, actor: Actor, input: FairConfirmInput): Promise<Fair> {
  const { title, ...fairInput } = input;
  const loaded = await loadFair(deps, actor, fairInput);
  const result = runFair(loaded.needs, loaded.orgs, loaded.facts, loaded.weights, fairInput);
  const id = newId();
  const now = deps.clock.now();
  const regionPath = actor.regionPath ?? cityOf(loaded.needs[0]!.regionPath).path;
  await deps.db.transaction(async (tx) => {
    await repo.insertFair(tx, { id, title, regionPath, input: fairInput, result, createdBy: actor.userId, createdByName: actor.displayName, createdAt: now });
    await recordAudit(tx, ctx, deps.clock, {
      action: 'matching.fair.confirm', entityType: 'matching_fair', entityId: id, regionPath,
      summary: `确认对接会结果：${title}（${result.assignments.length}/${fairInput.needIds.length}项需求匹配成功）`,
    });
  });
  return { id, title, createdAt: now.toISOString(), createdByName: actor.displayName, ...result };
}

export async function listFairs(deps: AppDeps, actor: Actor) {
  const rows = await repo.listFairs(deps.db, actor, 100);
  return rows.map((r) => {
    const res = r.result as FairResult;
    const inp = r.input as FairInput;
    return { id: r.id, title: r.title, createdAt: r.createdAt.toISOString(), needs: inp.needIds.length, matched: res.assignments.length, organisations: inp.organisationIds.length };
  });
}

export async function getFair(deps: AppDeps, actor: Actor, id: string): Promise<Fair> {
  const r = await repo.findFair(deps.db, actor, id);
  if (!r) throw new AppError('NOT_FOUND');
  return { id: r.id, title: r.title, createdAt: r.createdAt.toISOString(), createdByName: r.createdByName, ...(r.result as FairResult) };
}
