import type { PseudoFlow } from './pseudo-flow.js';
import { LazyMaxHeap } from './lazy-max-heap.js';
import { updatePrices } from './price-update.js';
import { restoreOptimality } from './restore.js';

/** Each phase divides ε by this; 8 measured best on the generated fairs (see docs/matching.md). */
export const KINDS = new Int32Array(10);
export const SCALING_FACTOR = Number(process.env.MATCH_ALPHA ?? 8);

/**
 * Goldberg's cost scaling (push–relabel with ε-scaling) run only until ε reaches `epsilonEnd`. It leaves a
 * feasible flow and potentials within ε of optimal, cheaply, because every step looks only at one node's
 * own arcs. It is a warm start: exactness comes from the shortest-path phase that follows, so this code
 * only has to be fast, and any flow it returns is acceptable.
 */
export function scaleCosts(flow: PseudoFlow, epsilonEnd: number): { phases: number; pushes: number } {
  let maxScore = 0;
  for (const s of flow.net.arcScore) if (s > maxScore) maxScore = s;
  let phases = 0;
  let pushes = 0;
  for (let eps = maxScore / SCALING_FACTOR; eps >= epsilonEnd && eps > 0; eps /= SCALING_FACTOR) {
    restoreOptimality(flow, eps);
    const t0 = performance.now(); const pu = refine(flow, eps); pushes += pu; if (process.env.MATCH_DEBUG) console.log(KINDS.join(','), KINDS.fill(0) && '', 'phase', eps.toExponential(2), pu, (performance.now() - t0).toFixed(0));
    phases += 1;
  }
  return { phases, pushes };
}

/** Discharges every surplus in FIFO order, pushing along the cheapest residual arc, relabelling to −ε when none is negative. */
function refine(flow: PseudoFlow, eps: number): number {
  const { N, P, G, pot, excess, providerBase, groupBase, sink, net, arcNeed, arcFlow, outFlow, outNode, groupFlow } = flow;
  const { needArcStart, arcProvider, arcScore, providerCap, groupCap, groupMemberStart, groupMembers } = net;
  const nodeCount = flow.nodeCount;
  const queue = new Int32Array(nodeCount + 1);
  const isQueued = new Uint8Array(nodeCount);
  let head = 0;
  let tail = 0;
  const enqueue = (v: number): void => {
    if (isQueued[v] || excess[v]! <= 0) return;
    isQueued[v] = 1;
    queue[tail] = v;
    tail = tail === nodeCount ? 0 : tail + 1;
  };
  for (let v = 0; v < nodeCount; v++) enqueue(v);
  if (process.env.MATCH_DEBUG) { let ex = 0, def = 0; for (let v = 0; v < nodeCount; v++) { if (excess[v]! > 0) ex += excess[v]!; else if (v !== sink) def -= excess[v]!; } console.log('start excess', ex, 'deficit(non-sink)', def, 'sink', excess[sink]); }

  // the sink's reverse arcs lead to every node that sends it flow; it wants the one of highest potential
  const isIntoSink = (u: number): boolean =>
    u < providerBase ? flow.dummyFlow[u] === 1
    : u < groupBase ? outFlow[u - providerBase]! > 0 && outNode[u - providerBase] === sink
    : u < sink && groupFlow[u - groupBase]! > 0;
  const sinkHeap = new LazyMaxHeap();
  const rebuildSinkHeap = (): void => {
    sinkHeap.clear();
    for (let u = 0; u < sink; u++) if (isIntoSink(u)) sinkHeap.push(pot[u]!, u);
  };
  const UPDATE_EVERY = Number(process.env.MATCH_UPDATE ?? nodeCount);
  let relabelsSinceUpdate = 0;
  const USE_PU = process.env.MATCH_PU !== '0';
  if (USE_PU) updatePrices(flow, eps);
  rebuildSinkHeap();

  let pushes = 0;
  while (head !== tail) {
    const v = queue[head]!;
    head = head === nodeCount ? 0 : head + 1;
    isQueued[v] = 0;
    while (excess[v]! > 0) {
      const pv = pot[v]!;
      const ex = excess[v]!;
      // find the residual arcs of least and second-least reduced cost: kind says which, id which one
      let bestRc = Infinity;
      let secondRc = Infinity;
      let bestKind = 0;
      let bestId = -1;
      /** whether pushing along the best arc fills it, which permits the larger, auction-style relabel */
      let isSaturating = true;
      if (v < providerBase) {
        for (let a = needArcStart[v]!, end = needArcStart[v + 1]!; a < end; a++) {
          if (arcFlow[a]) continue;
          const rc = pv - arcScore[a]! - pot[providerBase + arcProvider[a]!]!;
          if (rc < bestRc) { secondRc = bestRc; bestRc = rc; bestKind = NEED_ARC; bestId = a; }
          else if (rc < secondRc) secondRc = rc;
        }
        if (!flow.dummyFlow[v]) {
          const rc = pv - pot[sink]!;
          if (rc < bestRc) { secondRc = bestRc; bestRc = rc; bestKind = NEED_DUMMY; }
          else if (rc < secondRc) secondRc = rc;
        }
      } else if (v < groupBase) {
        const p = v - providerBase;
        const room = providerCap[p]! - outFlow[p]!;
        if (room > 0) {
          bestRc = pv - pot[outNode[p]!]!;
          bestKind = PROVIDER_OUT;
          isSaturating = ex >= room;
        }
        const start = flow.provArcStart[p]!;
        for (let i = start, end = start + flow.provFlowCount[p]!; i < end; i++) {
          const rc = flow.provArcScore[i]! + pv - pot[flow.provArcNeed[i]!]!;
          if (rc < bestRc) { secondRc = bestRc; bestRc = rc; bestKind = PROVIDER_BACK; bestId = flow.provArcs[i]!; isSaturating = true; }
          else if (rc < secondRc) secondRc = rc;
        }
      } else if (v < sink) {
        const g = v - groupBase;
        const room = groupCap[g]! - groupFlow[g]!;
        if (room > 0) {
          bestRc = pv - pot[sink]!;
          bestKind = GROUP_OUT;
          isSaturating = ex >= room;
        }
        for (let m = groupMemberStart[g]!, end = groupMemberStart[g + 1]!; m < end; m++) {
          const p = groupMembers[m]!;
          if (outFlow[p] === 0) continue;
          const rc = pv - pot[providerBase + p]!;
          if (rc < bestRc) { secondRc = bestRc; bestRc = rc; bestKind = GROUP_BACK; bestId = p; isSaturating = ex >= outFlow[p]!; }
          else if (rc < secondRc) secondRc = rc;
        }
      } else {
        isSaturating = false;
        for (;;) {
          if (sinkHeap.size === 0) break;
          const u = sinkHeap.topNode();
          if (isIntoSink(u) && pot[u] === sinkHeap.topKey()) {
            bestRc = pv - pot[u]!;
            if (u < providerBase) { bestKind = SINK_TO_NEED; bestId = u; }
            else if (u < groupBase) { bestKind = SINK_TO_PROVIDER; bestId = u - providerBase; }
            else { bestKind = SINK_TO_GROUP; bestId = u - groupBase; }
            break;
          }
          sinkHeap.pop();
        }
      }
      // relabel: at least enough to make the best arc admissible (−ε); when the push will fill that arc,
      // as far as the second-best arc allows (its reduced cost becomes −ε), like an auction bid, which
      // keeps ε-optimality because the best arc leaves the residual graph
      let newPot = bestRc >= 0 ? pv - bestRc - eps : pv;
      if (isSaturating && secondRc < Infinity && pv - secondRc - eps < newPot) newPot = pv - secondRc - eps;
      const isRelabel = newPot < pv;
      if (isRelabel) {
        pot[v] = newPot;
        if (++relabelsSinceUpdate >= UPDATE_EVERY && USE_PU) {
          pot[v] = pv;
          updatePrices(flow, eps);
          rebuildSinkHeap();
          relabelsSinceUpdate = 0;
          continue;
        }
      }
      pushes += 1; KINDS[bestKind]!++;
      switch (bestKind) {
        case NEED_ARC: flow.setArc(bestId, true); enqueue(providerBase + arcProvider[bestId]!); break;
        case NEED_DUMMY: flow.setDummy(v, true); enqueue(sink); break;
        case PROVIDER_OUT: {
          const p = v - providerBase;
          flow.addOut(p, Math.min(excess[v]!, providerCap[p]! - outFlow[p]!));
          enqueue(outNode[p]!);
          break;
        }
        case PROVIDER_BACK: flow.setArc(bestId, false); enqueue(arcNeed[bestId]!); break;
        case GROUP_OUT: {
          const g = v - groupBase;
          flow.addGroup(g, Math.min(excess[v]!, groupCap[g]! - groupFlow[g]!));
          enqueue(sink);
          break;
        }
        case GROUP_BACK: flow.addOut(bestId, -Math.min(excess[v]!, outFlow[bestId]!)); enqueue(providerBase + bestId); break;
        case SINK_TO_NEED: flow.setDummy(bestId, false); enqueue(bestId); break;
        case SINK_TO_GROUP: flow.addGroup(bestId, -Math.min(excess[v]!, groupFlow[bestId]!)); enqueue(groupBase + bestId); break;
        case SINK_TO_PROVIDER: flow.addOut(bestId, -Math.min(excess[v]!, outFlow[bestId]!)); enqueue(providerBase + bestId); break;
        default: throw new Error(`matching: node ${v} has a surplus and no residual arc`);
      }
      if ((isRelabel || bestKind === NEED_DUMMY || bestKind === GROUP_OUT || bestKind === PROVIDER_OUT) && isIntoSink(v)) {
        sinkHeap.push(pot[v]!, v);
      }
    }
  }
  return pushes;
}

const NEED_ARC = 1;
const NEED_DUMMY = 2;
const PROVIDER_OUT = 3;
const PROVIDER_BACK = 4;
const GROUP_OUT = 5;
const GROUP_BACK = 6;
const SINK_TO_NEED = 7;
const SINK_TO_GROUP = 8;
const SINK_TO_PROVIDER = 9;
