/**
 * Explainable candidate ranking for one need (智慧匹配). Pure: the service gathers the facts, this file scores them.
 * Each term is in [0, 1]; the score is the weighted mean, and each term's contribution (weight × term / Σ weights)
 * is returned so the page can show why a candidate ranks where it does. Hard filters never score: they are listed
 * separately as "why not".
 */

export const RANKING_TERMS = ['domain', 'distance', 'capacity', 'track', 'standing'] as const;
export type RankingTerm = (typeof RANKING_TERMS)[number];
export type RankingWeights = Record<RankingTerm, number>;

/** Defaults per city until an official changes them: fit and nearness first, then record, room and standing. */
export const DEFAULT_RANKING_WEIGHTS: RankingWeights = { domain: 30, distance: 25, capacity: 15, track: 20, standing: 10 };

/**
 * Parent categories: a provider of the parent domain can serve the child at a discount (助餐 is part of 养老 work,
 * 青少年 of 儿童 work, 法律服务 of 矛盾调解 and the other way round is not assumed).
 */
export const DOMAIN_PARENT: Readonly<Record<string, string>> = {
  meal_aid: 'elderly', youth: 'children', disability: 'social_assistance', community_correction: 'mediation', legal_services: 'mediation',
};
const PARENT_FIT = 0.6;

/** Organisations and their menu services. Volunteer teams and experts have no register yet, so they are not ranked. */
export type CandidateKind = 'organisation' | 'catalogue_item';

export interface NeedFacts {
  category: string;
  regionPath: string;
}

export interface CandidateFacts {
  id: string;
  kind: CandidateKind;
  name: string;
  domains: readonly string[];
  /** Where it works: the operating region, or the regions a catalogue item serves. */
  regionPaths: readonly string[];
  /** Declared concurrent capacity (projects or monthly orders); null when not declared. */
  capacity: number | null;
  activeLoad: number;
  /** 考榜 score 0–100, resident rating 1–5, share of milestones on time 0–1; null when there is no record yet. */
  evaluationScore: number | null;
  ratingAverage: number | null;
  onTimeRate: number | null;
  grade: string | null;
  redListed: boolean;
  blackListed: boolean;
  active: boolean;
  /** Eligibility failures found by the caller (e.g. a call's rules), already worded. */
  ineligible?: readonly string[];
}

export interface TermExplanation {
  term: RankingTerm;
  value: number;
  contribution: number;
  reason: string;
}

export interface RankedCandidate {
  candidate: CandidateFacts;
  score: number;
  terms: TermExplanation[];
}

export type ExclusionCode = 'INACTIVE' | 'BLACK_LISTED' | 'NO_DOMAIN_FIT' | 'OUT_OF_AREA' | 'NO_CAPACITY' | 'INELIGIBLE';

export interface ExcludedCandidate {
  candidate: CandidateFacts;
  reasons: { code: ExclusionCode; message: string }[];
}

export interface Ranking {
  ranked: RankedCandidate[];
  excluded: ExcludedCandidate[];
}

/** 1 for the same category, 0.6 for its parent category, else 0. */
export function domainFit(category: string, domains: readonly string[]): number {
  if (domains.includes(category)) return 1;
  const parent = DOMAIN_PARENT[category];
  return parent && domains.includes(parent) ? PARENT_FIT : 0;
}

/** Region paths look like /province/city/county/township/village/[grid/…]; depth of the shared prefix decides. */
export function sharedDepth(a: string, b: string): number {
  const x = a.split('/').filter(Boolean);
  const y = b.split('/').filter(Boolean);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/** Same community (or a grid in it) 1, same street 0.75, same banner 0.5, same city 0.25, farther 0. */
export function nearness(needPath: string, paths: readonly string[]): number {
  const depth = Math.max(0, ...paths.map((p) => sharedDepth(needPath, p)));
  return depth >= 5 ? 1 : depth === 4 ? 0.75 : depth === 3 ? 0.5 : depth === 2 ? 0.25 : 0;
}

const NEARNESS_TEXT: Record<number, string> = { 1: '同一社区', 0.75: '同一街道/苏木乡镇', 0.5: '同一旗区', 0.25: '同一城市' };
const GRADE_VALUE: Record<string, number> = { '5A': 1, '4A': 0.8, '3A': 0.6, '2A': 0.4, '1A': 0.2 };
const NO_GRADE = 0.3;
const RED_LIST_BONUS = 0.2;

function capacityTerm(c: CandidateFacts): { value: number; reason: string } {
  if (c.capacity === null) return { value: 0.5, reason: '未申报服务容量，按中等计' };
  const spare = Math.max(0, c.capacity - c.activeLoad);
  return { value: c.capacity > 0 ? spare / c.capacity : 0, reason: `在办${c.activeLoad}项，容量${c.capacity}项，余量${spare}项` };
}

function trackTerm(c: CandidateFacts): { value: number; reason: string } {
  const parts: { v: number; text: string }[] = [];
  if (c.evaluationScore !== null) parts.push({ v: c.evaluationScore / 100, text: `考榜${c.evaluationScore}分` });
  if (c.ratingAverage !== null) parts.push({ v: (c.ratingAverage - 1) / 4, text: `居民评分${c.ratingAverage.toFixed(1)}` });
  if (c.onTimeRate !== null) parts.push({ v: c.onTimeRate, text: `按期完成率${Math.round(c.onTimeRate * 100)}%` });
  if (!parts.length) return { value: 0.5, reason: '暂无服务记录，按中等计' };
  return { value: parts.reduce((s, p) => s + p.v, 0) / parts.length, reason: parts.map((p) => p.text).join('，') };
}

function standingTerm(c: CandidateFacts): { value: number; reason: string } {
  const base = c.grade ? GRADE_VALUE[c.grade] ?? NO_GRADE : NO_GRADE;
  const value = Math.min(1, base + (c.redListed ? RED_LIST_BONUS : 0));
  return { value, reason: `${c.grade ? `评估等级${c.grade}` : '未评等级'}${c.redListed ? '，红榜' : ''}` };
}

function exclusions(need: NeedFacts, c: CandidateFacts): ExcludedCandidate['reasons'] {
  const out: ExcludedCandidate['reasons'] = [];
  if (!c.active) out.push({ code: 'INACTIVE', message: '已注销或停用' });
  if (c.blackListed) out.push({ code: 'BLACK_LISTED', message: '列入黑榜' });
  if (domainFit(need.category, c.domains) === 0) out.push({ code: 'NO_DOMAIN_FIT', message: '服务领域与需求类别不符' });
  if (nearness(need.regionPath, c.regionPaths) === 0) out.push({ code: 'OUT_OF_AREA', message: '不在服务区域内（跨市）' });
  if (c.capacity !== null && c.activeLoad >= c.capacity) out.push({ code: 'NO_CAPACITY', message: `服务容量已满（在办${c.activeLoad}项/容量${c.capacity}项）` });
  for (const m of c.ineligible ?? []) out.push({ code: 'INELIGIBLE', message: m });
  return out;
}

/** Scores every candidate that passes the hard filters; best first, ties by name then id so the order is stable. */
export function rankCandidates(need: NeedFacts, candidates: readonly CandidateFacts[], weights: RankingWeights = DEFAULT_RANKING_WEIGHTS): Ranking {
  const total = RANKING_TERMS.reduce((s, t) => s + weights[t], 0);
  if (!(total > 0) || RANKING_TERMS.some((t) => !(weights[t] >= 0))) throw new RangeError('ranking weights must be ≥ 0 with a positive sum');
  const ranked: RankedCandidate[] = [];
  const excluded: ExcludedCandidate[] = [];
  for (const c of candidates) {
    const reasons = exclusions(need, c);
    if (reasons.length) { excluded.push({ candidate: c, reasons }); continue; }
    const fit = domainFit(need.category, c.domains);
    const near = nearness(need.regionPath, c.regionPaths);
    const raw: Record<RankingTerm, { value: number; reason: string }> = {
      domain: { value: fit, reason: fit === 1 ? '服务领域完全对口' : '上级服务领域对口' },
      distance: { value: near, reason: NEARNESS_TEXT[near]! },
      capacity: capacityTerm(c),
      track: trackTerm(c),
      standing: standingTerm(c),
    };
    const terms = RANKING_TERMS.map((term) => ({ term, value: raw[term].value, contribution: (weights[term] * raw[term].value) / total, reason: raw[term].reason }));
    ranked.push({ candidate: c, score: terms.reduce((s, t) => s + t.contribution, 0), terms });
  }
  ranked.sort((a, b) => b.score - a.score || a.candidate.name.localeCompare(b.candidate.name, 'zh') || (a.candidate.id < b.candidate.id ? -1 : 1));
  return { ranked, excluded };
}
