import { IndexedMinHeap } from './heap.js';
import type { FlowNetwork } from './network.js';

/** The optimal flow read back as choices: which arc each need uses and how full each provider and group is. */
export interface FlowSolution {
  /** arc used by each need, -1 when it stays unmatched */
  needArc: Int32Array;
  providerLoad: Int32Array;
  groupLoad: Int32Array;
  augmentations: number;
}

const UNSEEN = 0;
const QUEUED = 1;
const SETTLED = 2;

/**
 * Min-cost flow on source → need → provider → group → sink with arc cost −score, by successive shortest
 * paths (Jonker–Volgenant style): needs enter one at a time, each by a Dijkstra over reduced costs from that
 * need to the sink. Every need also has a zero-cost arc straight to the sink ("stay unmatched"), so each
 * entering need finds a path, and it is matched only when that beats staying out. Dijkstra stops when the
 * sink is settled, and only settled nodes get new potentials (shifted by the sink's distance), so one
 * augmentation costs time proportional to the part of the graph closer than the sink, not to the graph.
 *
 * Invariant: every residual arc has reduced cost ≥ 0 under `pot`, so the flow after each augmentation is
 * optimal for the needs entered so far; after the last one it is optimal for the whole instance.
 * Floating rounding can make a reduced cost a few ulps negative; it is read as 0.
 */
export function solveFlow(net: FlowNetwork, order?: Int32Array): FlowSolution {
  const { needCount: N, providerCount: P, groupCount: G } = net;
  const { needArcStart, arcProvider, arcScore, providerCap, providerGroup, groupCap, groupMemberStart, groupMembers } = net;
  const providerBase = N;
  const groupBase = N + P;
  const sink = N + P + G;
  const nodeCount = sink + 1;

  const pot = new Float64Array(nodeCount);
  const dist = new Float64Array(nodeCount);
  const pred = new Int32Array(nodeCount);
  /** for a provider node: the need's arc it was reached by */
  const predArc = new Int32Array(nodeCount);
  const state = new Uint8Array(nodeCount);
  const touched = new Int32Array(nodeCount);
  let touchedCount = 0;
  const heap = new IndexedMinHeap(nodeCount, dist);

  const needArc = new Int32Array(N).fill(-1);
  const providerLoad = new Int32Array(P);
  const groupLoad = new Int32Array(G);
  // each provider keeps the needs it serves in a fixed block of slots, so releasing one is O(1)
  const slotStart = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) slotStart[p + 1] = slotStart[p]! + providerCap[p]!;
  const slotNeed = new Int32Array(slotStart[P]!);
  const slotOf = new Int32Array(N);

  // tentative distance of the sink: a node at least this far can never be settled before the sink, so it is
  // not queued at all; this prunes most heap work because the "stay unmatched" arc bounds it from the start
  let bound = Infinity;
  const relax = (v: number, d: number, from: number, arc: number): void => {
    if (d >= bound) return;
    if (v === sink) bound = d;
    const s = state[v];
    if (s === UNSEEN) {
      state[v] = QUEUED;
      touched[touchedCount++] = v;
      dist[v] = d;
      pred[v] = from;
      predArc[v] = arc;
      heap.push(v);
    } else if (s === QUEUED && d < dist[v]!) {
      dist[v] = d;
      pred[v] = from;
      predArc[v] = arc;
      heap.decrease(v);
    }
  };

  let augmentations = 0;
  for (let oi = 0; oi < N; oi++) { const source = order ? order[oi]! : oi;
    const first = needArcStart[source]!;
    const last = needArcStart[source + 1]!;
    if (first === last) continue;
    augmentations += 1;

    // the smallest potential that makes every arc out of the entering need non-negative
    let entry = pot[sink]!;
    for (let a = first; a < last; a++) {
      const reach = pot[providerBase + arcProvider[a]!]! + arcScore[a]!;
      if (reach > entry) entry = reach;
    }
    pot[source] = entry;
    dist[source] = 0;
    state[source] = QUEUED;
    touched[touchedCount++] = source;
    heap.push(source);

    for (;;) {
      const u = heap.pop();
      state[u] = SETTLED; if (u < providerBase) (globalThis as any).cur++;
      if (u === sink) break;
      const du = dist[u]!;
      const pu = pot[u]!;
      if (u < providerBase) {
        const own = needArc[u]!;
        for (let a = needArcStart[u]!, end = needArcStart[u + 1]!; a < end; a++) {
          if (a === own) continue;
          const v = providerBase + arcProvider[a]!;
          if (state[v] === SETTLED) continue;
          const rc = pu - arcScore[a]! - pot[v]!;
          relax(v, rc > 0 ? du + rc : du, u, a);
        }
        const rc = pu - pot[sink]!;
        relax(sink, rc > 0 ? du + rc : du, u, -1);
      } else if (u < groupBase) {
        const p = u - providerBase;
        for (let s = slotStart[p]!, end = s + providerLoad[p]!; s < end; s++) {
          const k = slotNeed[s]!;
          const rc = arcScore[needArc[k]!]! + pu - pot[k]!;
          relax(k, rc > 0 ? du + rc : du, u, -1);
        }
        if (providerLoad[p]! < providerCap[p]!) {
          const g = providerGroup[p]!;
          const v = g < 0 ? sink : groupBase + g;
          const rc = pu - pot[v]!;
          relax(v, rc > 0 ? du + rc : du, u, -1);
        }
      } else {
        const g = u - groupBase;
        if (groupLoad[g]! < groupCap[g]!) {
          const rc = pu - pot[sink]!;
          relax(sink, rc > 0 ? du + rc : du, u, -1);
        }
        for (let m = groupMemberStart[g]!, end = groupMemberStart[g + 1]!; m < end; m++) {
          const p = groupMembers[m]!;
          if (providerLoad[p] === 0) continue;
          const v = providerBase + p;
          const rc = pu - pot[v]!;
          relax(v, rc > 0 ? du + rc : du, u, -1);
        }
      }
    }

    const reach = dist[sink]!; (globalThis as any).hist.push((globalThis as any).cur); (globalThis as any).cur = 0;
    for (let t = 0; t < touchedCount; t++) {
      const v = touched[t]!;
      if (state[v] === SETTLED) pot[v]! += dist[v]! - reach;
      state[v] = UNSEEN;
    }
    touchedCount = 0;
    heap.clear();
    bound = Infinity;

    // walk the path back from the sink: a need leaves its old provider just before it joins the next one,
    // and the need that made room on a provider is moved before the one that takes that room arrives
    for (let v = sink; v !== source; ) {
      const u = pred[v]!;
      if (u < providerBase) {
        const old = needArc[u]!;
        if (old >= 0) {
          const p = arcProvider[old]!;
          const lastSlot = slotStart[p]! + --providerLoad[p]!;
          const moved = slotNeed[lastSlot]!;
          slotNeed[slotOf[u]!] = moved;
          slotOf[moved] = slotOf[u]!;
        }
        if (v === sink) {
          needArc[u] = -1;
        } else {
          const p = v - providerBase;
          const s = slotStart[p]! + providerLoad[p]!++;
          slotNeed[s] = u;
          slotOf[u] = s;
          needArc[u] = predArc[v]!;
        }
      } else if (u < groupBase) {
        if (v >= groupBase && v !== sink) groupLoad[v - groupBase]! += 1;
      } else if (v !== sink) {
        groupLoad[u - groupBase]! -= 1;
      }
      v = u;
    }
  }
  return { needArc, providerLoad, groupLoad, augmentations };
}
