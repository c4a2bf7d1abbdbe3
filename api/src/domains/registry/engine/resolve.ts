/** The whole resolution, pure: mapped rows in, entities, links and the review queue out. */
import { clusterLinks, type Decision, type Links } from './cluster.js';
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
  /** The links applied, with explanations; rebuilt on first read (a province has millions, ADR 0018). */
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

/**
 * The engine fed one row at a time: each row is normalised as it arrives and only the compact record is kept,
 * so a caller that reads files one by one never holds a province's raw cells at once (ADR 0018).
 */
export class Resolver {
  private readonly records: NormRecord[] = [];
  constructor(private readonly options: ResolveOptions) {}

  /** Normalises and keeps one row; answers its record index. */
  add(row: SourceRow): number {
    const idx = this.records.length;
    this.records.push(normaliseRow(row, idx, this.options.index));
    return idx;
  }

  get size(): number { return this.records.length; }

  resolve(): Resolution {
    return resolveRecords(this.records, this.options);
  }
}

export function resolveRows(rows: readonly SourceRow[], options: ResolveOptions): Resolution {
  const progress = options.onProgress ?? (() => {});
  const resolver = new Resolver(options);
  for (let i = 0; i < rows.length; i++) {
    resolver.add(rows[i]!);
    if (i % 50_000 === 0) progress('normalise', i, rows.length);
  }
  return resolver.resolve();
}

/** Compare every candidate pair; keep those at or above the review threshold as compact links. */
function scoreCandidates(records: readonly NormRecord[], freq: ValueFrequencies, reviewAt: number, progress: Progress): { links: Links; pairs: number } {
  const pairs = candidatePairs(records);
  progress('block', pairs.length, pairs.length);
  let cap = 1 << 16;
  let links: Links = { a: new Int32Array(cap), b: new Int32Array(cap), score: new Float32Array(cap), veto: new Uint8Array(cap), length: 0 };
  for (let i = 0; i < pairs.length; i++) {
    const s = comparePair(records[pairs.a[i]!]!, records[pairs.b[i]!]!, freq);
    if (s.score >= reviewAt) {
      if (links.length === cap) {
        cap *= 2;
        const grow = <T extends Int32Array | Float32Array | Uint8Array>(x: T, make: (n: number) => T): T => { const y = make(cap); y.set(x); return y; };
        links = { a: grow(links.a, (n) => new Int32Array(n)), b: grow(links.b, (n) => new Int32Array(n)), score: grow(links.score, (n) => new Float32Array(n)), veto: grow(links.veto, (n) => new Uint8Array(n)), length: links.length };
      }
      links.a[links.length] = s.a;
      links.b[links.length] = s.b;
      links.score[links.length] = s.score;
      links.veto[links.length] = s.veto ? 1 : 0;
      links.length++;
    }
    if (i % 200_000 === 0) progress('compare', i, pairs.length);
  }
  progress('compare', pairs.length, pairs.length);
  return { links, pairs: pairs.length };
}

/** The resolution over normalised records (rows already added to a Resolver, or normalised by resolveRows). */
export function resolveRecords(records: NormRecord[], options: ResolveOptions): Resolution {
  const t = options.thresholds ?? THRESHOLDS;
  const progress = options.onProgress ?? (() => {});
  progress('normalise', records.length, records.length);
  const ordered = [...records].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row));
  const filledDown = markFilledDownCodes(ordered);
  ordered.length = 0;
  const parentCodes = markParentCodesOnBranches(records);

  const freq = frequencies(records);
  const { links, pairs } = scoreCandidates(records, freq, t.review, progress);

  const c = clusterLinks(records, links, t.merge, options.decisions);
  progress('cluster', c.clusters, c.clusters);
  // a pair a person already judged is not asked again (keyed by the records, lower index first)
  const decided = new Set((options.decisions ?? []).map((d) => `${Math.min(d.a, d.b)}:${Math.max(d.a, d.b)}`));
  const strongest = new Map<string, number>();
  for (let i = 0; i < links.length; i++) {
    if (links.veto[i] || links.score[i]! >= t.merge) continue;
    const a = links.a[i]!;
    const b = links.b[i]!;
    const x = c.clusterOf[a]!;
    const y = c.clusterOf[b]!;
    if (x === y || decided.has(`${Math.min(a, b)}:${Math.max(a, b)}`)) continue;
    const key = x < y ? `${x}:${y}` : `${y}:${x}`;
    const prev = strongest.get(key);
    if (prev === undefined || links.score[i]! > links.score[prev]!) strongest.set(key, i);
  }
  // explanations are rebuilt only for the links a person will see (the queue) or asks for (applied)
  const explain = (i: number): PairScore => comparePair(records[links.a[i]!]!, records[links.b[i]!]!, freq);
  const review: ReviewItem[] = [...strongest.values()].map((i) => {
    const x = c.clusterOf[links.a[i]!]!;
    const y = c.clusterOf[links.b[i]!]!;
    return { clusterA: Math.min(x, y), clusterB: Math.max(x, y), link: explain(i) };
  });
  let applied: PairScore[] | undefined;
  return {
    records,
    clusterOf: c.clusterOf,
    clusters: c.clusters,
    get applied() { return (applied ??= [...c.applied].map(explain)); },
    review,
    stats: { rows: records.length, pairs, autoLinks: c.applied.length, refused: c.refused.length, filledDown, parentCodes, reviewLinks: review.length },
  };
}
