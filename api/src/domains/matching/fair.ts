import type { Highs } from 'highs';
import type { FairInput, FairResult, RankingWeights } from '@wushe/common';
import { solveMatching } from './solver/solve.js';
import type { MatchingInstance } from './solver/types.js';
import { gini, topShare } from './ranking/fairness-rules.js';
import { rankCandidates, type CandidateFacts } from './ranking/ranking-rules.js';
import type { NeedForMatching, OrganisationForMatching } from './matching.repository.js';
import type { FairItem } from './follow-ups.repository.js';
import { solveWithMoneyCaps, type MoneyUnmatchedReason, type PricedEdge } from './money/money-cap.js';
import { cityOf } from './facts.js';

type Reason = FairResult['unmatched'][number]['reason'];

const REASON_TEXT: Record<Exclude<Reason, 'MONEY_CAP'>, string> = {
  NO_EDGES: '没有匹配度达到下限的参会组织',
  FORBIDDEN: '可选组织均已被排除',
  NO_POSITIVE_SCORE: '可选组合的匹配度均为0',
  GROUP_CAP: '可承接的组织均已达到资源限流上限',
  CAPACITY: '可承接的组织本次容量已满',
};

function reasonText(reason: MoneyUnmatchedReason, names: string[]): string {
  return reason === 'MONEY_CAP' ? `${names.map((n) => `“${n}”`).join('、')}的金额限流上限已用尽` : REASON_TEXT[reason];
}

/** The menu service an organisation would deliver a need through: same category, serves the need's region, cheapest first. */
export function itemFor(need: NeedForMatching, orgItems: readonly FairItem[] | undefined): FairItem | null {
  const fits = (orgItems ?? []).filter((i) => i.category === need.category && i.regionPaths.some((p) => need.regionPath.startsWith(p)));
  fits.sort((a, b) => a.priceFen - b.priceFen || (a.id < b.id ? -1 : 1));
  return fits[0] ?? null;
}

export interface FairEdge extends PricedEdge { itemId: string | null; itemTitle: string | null }

/**
 * Every (need, organisation) pair that passes the hard filters and reaches `minScore` (pinned pairs always count),
 * with the amount it costs: the official's amount for the need, else the price of the menu service the order
 * would be for, else 0.
 */
export function fairEdges(needs: NeedForMatching[], facts: CandidateFacts[], weights: Map<string, RankingWeights>, input: FairInput, items: Map<string, FairItem[]>): FairEdge[] {
  const pinned = new Set(input.pinned.map((p) => `${p.needId}|${p.organisationId}`));
  const amount = new Map((input.amounts ?? []).map((a) => [a.needId, a.amountFen]));
  const edges: FairEdge[] = [];
  for (const n of needs) {
    const { ranked } = rankCandidates({ category: n.category, regionPath: n.regionPath }, facts, weights.get(cityOf(n.regionPath).code));
    for (const r of ranked) {
      if (!(r.score >= input.minScore || pinned.has(`${n.id}|${r.candidate.id}`))) continue;
      const item = itemFor(n, items.get(r.candidate.id));
      edges.push({ need: n.id, provider: r.candidate.id, score: r.score, amountFen: amount.get(n.id) ?? item?.priceFen ?? 0, itemId: item?.id ?? null, itemTitle: item?.title ?? null });
    }
  }
  return edges;
}

function figures(orgs: OrganisationForMatching[], assigned: { provider: string; amountFen: number }[], objective: number) {
  const counts = new Map(orgs.map((o) => [o.id, 0]));
  for (const a of assigned) counts.set(a.provider, (counts.get(a.provider) ?? 0) + 1);
  const values = [...counts.values()];
  return { awarded: assigned.length, gini: gini(values), top10Share: topShare(values, 0.1), objective, amountFen: assigned.reduce((s, a) => s + a.amountFen, 0) };
}

export interface FairData {
  needs: NeedForMatching[];
  orgs: OrganisationForMatching[];
  facts: CandidateFacts[];
  weights: Map<string, RankingWeights>;
  items: Map<string, FairItem[]>;
}

/**
 * The optimal assignment (maximum total match score) under capacity and the 资源限流 caps, and — for the fairness
 * panel — the same solve without any cap, so officials see what the caps change. Without a money cap the exact
 * flow solver answers; with one, HiGHS solves the 0/1 programme to proven optimality (ADR 0016).
 */
export function runFair(data: FairData, input: FairInput, highs: Highs | null): FairResult {
  const { needs, orgs } = data;
  const edges = fairEdges(needs, data.facts, data.weights, input, data.items);
  const edgeOf = new Map(edges.map((e) => [`${e.need}|${e.provider}`, e]));
  const moneyCaps = input.moneyCaps ?? [];
  const options = {
    pinned: input.pinned.map((p) => ({ need: p.needId, provider: p.organisationId })),
    forbidden: input.forbidden.map((p) => ({ need: p.needId, provider: p.organisationId })),
  };
  const grouped = !!input.capPerOrganisation || moneyCaps.length > 0;
  const base: MatchingInstance = {
    needs: needs.map((n) => ({ id: n.id })),
    providers: orgs.map((o) => ({ id: o.id, capacity: input.capacityPerOrganisation, group: grouped ? o.id : null })),
    groups: grouped ? orgs.map((o) => ({ id: o.id, cap: input.capPerOrganisation ?? input.capacityPerOrganisation })) : [],
    edges: edges.map(({ need, provider, score }) => ({ need, provider, score })),
  };
  const withAmount = <T extends { need: string; provider: string }>(a: T) => ({ ...a, amountFen: edgeOf.get(`${a.need}|${a.provider}`)!.amountFen });
  let capped: { objective: number; assignments: { need: string; provider: string; score: number; amountFen: number }[]; unmatched: { need: string; reason: MoneyUnmatchedReason; groups: string[] }[] };
  if (moneyCaps.length) {
    capped = solveWithMoneyCaps(highs!, { ...base, edges, moneyCaps: moneyCaps.map((m) => ({ group: m.organisationId, capFen: m.capFen })) }, options);
  } else {
    const r = solveMatching(base, options);
    capped = { objective: r.objective, assignments: r.assignments.map(withAmount), unmatched: r.unmatched.map((u) => ({ ...u, groups: [] })) };
  }
  const uncapped = grouped
    ? solveMatching({ ...base, providers: base.providers.map((p) => ({ ...p, group: null })), groups: [] }, { ...options, pinned: [] })
    : null;
  const needTitle = new Map(needs.map((n) => [n.id, n.title]));
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  return {
    objective: capped.objective,
    method: moneyCaps.length ? 'milp' : 'flow',
    assignments: capped.assignments.map((a) => {
      const e = edgeOf.get(`${a.need}|${a.provider}`)!;
      return { needId: a.need, needTitle: needTitle.get(a.need)!, organisationId: a.provider, organisationName: orgName.get(a.provider)!, score: a.score, amountFen: e.amountFen, itemId: e.itemId, itemTitle: e.itemTitle };
    }),
    unmatched: capped.unmatched.map((u) => {
      const names = u.groups.map((g) => orgName.get(g)!);
      return { needId: u.need, needTitle: needTitle.get(u.need)!, reason: u.reason, reasonText: reasonText(u.reason, names), organisationNames: names };
    }),
    fairness: {
      withCap: figures(orgs, capped.assignments, capped.objective),
      withoutCap: uncapped ? figures(orgs, uncapped.assignments.map(withAmount), uncapped.objective) : figures(orgs, capped.assignments, capped.objective),
    },
  };
}
