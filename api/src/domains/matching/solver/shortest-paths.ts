import { IndexedMinHeap } from './heap.js';
import type { PseudoFlow } from './pseudo-flow.js';
import { restoreOptimality } from './restore.js';

const UNSEEN = 0;
const QUEUED = 1;
const SETTLED = 2;

/**
 * The exact phase: successive shortest paths on a pseudoflow. After restoreOptimality every residual arc
 * has reduced cost ≥ 0; each step runs Dijkstra from a node with surplus until it settles a node with a
 * deficit, sends one unit along that path and moves the settled nodes' potentials by their distance (less
 * the target's, so unsettled nodes keep theirs). Reduced costs stay ≥ 0 throughout (floating rounding, a
 * few ulps, is read as 0), so when no surplus is left the flow is a minimum-cost flow: optimal.
 * Good starting potentials from cost scaling make most searches a handful of nodes.
 */
export function finishShortestPaths(flow: PseudoFlow): number {
  restoreOptimality(flow);
  const { P, G, pot, excess, providerBase, groupBase, sink, net, arcFlow, outFlow, outNode, groupFlow } = flow;
  const { needArcStart, arcProvider, arcScore, providerCap, groupCap, groupMemberStart, groupMembers } = net;
  const nodeCount = flow.nodeCount;
  const dist = new Float64Array(nodeCount);
  const pred = new Int32Array(nodeCount);
  /** the need arc a node was reached by, when it was reached along one */
  const predArc = new Int32Array(nodeCount);
  const state = new Uint8Array(nodeCount);
  const touched = new Int32Array(nodeCount);
  let touchedCount = 0;
  const heap = new IndexedMinHeap(nodeCount, dist);
  let bound = Infinity;

  const relax = (v: number, d: number, from: number, arc: number): void => {
    if (d >= bound) return;
    const s = state[v];
    if (s === UNSEEN) {
      state[v] = QUEUED;
      touched[touchedCount++] = v;
    } else if (s === SETTLED || d >= dist[v]!) {
      return;
    }
    dist[v] = d;
    pred[v] = from;
    predArc[v] = arc;
    if (excess[v]! < 0) bound = d;
    if (s === UNSEEN) heap.push(v);
    else heap.decrease(v);
  };

  let searches = 0;
  const sources = surplusNodes(flow);
  for (const source of sources) {
    while (excess[source]! > 0) {
      searches += 1;
      dist[source] = 0;
      state[source] = QUEUED;
      touched[touchedCount++] = source;
      heap.push(source);
      let target = -1;
      while (heap.size > 0) {
        const u = heap.pop();
        state[u] = SETTLED;
        if (excess[u]! < 0) {
          target = u;
          break;
        }
        const du = dist[u]!;
        const pu = pot[u]!;
        if (u < providerBase) {
          for (let a = needArcStart[u]!, end = needArcStart[u + 1]!; a < end; a++) {
            if (arcFlow[a]) continue;
            const v = providerBase + arcProvider[a]!;
            const rc = pu - arcScore[a]! - pot[v]!;
            relax(v, rc > 0 ? du + rc : du, u, a);
          }
          if (!flow.dummyFlow[u]) {
            const rc = pu - pot[sink]!;
            relax(sink, rc > 0 ? du + rc : du, u, -1);
          }
        } else if (u < groupBase) {
          const p = u - providerBase;
          if (outFlow[p]! < providerCap[p]!) {
            const v = outNode[p]!;
            const rc = pu - pot[v]!;
            relax(v, rc > 0 ? du + rc : du, u, -1);
          }
          const start = flow.provArcStart[p]!;
          for (let i = start, end = start + flow.provFlowCount[p]!; i < end; i++) {
            const k = flow.provArcNeed[i]!;
            const rc = flow.provArcScore[i]! + pu - pot[k]!;
            relax(k, rc > 0 ? du + rc : du, u, flow.provArcs[i]!);
          }
        } else if (u < sink) {
          const g = u - groupBase;
          if (groupFlow[g]! < groupCap[g]!) {
            const rc = pu - pot[sink]!;
            relax(sink, rc > 0 ? du + rc : du, u, -1);
          }
          for (let m = groupMemberStart[g]!, end = groupMemberStart[g + 1]!; m < end; m++) {
            const p = groupMembers[m]!;
            if (outFlow[p] === 0) continue;
            const v = providerBase + p;
            const rc = pu - pot[v]!;
            relax(v, rc > 0 ? du + rc : du, u, -1);
          }
        } else {
          // the sink is passed through only when its own demand is already met: rare, so a scan is fine
          for (let i = 0; i < flow.dummyCount; i++) {
            const k = flow.dummyNeeds[i]!;
            const rc = pu - pot[k]!;
            relax(k, rc > 0 ? du + rc : du, u, -1);
          }
          for (let g = 0; g < G; g++) {
            if (groupFlow[g] === 0) continue;
            const rc = pu - pot[groupBase + g]!;
            relax(groupBase + g, rc > 0 ? du + rc : du, u, -1);
          }
          for (let p = 0; p < P; p++) {
            if (outFlow[p] === 0 || outNode[p] !== sink) continue;
            const rc = pu - pot[providerBase + p]!;
            relax(providerBase + p, rc > 0 ? du + rc : du, u, -1);
          }
        }
      }
      if (target < 0) throw new Error('matching: a surplus has no path to a deficit');

      const reach = dist[target]!;
      for (let t = 0; t < touchedCount; t++) {
        const v = touched[t]!;
        if (state[v] === SETTLED) pot[v]! += dist[v]! - reach;
        state[v] = UNSEEN;
      }
      touchedCount = 0;
      heap.clear();
      bound = Infinity;
      augment(flow, source, target, pred, predArc);
    }
  }
  return searches;
}

/** Nodes with surplus, needs first in canonical order: the order only affects speed, never the optimum. */
function surplusNodes(flow: PseudoFlow): number[] {
  const out: number[] = [];
  for (let v = 0; v < flow.nodeCount; v++) if (flow.excess[v]! > 0) out.push(v);
  return out;
}

/** Sends one unit along the recorded path from `source` to `target`. */
function augment(flow: PseudoFlow, source: number, target: number, pred: Int32Array, predArc: Int32Array): void {
  const { providerBase, groupBase, sink } = flow;
  for (let v = target; v !== source; ) {
    const u = pred[v]!;
    if (u < providerBase) {
      if (v === sink) flow.setDummy(u, true);
      else flow.setArc(predArc[v]!, true);
    } else if (u < groupBase) {
      if (v < providerBase) flow.setArc(predArc[v]!, false);
      else flow.addOut(u - providerBase, 1);
    } else if (u < sink) {
      if (v === sink) flow.addGroup(u - groupBase, 1);
      else flow.addOut(v - providerBase, -1);
    } else if (v < providerBase) {
      flow.setDummy(v, false);
    } else if (v < groupBase) {
      flow.addOut(v - providerBase, -1);
    } else {
      flow.addGroup(v - groupBase, -1);
    }
    v = u;
  }
}
