import { AppError, toRegionDate, type CandidateList, type RankingWeights } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { canUseRegionPath, type Actor, type RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { findVisibleRegion } from '../regions/index.js';
import { DEFAULT_RANKING_WEIGHTS, DOMAIN_PARENT, rankCandidates } from './ranking/ranking-rules.js';
import { cityOf, itemFacts, organisationFacts } from './facts.js';
import { findCandidateItems } from './follow-ups.repository.js';
import { monthStartShanghai } from '../catalogue/index.js';
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
export async function factsFor(deps: AppDeps, orgs: repo.OrganisationForMatching[]): Promise<CandidateFacts[]> {
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
  // Menu services of organisations in scope; their organisation need not work in the domain itself.
  const items = await findCandidateItems(deps.db, await visibleOrganisationIds(deps, actor, city.path), domains, city.path, monthStartShanghai(deps.clock.now()), MAX_CANDIDATES);
  const itemOrgs = await repo.findOrganisations(deps.db, actor, [...new Set(items.map((i) => i.organisationId))]);
  const orgFacts = await factsFor(deps, [...pool, ...itemOrgs.filter((o) => !pool.some((p) => p.id === o.id))]);
  const factOf = new Map(orgFacts.map((f) => [f.id, f]));
  const orgById = new Map([...pool, ...itemOrgs].map((o) => [o.id, o]));
  const candidates = [...pool.map((o) => factOf.get(o.id)!), ...items.map((i) => itemFacts(i, factOf.get(i.organisationId)!))];
  const item = new Map(items.map((i) => [i.id, i]));
  const regionName = new Map(pool.map((o) => [o.id, o.regionName]));
  const { ranked, excluded } = rankCandidates({ category: need.category, regionPath: need.regionPath }, candidates, weights);
  const extra = (id: string) => {
    const i = item.get(id);
    return i ? { organisationId: i.organisationId, organisationName: orgById.get(i.organisationId)!.name, priceFen: i.priceFen } : {};
  };
  return {
    need: { id: need.id, title: need.title, category: need.category, regionName: need.regionName },
    weights,
    ranked: ranked.map((r) => ({
      id: r.candidate.id, kind: r.candidate.kind, name: r.candidate.name, regionName: regionName.get(r.candidate.id) ?? orgById.get(item.get(r.candidate.id)?.organisationId ?? '')?.regionName ?? null,
      ...extra(r.candidate.id), score: r.score, terms: r.terms,
    })),
    excluded: excluded.map((e) => ({ id: e.candidate.id, kind: e.candidate.kind, name: e.candidate.name, ...extra(e.candidate.id), reasons: e.reasons })),
  };
}

/** Ids of the organisations in scope working in the city, whose menu services may be candidates. */
async function visibleOrganisationIds(deps: AppDeps, actor: Actor, cityPath: string): Promise<string[]> {
  return (await repo.findOrganisationIdsInCity(deps.db, actor, cityPath)).map((o) => o.id);
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
