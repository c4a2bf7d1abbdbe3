import type { FairInput, FairResult, RankingWeights } from '@wushe/common';
import { solveMatching } from './solver/solve.js';
import type { MatchingEdge, MatchingInstance, UnmatchedReason } from './solver/types.js';
import { gini, topShare } from './ranking/fairness-rules.js';
import { rankCandidates, type CandidateFacts } from './ranking/ranking-rules.js';
import type { NeedForMatching, OrganisationForMatching } from './matching.repository.js';
import { cityOf } from './facts.js';

const REASON_TEXT: Record<UnmatchedReason, string> = {
  NO_EDGES: '没有匹配度达到下限的参会组织',
  FORBIDDEN: '可选组织均已被排除',
  NO_POSITIVE_SCORE: '可选组合的匹配度均为0',
  GROUP_CAP: '可承接的组织均已达到资源限流上限',
  CAPACITY: '可承接的组织本次容量已满',
};

/** Every (need, organisation) pair that passes the hard filters and reaches `minScore`; pinned pairs always count. */
export function fairEdges(needs: NeedForMatching[], facts: CandidateFacts[], weights: Map<string, RankingWeights>, input: FairInput): MatchingEdge[] {
  const pinned = new Set(input.pinned.map((p) => `${p.needId}|${p.organisationId}`));
  const edges: MatchingEdge[] = [];
  for (const n of needs) {
    const { ranked } = rankCandidates({ category: n.category, regionPath: n.regionPath }, facts, weights.get(cityOf(n.regionPath).code));
    for (const r of ranked) {
      if (r.score >= input.minScore || pinned.has(`${n.id}|${r.candidate.id}`)) edges.push({ need: n.id, provider: r.candidate.id, score: r.score });
    }
  }
  return edges;
}

function figures(orgs: OrganisationForMatching[], assigned: { provider: string }[], objective: number) {
  const counts = new Map(orgs.map((o) => [o.id, 0]));
  for (const a of assigned) counts.set(a.provider, (counts.get(a.provider) ?? 0) + 1);
  const values = [...counts.values()];
  return { awarded: assigned.length, gini: gini(values), top10Share: topShare(values, 0.1), objective };
}

/**
 * The optimal assignment (maximum total match score) under capacity and the 资源限流 cap, and — for the fairness
 * panel — the same solve without the cap, so officials see what the cap changes.
 */
export function runFair(needs: NeedForMatching[], orgs: OrganisationForMatching[], facts: CandidateFacts[], weights: Map<string, RankingWeights>, input: FairInput): FairResult {
  const edges = fairEdges(needs, facts, weights, input);
  const base: MatchingInstance = {
    needs: needs.map((n) => ({ id: n.id })),
    providers: orgs.map((o) => ({ id: o.id, capacity: input.capacityPerOrganisation, group: input.capPerOrganisation ? o.id : null })),
    groups: input.capPerOrganisation ? orgs.map((o) => ({ id: o.id, cap: input.capPerOrganisation! })) : [],
    edges,
  };
  const options = {
    pinned: input.pinned.map((p) => ({ need: p.needId, provider: p.organisationId })),
    forbidden: input.forbidden.map((p) => ({ need: p.needId, provider: p.organisationId })),
  };
  const capped = solveMatching(base, options);
  const uncapped = input.capPerOrganisation
    ? solveMatching({ ...base, providers: base.providers.map((p) => ({ ...p, group: null })), groups: [] }, { ...options, pinned: [] })
    : capped;
  const needTitle = new Map(needs.map((n) => [n.id, n.title]));
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  return {
    objective: capped.objective,
    assignments: capped.assignments.map((a) => ({ needId: a.need, needTitle: needTitle.get(a.need)!, organisationId: a.provider, organisationName: orgName.get(a.provider)!, score: a.score })),
    unmatched: capped.unmatched.map((u) => ({ needId: u.need, needTitle: needTitle.get(u.need)!, reason: u.reason, reasonText: REASON_TEXT[u.reason] })),
    fairness: { withCap: figures(orgs, capped.assignments, capped.objective), withoutCap: figures(orgs, uncapped.assignments, uncapped.objective) },
  };
}
