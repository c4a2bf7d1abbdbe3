/** The whole resolution, pure: mapped rows in, entities, links and the review queue out. */
import { clusterRecords, type Decision } from './cluster.js';
import { candidatePairs } from './block.js';
import { comparePair, nameKey, THRESHOLDS, type ValueFrequencies } from './compare.js';
import { markFilledDownCodes, markParentCodesOnBranches, normaliseRow } from './record.js';
import type { RegionIndex } from './regions.js';
import type { NormRecord, PairScore, SourceRow } from './types.js';

export interface ReviewItem {
  /** The two clusters the uncertain link would join (lower first). */
  clusterA: number;
  clusterB: number;
  /** The strongest uncertain link between them, with its per-field explanation. */
  link: PairScore;
}

export interface Resolution {
  records: NormRecord[];
  clusterOf: Int32Array;
  clusters: number;
  applied: PairScore[];
  review: ReviewItem[];
  stats: { rows: number; pairs: number; autoLinks: number; refused: number; filledDown: number; parentCodes: number; reviewLinks: number };
}

export type Progress = (stage: 'normalise' | 'block' | 'compare' | 'cluster', done: number, total: number) => void;

export interface ResolveOptions {
  index: RegionIndex;
  thresholds?: { merge: number; review: number };
  onProgress?: Progress;
  /** People's decisions from the review queue and from splits, by record index. */
  decisions?: readonly Decision[];
}

function frequencies(records: readonly NormRecord[]): ValueFrequencies {
  const count = (pick: (r: NormRecord) => string[]): Map<string, number> => {
    const names = new Map<string, Set<string>>();
    for (const r of records) {
      // one identity per code where there is one, so a renamed firm does not count as two names on its phone
      const core = r.code.org ?? r.name?.core ?? '';
      for (const v of pick(r)) {
        let set = names.get(v);
        if (!set) names.set(v, (set = new Set()));
        if (set.size < 64) set.add(core);
      }
    }
    return new Map([...names].map(([v, set]) => [v, set.size]));
  };
  // a name core counts the organisations that carry it by code only: code-less rows cannot tell namesakes apart
  const names = new Map<string, Set<string>>();
  for (const r of records) {
    if (!r.name || !r.code.org) continue;
    const key = nameKey(r.name);
    let set = names.get(key);
    if (!set) names.set(key, (set = new Set()));
    if (set.size < 64) set.add(r.code.org);
  }
  return {
    phone: count((r) => r.phones), legalRep: count((r) => (r.legalRep ? [r.legalRep] : [])),
    name: new Map([...names].filter(([, set]) => set.size > 1).map(([v, set]) => [v, set.size])),
  };
}

export function resolveRows(rows: readonly SourceRow[], options: ResolveOptions): Resolution {
  const t = options.thresholds ?? THRESHOLDS;
  const progress = options.onProgress ?? (() => {});
  const records: NormRecord[] = [];
  for (let i = 0; i < rows.length; i++) {
    records.push(normaliseRow(rows[i]!, i, options.index));
    if (i % 50_000 === 0) progress('normalise', i, rows.length);
  }
  progress('normalise', rows.length, rows.length);
  const ordered = [...records].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row));
  const filledDown = markFilledDownCodes(ordered);
  const parentCodes = markParentCodesOnBranches(records);

  const freq = frequencies(records);
  const pairs = candidatePairs(records);
  progress('block', pairs.length, pairs.length);
  const scores: PairScore[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const s = comparePair(records[pairs.a[i]!]!, records[pairs.b[i]!]!, freq);
    if (s.score >= t.review) scores.push(s);
    if (i % 200_000 === 0) progress('compare', i, pairs.length);
  }
  progress('compare', pairs.length, pairs.length);

  const c = clusterRecords(records, scores, t.merge, options.decisions);
  progress('cluster', c.clusters, c.clusters);
  const review = new Map<string, ReviewItem>();
  // a pair a person already judged is not asked again (keyed by the records, lower index first)
  const decided = new Set((options.decisions ?? []).map((d) => `${Math.min(d.a, d.b)}:${Math.max(d.a, d.b)}`));
  for (const s of scores) {
    if (s.veto || s.score >= t.merge) continue;
    const x = c.clusterOf[s.a]!;
    const y = c.clusterOf[s.b]!;
    if (x === y || decided.has(`${Math.min(s.a, s.b)}:${Math.max(s.a, s.b)}`)) continue;
    const key = x < y ? `${x}:${y}` : `${y}:${x}`;
    const prev = review.get(key);
    if (!prev || s.score > prev.link.score) review.set(key, { clusterA: Math.min(x, y), clusterB: Math.max(x, y), link: s });
  }
  return {
    records,
    clusterOf: c.clusterOf,
    clusters: c.clusters,
    applied: c.applied,
    review: [...review.values()],
    stats: { rows: rows.length, pairs: pairs.length, autoLinks: c.applied.length, refused: c.refused.length, filledDown, parentCodes, reviewLinks: review.size },
  };
}
