import type { MatchingEdge, MatchingInstance, PairRef, SolveOptions } from '../solver/types.js';

/** Small seeded generator (mulberry32): the same seed gives the same instance on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `float`: arbitrary doubles in (0, 1]; `ties`: two-decimal scores with many equal values, the degenerate case
 * for both solvers; `signed`: some zero and negative scores, which must never be chosen unless pinned.
 */
export type ScoreStyle = 'float' | 'ties' | 'signed';

export interface RandomInstanceSpec {
  needs: number;
  providers: number;
  groups: number;
  /** chance that a given need–provider pair is an edge */
  density: number;
  maxCapacity: number;
  maxGroupCap: number;
  /** share of providers that belong to a group */
  groupedShare: number;
  scoreStyle: ScoreStyle;
}

/** A random instance with shuffled id order, so tests also cover the canonical re-ordering. */
export function randomInstance(spec: RandomInstanceSpec, random: () => number): MatchingInstance {
  const pick = (n: number): number => Math.floor(random() * n);
  const groups = Array.from({ length: spec.groups }, (_, k) => ({ id: `g${k}`, cap: pick(spec.maxGroupCap + 1) }));
  const providers = Array.from({ length: spec.providers }, (_, k) => ({
    id: `p${k}`,
    capacity: pick(spec.maxCapacity + 1),
    ...(groups.length > 0 && random() < spec.groupedShare ? { group: `g${pick(groups.length)}` } : {}),
  }));
  const needs = Array.from({ length: spec.needs }, (_, k) => ({ id: `n${k}` }));
  const edges: MatchingEdge[] = [];
  for (const need of needs) {
    for (const provider of providers) {
      if (random() < spec.density) edges.push({ need: need.id, provider: provider.id, score: randomScore(spec.scoreStyle, random) });
    }
  }
  return { needs: shuffle(needs, random), providers: shuffle(providers, random), groups: shuffle(groups, random), edges: shuffle(edges, random) };
}

function randomScore(style: ScoreStyle, random: () => number): number {
  if (style === 'ties') return Math.ceil(random() * 20) / 20;
  if (style === 'signed') {
    const r = random();
    if (r < 0.1) return 0;
    if (r < 0.25) return -random();
    return random() * 10;
  }
  return 1 - random();
}

/** Random pins and forbids drawn from the edges; pins may be infeasible (two for one need, over capacity). */
export function randomOptions(instance: MatchingInstance, pinCount: number, forbidCount: number, random: () => number): SolveOptions {
  const edges = shuffle([...instance.edges], random);
  const toPair = (e: MatchingEdge): PairRef => ({ need: e.need, provider: e.provider });
  return { pinned: edges.slice(0, pinCount).map(toPair), forbidden: edges.slice(pinCount, pinCount + forbidCount).map(toPair) };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
