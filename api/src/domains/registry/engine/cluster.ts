/**
 * Clustering that refuses false merges: confident links are applied strongest first (union–find), and a
 * union is refused when the joined cluster would hold two different valid credit codes, a branch beside its
 * parent, or names tagged with two different counties. Chains of individually plausible links therefore
 * cannot glue two organisations together through a record that carries little evidence.
 */
import type { NormRecord, PairScore } from './types.js';

interface Signature {
  credit: string | null;
  org: string | null;
  branch: string | null;
  region: string | null;
}

function signatureOf(r: NormRecord): Signature {
  return {
    credit: r.code.credit,
    org: r.code.org,
    branch: r.name ? r.name.branch : null,
    region: r.name?.regionTag || null,
  };
}

function joinable(x: Signature, y: Signature): boolean {
  if (x.credit && y.credit && x.credit !== y.credit && x.org !== y.org) return false;
  if (x.org && y.org && x.org !== y.org) return false;
  if (x.branch !== null && y.branch !== null && x.branch !== y.branch) return false;
  if (x.region && y.region && x.region !== y.region) return false;
  return true;
}

function join(x: Signature, y: Signature): Signature {
  return { credit: x.credit ?? y.credit, org: x.org ?? y.org, branch: x.branch ?? y.branch, region: x.region ?? y.region };
}

export interface Clustering {
  /** Cluster number per record (0-based, dense, in order of first record). */
  clusterOf: Int32Array;
  clusters: number;
  /** Links that were applied (score ≥ merge threshold, not vetoed, not refused). */
  applied: PairScore[];
  /** Links at or above the merge threshold that the constraints refused. */
  refused: PairScore[];
}

/** A person's word on two records: the same organisation (confirmed in review) or not (rejected, split). */
export interface Decision {
  a: number;
  b: number;
  same: boolean;
}

/** Scored links in parallel typed arrays (a province has millions): record pair, score, vetoed or not. */
export interface Links {
  a: Int32Array;
  b: Int32Array;
  score: Float32Array;
  veto: Uint8Array;
  length: number;
}

export interface LinkClustering {
  clusterOf: Int32Array;
  clusters: number;
  /** Indexes (into the links) of the links applied, strongest first. */
  applied: Int32Array;
  /** How many links at or above the merge threshold the constraints refused. */
  refused: Int32Array;
}

/** The clustering over compact links (the engine's own path); `clusterRecords` is the same over PairScore objects. */
export function clusterLinks(records: readonly NormRecord[], links: Links, mergeAt: number, decisions: readonly Decision[] = []): LinkClustering {
  const parent = new Int32Array(records.length).map((_, i) => i);
  const sig: Signature[] = records.map(signatureOf);
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; }
    return i;
  };
  // cannot-links per cluster root, checked on every union; must-links are applied first and unconditionally
  const apart = new Map<number, number[]>();
  for (const d of decisions) {
    if (d.same) continue;
    apart.set(d.a, [...(apart.get(d.a) ?? []), d.b]);
    apart.set(d.b, [...(apart.get(d.b) ?? []), d.a]);
  }
  const keptApart = (ra: number, rb: number): boolean =>
    (apart.get(ra) ?? []).some((p) => find(p) === rb) || (apart.get(rb) ?? []).some((p) => find(p) === ra);
  const unite = (ra: number, rb: number): void => {
    const root = ra < rb ? ra : rb;
    const other = root === ra ? rb : ra;
    parent[other] = root;
    sig[root] = join(sig[root]!, sig[other]!);
    const moved = apart.get(other);
    if (moved) { apart.set(root, [...(apart.get(root) ?? []), ...moved]); apart.delete(other); }
  };
  for (const d of decisions) {
    if (!d.same) continue;
    const ra = find(d.a);
    const rb = find(d.b);
    if (ra !== rb && !keptApart(ra, rb)) unite(ra, rb);
  }
  let strongCount = 0;
  for (let i = 0; i < links.length; i++) if (links.score[i]! >= mergeAt && !links.veto[i]) strongCount++;
  const strong = new Int32Array(strongCount);
  for (let i = 0, k = 0; i < links.length; i++) if (links.score[i]! >= mergeAt && !links.veto[i]) strong[k++] = i;
  strong.sort((p, q) => links.score[q]! - links.score[p]! || links.a[p]! - links.a[q]! || links.b[p]! - links.b[q]!);
  const applied = new Int32Array(strongCount);
  const refused = new Int32Array(strongCount);
  let nApplied = 0;
  let nRefused = 0;
  for (const s of strong) {
    const ra = find(links.a[s]!);
    const rb = find(links.b[s]!);
    if (ra === rb) { applied[nApplied++] = s; continue; }
    if (!joinable(sig[ra]!, sig[rb]!) || keptApart(ra, rb)) { refused[nRefused++] = s; continue; }
    unite(ra, rb);
    applied[nApplied++] = s;
  }
  const clusterOf = new Int32Array(records.length);
  const number = new Int32Array(records.length).fill(-1);
  let clusters = 0;
  for (let i = 0; i < records.length; i++) {
    const root = find(i);
    if (number[root] === -1) number[root] = clusters++;
    clusterOf[i] = number[root]!;
  }
  return { clusterOf, clusters, applied: applied.slice(0, nApplied), refused: refused.slice(0, nRefused) };
}

/** Scores (objects) → compact links. */
export function linksOf(scores: readonly PairScore[]): Links {
  const n = scores.length;
  const links: Links = { a: new Int32Array(n), b: new Int32Array(n), score: new Float32Array(n), veto: new Uint8Array(n), length: n };
  scores.forEach((s, i) => { links.a[i] = s.a; links.b[i] = s.b; links.score[i] = s.score; links.veto[i] = s.veto ? 1 : 0; });
  return links;
}

export function clusterRecords(records: readonly NormRecord[], scores: readonly PairScore[], mergeAt: number, decisions: readonly Decision[] = []): Clustering {
  const c = clusterLinks(records, linksOf(scores), mergeAt, decisions);
  return { clusterOf: c.clusterOf, clusters: c.clusters, applied: [...c.applied].map((i) => scores[i]!), refused: [...c.refused].map((i) => scores[i]!) };
}
