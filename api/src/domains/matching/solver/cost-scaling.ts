import { LazyMaxHeap } from './lazy-max-heap.js';
import { updatePrices } from './price-update.js';
import type { PseudoFlow } from './pseudo-flow.js';
import { restoreOptimality } from './restore.js';

/** Each phase divides ε by this; chosen by measurement on the generated fairs (docs/matching.md). */
const CANDIDATES = 3;
const DUMMY = -1;
const NONE = -2;

export const SCALING_FACTOR = Number(process.env.MATCH_ALPHA ?? 4);
const DEBUG = !!process.env.MATCH_DEBUG;
let UPDATE_MS = 0; let UPDATES = 0;

/**
 * Goldberg's cost scaling (push–relabel with ε-scaling, FIFO order, global price updates, auction-style
 * relabels) run only until ε reaches `epsilonEnd`. It leaves a feasible flow and potentials close to
 * optimal, cheaply, because each step looks only at one node's own arcs. It is a warm start: exactness
 * comes from the shortest-path phase that follows, so this code only has to be fast, never exact.
 */
export function scaleCosts(flow: PseudoFlow, epsilonEnd: number): { phases: number; pushes: number } {
  let maxScore = 0;
  for (const s of flow.net.arcScore) if (s > maxScore) maxScore = s;
  const phase = new Phase(flow);
  let phases = 0;
  for (let eps = maxScore / SCALING_FACTOR; eps >= epsilonEnd && eps > 0; eps /= SCALING_FACTOR) {
    restoreOptimality(flow, eps);
    const t0 = performance.now(); const p0 = phase.pushes;
    phase.refine(eps);
    if (DEBUG) console.log('phase', eps.toExponential(2), phase.pushes - p0, (performance.now() - t0).toFixed(0), 'updates', UPDATES, UPDATE_MS.toFixed(0)); UPDATES = 0; UPDATE_MS = 0;
    phases += 1;
  }
  return { phases, pushes: phase.pushes };
}

/**
 * One refine at a time. The discharge code is split by node type into small methods, and no closures are
 * made per call, so V8 optimises each once and keeps it (a cold solve is otherwise several times slower).
 */
class Phase {
  pushes = 0;
  private eps = 1;
  private relabels = 0;
  private readonly queue: Int32Array;
  private readonly isQueued: Uint8Array;
  private head = 0;
  private tail = 0;
  /** per need: its cached cheapest arcs, the floor under the rest, and the phase they were taken in */
  private readonly candidates: Int32Array;
  private readonly candidateFloor: Float64Array;
  private readonly candidateEpoch: Int32Array;
  private readonly scannedAt: Float64Array;
  private epoch = 0;
  /** the sink's reverse arcs lead to every node sending it flow; it wants the one of highest potential */
  private readonly sinkHeap = new LazyMaxHeap();

  constructor(private readonly flow: PseudoFlow) {
    this.queue = new Int32Array(flow.nodeCount + 1);
    this.isQueued = new Uint8Array(flow.nodeCount);
    this.candidates = new Int32Array(flow.N * CANDIDATES);
    this.candidateFloor = new Float64Array(flow.N);
    this.candidateEpoch = new Int32Array(flow.N).fill(-1);
    this.scannedAt = new Float64Array(flow.N);
  }

  /** Restores feasibility within ε-optimality: discharges every surplus in FIFO order. */
  refine(eps: number): void {
    const flow = this.flow;
    this.eps = eps;
    this.epoch += 1;
    this.head = this.tail = 0;
    for (let v = 0; v < flow.nodeCount; v++) this.enqueue(v);
    this.updatePrices();
    // a price update per node count of relabels, as in Goldberg's CS2: frequent enough to steer surpluses
    const updateEvery = flow.nodeCount * Number(process.env.MATCH_UPDATE_MULT ?? 1);
    const { providerBase, groupBase, sink } = flow;
    while (this.head !== this.tail) {
      const v = this.queue[this.head]!;
      this.head = this.head === flow.nodeCount ? 0 : this.head + 1;
      this.isQueued[v] = 0;
      if (v < providerBase) this.dischargeNeed(v);
      else if (v < groupBase) this.dischargeProvider(v);
      else if (v < sink) this.dischargeGroup(v);
      else this.dischargeSink();
      if (this.relabels >= updateEvery) this.updatePrices();
    }
  }

  private updatePrices(): void {
    const t0 = performance.now();
    if (process.env.MATCH_PU !== '0') updatePrices(this.flow, this.eps);
    UPDATE_MS += performance.now() - t0; UPDATES += 1;
    this.relabels = 0;
    const flow = this.flow;
    this.sinkHeap.clear();
    for (let u = 0; u < flow.sink; u++) if (this.isIntoSink(u)) this.sinkHeap.push(flow.pot[u]!, u);
  }

  private enqueue(v: number): void {
    if (this.isQueued[v] || this.flow.excess[v]! <= 0) return;
    this.isQueued[v] = 1;
    this.queue[this.tail] = v;
    this.tail = this.tail === this.flow.nodeCount ? 0 : this.tail + 1;
  }

  private isIntoSink(u: number): boolean {
    const flow = this.flow;
    if (u < flow.providerBase) return flow.dummyFlow[u] === 1;
    if (u < flow.groupBase) return flow.outFlow[u - flow.providerBase]! > 0 && flow.outNode[u - flow.providerBase] === flow.sink;
    return u < flow.sink && flow.groupFlow[u - flow.groupBase]! > 0;
  }

  /** Lowers v's potential to `next` (never raises it) and tells the sink's heap if v feeds the sink. */
  private lower(v: number, next: number): void {
    const pot = this.flow.pot;
    if (next >= pot[v]!) return;
    pot[v] = next;
    this.relabels += 1;
    if (this.isIntoSink(v)) this.sinkHeap.push(next, v);
  }

  /**
   * Relabel rule shared by all nodes: at least enough to make the best arc admissible (−ε); when the push
   * fills that arc, as far as the second-best arc allows, like an auction bid. ε-optimality holds because
   * the best arc then leaves the residual graph and every other arc ends at −ε or above.
   */
  private relabel(v: number, bestRc: number, secondRc: number, isSaturating: boolean): void {
    const pv = this.flow.pot[v]!;
    let next = bestRc >= 0 ? pv - bestRc - this.eps : pv;
    if (isSaturating && secondRc < Infinity && pv - secondRc - this.eps < next) next = pv - secondRc - this.eps;
    this.lower(v, next);
  }

  /**
   * A need keeps its three cheapest arcs (by key = reduced cost − own potential, "dummy" included) and
   * the fourth-cheapest key as a floor for all the others. Within a phase potentials only fall, so keys
   * only rise: while the best candidate is still at or below the floor it is the true best, and the floor
   * is a valid stand-in for the second best. Most bids after being outbid then cost three lookups instead
   * of a scan of ~50 arcs.
   */
  private dischargeNeed(v: number): void {
    const flow = this.flow;
    const { pot, excess, providerBase, sink, arcFlow } = flow;
    const { arcProvider, arcScore } = flow.net;
    const cand = this.candidates;
    const at = v * CANDIDATES;
    while (excess[v]! > 0) {
      if (this.candidateEpoch[v] !== this.epoch) this.scanNeed(v);
      let bestKey = Infinity;
      let secondKey = Infinity;
      let best = -2;
      for (let c = at; c < at + CANDIDATES; c++) {
        const a = cand[c]!;
        let key: number;
        if (a >= 0) {
          if (arcFlow[a]) continue;
          key = -arcScore[a]! - pot[providerBase + arcProvider[a]!]!;
        } else if (a === DUMMY) {
          if (flow.dummyFlow[v]) continue;
          key = -pot[sink]!;
        } else {
          continue;
        }
        if (key < bestKey) {
          secondKey = bestKey;
          bestKey = key;
          best = a;
        } else if (key < secondKey) {
          secondKey = key;
        }
      }
      const floor = this.candidateFloor[v]!;
      if (best === -2 || bestKey > floor) {
        if (this.candidateEpoch[v] === this.epoch && this.scannedAt[v] === this.pushes) {
          throw new Error(`matching: need ${v} has a surplus and no residual arc`);
        }
        this.candidateEpoch[v] = -1;
        continue;
      }
      if (floor < secondKey) secondKey = floor;
      const pv = pot[v]!;
      this.relabel(v, pv + bestKey, pv + secondKey, true);
      this.pushes += 1;
      if (best >= 0) {
        flow.setArc(best, true);
        this.enqueue(providerBase + arcProvider[best]!);
      } else {
        flow.setDummy(v, true);
        this.sinkHeap.push(pot[v]!, v);
        this.enqueue(sink);
      }
    }
  }

  /** Recomputes need v's three cheapest arcs and the floor under the rest, residual or not. */
  private scanNeed(v: number): void {
    const flow = this.flow;
    const { pot, providerBase, sink } = flow;
    const { needArcStart, arcProvider, arcScore } = flow.net;
    let k1 = -pot[sink]!;
    let a1 = DUMMY;
    let k2 = Infinity;
    let a2 = NONE;
    let k3 = Infinity;
    let a3 = NONE;
    let k4 = Infinity;
    for (let a = needArcStart[v]!, end = needArcStart[v + 1]!; a < end; a++) {
      const key = -arcScore[a]! - pot[providerBase + arcProvider[a]!]!;
      if (key >= k4) continue;
      if (key < k3) {
        k4 = k3;
        if (key < k2) {
          k3 = k2;
          a3 = a2;
          if (key < k1) {
            k2 = k1;
            a2 = a1;
            k1 = key;
            a1 = a;
          } else {
            k2 = key;
            a2 = a;
          }
        } else {
          k3 = key;
          a3 = a;
        }
      } else {
        k4 = key;
      }
    }
    const at = v * CANDIDATES;
    this.candidates[at] = a1;
    this.candidates[at + 1] = a2;
    this.candidates[at + 2] = a3;
    this.candidateFloor[v] = k4;
    this.candidateEpoch[v] = this.epoch;
    this.scannedAt[v] = this.pushes;
  }

  private dischargeProvider(v: number): void {
    const flow = this.flow;
    const { pot, excess, providerBase, outFlow, outNode, provArcStart, provFlowCount, provArcScore, provArcNeed } = flow;
    const providerCap = flow.net.providerCap;
    const p = v - providerBase;
    while (excess[v]! > 0) {
      const pv = pot[v]!;
      const ex = excess[v]!;
      let bestRc = Infinity;
      let secondRc = Infinity;
      let best = -1;
      const room = providerCap[p]! - outFlow[p]!;
      let isSaturating = true;
      if (room > 0) {
        bestRc = pv - pot[outNode[p]!]!;
        isSaturating = ex >= room;
      }
      const start = provArcStart[p]!;
      for (let i = start, end = start + provFlowCount[p]!; i < end; i++) {
        const rc = provArcScore[i]! + pv - pot[provArcNeed[i]!]!;
        if (rc < bestRc) {
          secondRc = bestRc;
          bestRc = rc;
          best = i;
          isSaturating = true;
        } else if (rc < secondRc) {
          secondRc = rc;
        }
      }
      this.relabel(v, bestRc, secondRc, isSaturating);
      this.pushes += 1;
      if (best >= 0) {
        const k = provArcNeed[best]!;
        flow.setArc(flow.provArcs[best]!, false);
        this.enqueue(k);
      } else {
        flow.addOut(p, Math.min(ex, room));
        if (outNode[p] === flow.sink) this.sinkHeap.push(pot[v]!, v);
        this.enqueue(outNode[p]!);
      }
    }
  }

  private dischargeGroup(v: number): void {
    const flow = this.flow;
    const { pot, excess, providerBase, groupBase, sink, outFlow, groupFlow } = flow;
    const { groupCap, groupMemberStart, groupMembers } = flow.net;
    const g = v - groupBase;
    while (excess[v]! > 0) {
      const pv = pot[v]!;
      const ex = excess[v]!;
      let bestRc = Infinity;
      let secondRc = Infinity;
      let best = -1;
      const room = groupCap[g]! - groupFlow[g]!;
      let isSaturating = true;
      if (room > 0) {
        bestRc = pv - pot[sink]!;
        isSaturating = ex >= room;
      }
      for (let m = groupMemberStart[g]!, end = groupMemberStart[g + 1]!; m < end; m++) {
        const p = groupMembers[m]!;
        if (outFlow[p] === 0) continue;
        const rc = pv - pot[providerBase + p]!;
        if (rc < bestRc) {
          secondRc = bestRc;
          bestRc = rc;
          best = p;
          isSaturating = ex >= outFlow[p]!;
        } else if (rc < secondRc) {
          secondRc = rc;
        }
      }
      this.relabel(v, bestRc, secondRc, isSaturating);
      this.pushes += 1;
      if (best >= 0) {
        flow.addOut(best, -Math.min(ex, outFlow[best]!));
        this.enqueue(providerBase + best);
      } else {
        flow.addGroup(g, Math.min(ex, room));
        this.sinkHeap.push(pot[v]!, v);
        this.enqueue(sink);
      }
    }
  }

  /** The sink has a surplus only after more units reached it than needs exist; it sends them back. */
  private dischargeSink(): void {
    const flow = this.flow;
    const { pot, excess, providerBase, groupBase, sink, outFlow, groupFlow } = flow;
    const heap = this.sinkHeap;
    while (excess[sink]! > 0) {
      while (heap.size > 0 && !(this.isIntoSink(heap.topNode()) && pot[heap.topNode()] === heap.topKey())) heap.pop();
      if (heap.size === 0) throw new Error('matching: the sink has a surplus and no residual arc');
      const u = heap.topNode();
      this.relabel(sink, pot[sink]! - pot[u]!, Infinity, false);
      this.pushes += 1;
      const ex = excess[sink]!;
      if (u < providerBase) flow.setDummy(u, false);
      else if (u < groupBase) flow.addOut(u - providerBase, -Math.min(ex, outFlow[u - providerBase]!));
      else flow.addGroup(u - groupBase, -Math.min(ex, groupFlow[u - groupBase]!));
      this.enqueue(u);
    }
  }
}
