import type { PseudoFlow } from './pseudo-flow.js';

/** The need's "stay unmatched" arc, in candidate lists. */
export const DUMMY = -1;
const NONE = -2;
const SLOTS = 3;

/**
 * A need's bid needs its cheapest and second-cheapest residual arcs. Scanning all ~50 arcs every time a
 * need is outbid is the single largest cost of cost scaling, so each need keeps its three cheapest arcs by
 * key (reduced cost minus the need's own potential; "stay unmatched" included) and the fourth-cheapest key
 * as a floor under all the others. Within a phase potentials only fall, so keys only rise: while the best
 * candidate is still at or below the floor it is the true best, and the floor is a valid stand-in for the
 * second best (a lower bound makes the relabel smaller, never wrong). Most re-bids then cost three look-ups.
 */
export class NeedCandidates {
  /** after pick(): the chosen arc's key and a lower bound on every other residual arc's key */
  bestKey = 0;
  secondKey = 0;
  private readonly arcs: Int32Array;
  private readonly floor: Float64Array;
  private readonly epochOf: Int32Array;
  private epoch = 0;

  constructor(private readonly flow: PseudoFlow) {
    this.arcs = new Int32Array(flow.N * SLOTS);
    this.floor = new Float64Array(flow.N);
    this.epochOf = new Int32Array(flow.N).fill(-1);
  }

  /** Forgets every list: between phases potentials may rise, so old keys are no longer lower bounds. */
  startPhase(): void {
    this.epoch += 1;
  }

  /** The cheapest residual arc of need v (or DUMMY), with bestKey and secondKey set. */
  pick(v: number): number {
    if (this.epochOf[v] === this.epoch) {
      const arc = this.pickCached(v);
      if (arc !== NONE) return arc;
    }
    this.scan(v);
    const arc = this.pickCached(v);
    if (arc === NONE) throw new Error(`matching: need ${v} has a surplus and no residual arc`);
    return arc;
  }

  private pickCached(v: number): number {
    const { pot, providerBase, sink, arcFlow } = this.flow;
    const { arcProvider, arcScore } = this.flow.net;
    let bestKey = Infinity;
    let secondKey = Infinity;
    let best = NONE;
    for (let c = v * SLOTS, end = c + SLOTS; c < end; c++) {
      const a = this.arcs[c]!;
      let key: number;
      if (a >= 0) {
        if (arcFlow[a]) continue;
        key = -arcScore[a]! - pot[providerBase + arcProvider[a]!]!;
      } else if (a === DUMMY) {
        if (this.flow.dummyFlow[v]) continue;
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
    const floor = this.floor[v]!;
    if (best === NONE || bestKey > floor) return NONE;
    this.bestKey = bestKey;
    this.secondKey = floor < secondKey ? floor : secondKey;
    return best;
  }

  /** Recomputes need v's three cheapest arcs and the floor under the rest, residual or not. */
  private scan(v: number): void {
    const { pot, providerBase, sink } = this.flow;
    const { needArcStart, arcProvider, arcScore } = this.flow.net;
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
      if (key >= k3) {
        k4 = key;
        continue;
      }
      k4 = k3;
      if (key >= k2) {
        k3 = key;
        a3 = a;
        continue;
      }
      k3 = k2;
      a3 = a2;
      if (key >= k1) {
        k2 = key;
        a2 = a;
        continue;
      }
      k2 = k1;
      a2 = a1;
      k1 = key;
      a1 = a;
    }
    const at = v * SLOTS;
    this.arcs[at] = a1;
    this.arcs[at + 1] = a2;
    this.arcs[at + 2] = a3;
    this.floor[v] = k4;
    this.epochOf[v] = this.epoch;
  }
}
