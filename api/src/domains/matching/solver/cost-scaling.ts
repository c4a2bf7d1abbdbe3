import { DUMMY, NeedCandidates } from './need-candidates.js';
import { LevelSearch, updatePrices } from './price-update.js';
import type { PseudoFlow } from './pseudo-flow.js';
import { restoreOptimality } from './restore.js';
import { SinkArcs } from './sink-arcs.js';

/** Each phase divides ε by this: 4, 6, 8, 12, 16 measured on the generated fairs, 8 was fastest. */
export const SCALING_FACTOR = 8;
/**
 * Surpluses the sink may send back, per need, before an extra price update. Many returns mean a deficit
 * sits at a priced provider nobody bids for, which a global update steers surpluses to in one pass; an
 * update per n relabels (as in CS2) measured slower, each update being a pass over all arcs.
 */
const SINK_RETURNS_PER_UPDATE = 0.25;

/**
 * Goldberg's cost scaling (push–relabel with ε-scaling: FIFO order, global price updates, double pushes
 * and auction-style relabels) run only until ε reaches `epsilonEnd`. It leaves a feasible flow and
 * potentials close to optimal, cheaply, because each step looks only at one node's own arcs. It is a warm
 * start: exactness comes from the shortest-path phase that follows, so this code only has to be fast.
 */
export function scaleCosts(flow: PseudoFlow, epsilonEnd: number, maxScore: number): { phases: number; pushes: number } {
  const refiner = new Refiner(flow);
  let phases = 0;
  for (let eps = maxScore / SCALING_FACTOR; eps >= epsilonEnd && eps > 0; eps /= SCALING_FACTOR) {
    restoreOptimality(flow, eps);
    refiner.refine(eps);
    phases += 1;
  }
  return { phases, pushes: refiner.pushes };
}

/**
 * One refine at a time. Discharge is split by node type into small methods and no closures are made per
 * call, so V8 optimises each once and keeps it.
 */
class Refiner {
  pushes = 0;
  private eps = 1;
  private readonly queue: Int32Array;
  private readonly isQueued: Uint8Array;
  private head = 0;
  private tail = 0;
  private readonly candidates: NeedCandidates;
  private readonly sinkArcs: SinkArcs;
  private readonly levels: LevelSearch;
  private sinkReturns = 0;

  constructor(private readonly flow: PseudoFlow) {
    this.queue = new Int32Array(flow.nodeCount + 1);
    this.isQueued = new Uint8Array(flow.nodeCount);
    this.candidates = new NeedCandidates(flow);
    this.sinkArcs = new SinkArcs(flow);
    this.levels = new LevelSearch(flow.nodeCount);
  }

  /** Restores feasibility within ε-optimality: discharges every surplus in FIFO order. */
  refine(eps: number): void {
    const flow = this.flow;
    const { providerBase, groupBase, sink, nodeCount } = flow;
    this.eps = eps;
    this.candidates.startPhase();
    this.head = this.tail = 0;
    for (let v = 0; v < nodeCount; v++) this.enqueue(v);
    this.updatePrices();
    while (this.head !== this.tail) {
      const v = this.queue[this.head]!;
      this.head = this.head === nodeCount ? 0 : this.head + 1;
      this.isQueued[v] = 0;
      if (v < providerBase) this.dischargeNeed(v);
      else if (v < groupBase) this.dischargeProvider(v);
      else if (v < sink) this.dischargeGroup(v);
      else this.dischargeSink();
      if (this.sinkReturns > SINK_RETURNS_PER_UPDATE * flow.N) this.updatePrices();
    }
  }

  private updatePrices(): void {
    updatePrices(this.flow, this.eps, this.levels);
    this.sinkReturns = 0;
    this.sinkArcs.rebuild();
  }

  private enqueue(v: number): void {
    if (this.isQueued[v] || this.flow.excess[v]! <= 0) return;
    this.isQueued[v] = 1;
    this.queue[this.tail] = v;
    this.tail = this.tail === this.flow.nodeCount ? 0 : this.tail + 1;
  }

  /**
   * Relabel rule shared by all nodes: at least enough to make the best arc admissible (−ε); when the push
   * fills that arc, as far as the second-best arc allows, like an auction bid. ε-optimality holds because
   * the best arc then leaves the residual graph and every other arc ends at −ε or above. Potentials only
   * ever fall here, which the candidate lists and the sink's heap rely on.
   */
  private relabel(v: number, bestRc: number, secondRc: number, isSaturating: boolean): void {
    const pot = this.flow.pot;
    const pv = pot[v]!;
    let next = bestRc >= 0 ? pv - bestRc - this.eps : pv;
    if (isSaturating && secondRc < Infinity && pv - secondRc - this.eps < next) next = pv - secondRc - this.eps;
    if (next >= pv) return;
    pot[v] = next;
    this.sinkArcs.note(v);
  }

  private dischargeNeed(v: number): void {
    const flow = this.flow;
    const { pot, excess, providerBase, sink } = flow;
    const arcProvider = flow.net.arcProvider;
    const candidates = this.candidates;
    while (excess[v]! > 0) {
      const best = candidates.pick(v);
      const pv = pot[v]!;
      this.relabel(v, pv + candidates.bestKey, pv + candidates.secondKey, true);
      this.pushes += 1;
      if (best === DUMMY) {
        flow.setDummy(v, true);
        this.sinkArcs.note(v);
        this.enqueue(sink);
      } else {
        flow.setArc(best, true);
        // double push (Goldberg–Kennedy): the provider passes the unit on at once, so the next bidder
        // already sees its new price instead of bidding on a stale one
        this.dischargeProvider(providerBase + arcProvider[best]!);
      }
    }
  }

  private dischargeProvider(v: number): void {
    const flow = this.flow;
    const { pot, excess, providerBase, outFlow, outNode, provArcStart, provFlowCount, provArcScore, provArcNeed } = flow;
    const providerCap = flow.net.providerCap;
    const p = v - providerBase;
    while (excess[v]! > 0) {
      const pv = pot[v]!;
      const ex = excess[v]!;
      const room = providerCap[p]! - outFlow[p]!;
      let bestRc = room > 0 ? pv - pot[outNode[p]!]! : Infinity;
      let secondRc = Infinity;
      let isSaturating = ex >= room;
      let best = -1;
      for (let i = provArcStart[p]!, end = i + provFlowCount[p]!; i < end; i++) {
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
        this.sinkArcs.note(v);
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
      const room = groupCap[g]! - groupFlow[g]!;
      let bestRc = room > 0 ? pv - pot[sink]! : Infinity;
      let secondRc = Infinity;
      let isSaturating = ex >= room;
      let best = -1;
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
        this.sinkArcs.note(v);
        this.enqueue(sink);
      }
    }
  }

  /** The sink has a surplus only while deficits remain elsewhere; it sends units back the cheapest way. */
  private dischargeSink(): void {
    const flow = this.flow;
    const { pot, excess, providerBase, groupBase, sink, outFlow, groupFlow } = flow;
    while (excess[sink]! > 0) {
      const u = this.sinkArcs.best();
      if (u < 0) throw new Error('matching: the sink has a surplus and no residual arc');
      const second = this.sinkArcs.runnerUp(u);
      const ex = excess[sink]!;
      const room = u < providerBase ? 1 : u < groupBase ? outFlow[u - providerBase]! : groupFlow[u - groupBase]!;
      this.relabel(sink, pot[sink]! - pot[u]!, second < 0 ? Infinity : pot[sink]! - pot[second]!, ex >= room);
      this.pushes += 1;
      this.sinkReturns += 1;
      if (u < providerBase) flow.setDummy(u, false);
      else if (u < groupBase) flow.addOut(u - providerBase, -Math.min(ex, room));
      else flow.addGroup(u - groupBase, -Math.min(ex, room));
      this.enqueue(u);
    }
  }
}
