import { IndexedMinHeap } from './heap.js';
import type { PseudoFlow } from './pseudo-flow.js';

/**
 * Goldberg's global price update for an ε-optimal pseudoflow: every node learns how many ε-relabels stand
 * between it and the nearest deficit (arc length ⌊rc/ε⌋+1, admissible arcs 0) and takes them all at once,
 * so surpluses then walk straight to deficits instead of bidding their way there. ε-optimality is kept:
 * for any residual arc, rc' = rc + ε(d(w) − d(v)) ≥ rc − ε⌊rc/ε⌋ − ε ≥ −ε; capping d at the level where
 * the last surplus was reached keeps the inequality.
 */
export function updatePrices(flow: PseudoFlow, eps: number): void {
  const { N, P, G, pot, excess, providerBase, groupBase, sink, nodeCount, net, arcNeed, arcFlow, outFlow, outNode, groupFlow } = flow;
  const { needArcStart, arcProvider, arcScore, providerCap, groupCap, groupMemberStart, groupMembers } = net;
  const level = new Float64Array(nodeCount).fill(Infinity);
  const isDone = new Uint8Array(nodeCount);
  const heap = new IndexedMinHeap(nodeCount, level);
  const search: LevelSearch = { level, isDone, heap, eps };
  let surplusLeft = 0;
  for (let v = 0; v < nodeCount; v++) {
    if (excess[v]! < 0) {
      level[v] = 0;
      heap.push(v);
    } else if (excess[v]! > 0) {
      surplusLeft += 1;
    }
  }
  let top = 0;
  while (heap.size > 0 && surplusLeft > 0) {
    const w = heap.pop();
    isDone[w] = 1;
    top = level[w]!;
    if (excess[w]! > 0) surplusLeft -= 1;
    const pw = pot[w]!;
    // scan residual arcs v → w: rc(v,w) = c(v,w) + pot[v] − pot[w]
    if (w < providerBase) {
      for (let a = needArcStart[w]!, end = needArcStart[w + 1]!; a < end; a++) {
        if (!arcFlow[a]) continue;
        const v = providerBase + arcProvider[a]!;
        reachNode(search, v, arcScore[a]! + pot[v]! - pw, top);
      }
      if (flow.dummyFlow[w]) reachNode(search, sink, pot[sink]! - pw, top);
    } else if (w < groupBase) {
      const p = w - providerBase;
      const start = flow.provArcStart[p]!;
      const { provArcNeed, provArcScore } = flow;
      for (let i = start + flow.provFlowCount[p]!, end = flow.provArcStart[p + 1]!; i < end; i++) {
        const k = provArcNeed[i]!;
        reachNode(search, k, pot[k]! - provArcScore[i]! - pw, top);
      }
      if (outFlow[p]! > 0) reachNode(search, outNode[p]!, pot[outNode[p]!]! - pw, top);
    } else if (w < sink) {
      const g = w - groupBase;
      for (let m = groupMemberStart[g]!, end = groupMemberStart[g + 1]!; m < end; m++) {
        const p = groupMembers[m]!;
        if (outFlow[p]! < providerCap[p]!) reachNode(search, providerBase + p, pot[providerBase + p]! - pw, top);
      }
      if (groupFlow[g]! > 0) reachNode(search, sink, pot[sink]! - pw, top);
    } else {
      for (let k = 0; k < N; k++) {
        if (!flow.dummyFlow[k] && needArcStart[k + 1]! > needArcStart[k]!) reachNode(search, k, pot[k]! - pw, top);
      }
      for (let p = 0; p < P; p++) {
        if (outNode[p] === sink && outFlow[p]! < providerCap[p]!) reachNode(search, providerBase + p, pot[providerBase + p]! - pw, top);
      }
      for (let g = 0; g < G; g++) if (groupFlow[g]! < groupCap[g]!) reachNode(search, groupBase + g, pot[groupBase + g]! - pw, top);
    }
  }
  for (let v = 0; v < nodeCount; v++) {
    const l = level[v]!;
    const steps = isDone[v] ? l : top;
    if (steps > 0) pot[v] = pot[v]! - eps * steps;
  }
}

interface LevelSearch {
  level: Float64Array;
  isDone: Uint8Array;
  heap: IndexedMinHeap;
  eps: number;
}

/** Offers node v the level `base` plus the ε-steps of an arc of reduced cost rc into an already-levelled node. */
function reachNode(search: LevelSearch, v: number, rc: number, base: number): void {
  if (search.isDone[v]) return;
  const l = base + (rc < 0 ? 0 : Math.floor(rc / search.eps) + 1);
  const level = search.level;
  if (l >= level[v]!) return;
  const isNew = level[v] === Infinity;
  level[v] = l;
  if (isNew) search.heap.push(v);
  else search.heap.decrease(v);
}
