import type { PseudoFlow } from './pseudo-flow.js';

/** Levels beyond this are not searched; capping there keeps ε-optimality (see below), only less steering. */
const MAX_LEVEL = 1 << 16;

/**
 * Goldberg's global price update for an ε-optimal pseudoflow: every node learns how many ε-relabels stand
 * between it and the nearest deficit (arc length ⌊rc/ε⌋+1, admissible arcs 0) and takes them all at once,
 * so surpluses then walk straight to deficits instead of bidding their way there. ε-optimality is kept:
 * for any residual arc, rc' = rc + ε(d(w) − d(v)) ≥ rc − ε⌊rc/ε⌋ − ε ≥ −ε; capping d at the level where
 * the last surplus was reached keeps the inequality. Levels are integers, so a bucket queue (Dial) does the
 * search in O(arcs + levels), searching backwards from the deficits and stopping once every surplus is reached.
 */
export function updatePrices(flow: PseudoFlow, eps: number, search: LevelSearch): void {
  const { N, P, G, pot, excess, providerBase, groupBase, sink, nodeCount, net, needFlowArc, outFlow, outNode, groupFlow } = flow;
  const { needArcStart, arcProvider, arcScore, providerCap, groupCap, groupMemberStart, groupMembers } = net;
  const { provArcStart, provFlowCount, provArcNeed, provArcScore } = flow;
  search.reset(eps);
  const { level, isDone } = search;
  const inverse = 1 / eps;
  let surplusLeft = 0;
  for (let v = 0; v < nodeCount; v++) {
    if (excess[v]! < 0) search.offer(v, 0);
    else if (excess[v]! > 0) surplusLeft += 1;
  }

  let top = 0;
  for (let l = 0; l <= MAX_LEVEL && surplusLeft > 0 && search.pending > 0; l++) {
    top = l;
    for (let w = search.take(l); w >= 0; w = search.take(l)) {
      if (excess[w]! > 0) surplusLeft -= 1;
      const pw = pot[w]!;
      // every residual arc v → w offers v the level l + ⌊rc(v,w)/ε⌋ + 1
      if (w < providerBase) {
        const a = needFlowArc[w]!;
        if (a >= 0) search.reach(providerBase + arcProvider[a]!, arcScore[a]! + pot[providerBase + arcProvider[a]!]! - pw, l);
        if (flow.dummyFlow[w]) search.reach(sink, pot[sink]! - pw, l);
      } else if (w < groupBase) {
        const p = w - providerBase;
        // the hot loop (every arc not carrying flow, each update): reach() written out, so it runs fast even
        // before V8 has optimised and inlined it; steps use ε's reciprocal, which may round a step count up
        // by one at an exact multiple of ε: that costs at most an ulp of ε-optimality, which refine and the
        // exact phase's restore both tolerate (only the final slack-0 restore and searches decide optimality)
        for (let i = provArcStart[p]! + provFlowCount[p]!, end = provArcStart[p + 1]!; i < end; i++) {
          const k = provArcNeed[i]!;
          if (isDone[k]) continue;
          const rc = pot[k]! - provArcScore[i]! - pw;
          const to = rc < 0 ? l : l + Math.floor(rc * inverse) + 1;
          if (to < level[k]!) search.offer(k, to);
        }
        if (outFlow[p]! > 0) search.reach(outNode[p]!, pot[outNode[p]!]! - pw, l);
      } else if (w < sink) {
        const g = w - groupBase;
        for (let m = groupMemberStart[g]!, end = groupMemberStart[g + 1]!; m < end; m++) {
          const p = groupMembers[m]!;
          if (outFlow[p]! < providerCap[p]!) search.reach(providerBase + p, pot[providerBase + p]! - pw, l);
        }
        if (groupFlow[g]! > 0) search.reach(sink, pot[sink]! - pw, l);
      } else {
        for (let k = 0; k < N; k++) {
          if (!flow.dummyFlow[k] && needArcStart[k + 1]! > needArcStart[k]!) search.reach(k, pot[k]! - pw, l);
        }
        for (let p = 0; p < P; p++) {
          if (outNode[p] === sink && outFlow[p]! < providerCap[p]!) search.reach(providerBase + p, pot[providerBase + p]! - pw, l);
        }
        for (let g = 0; g < G; g++) if (groupFlow[g]! < groupCap[g]!) search.reach(groupBase + g, pot[groupBase + g]! - pw, l);
      }
    }
  }
  for (let v = 0; v < nodeCount; v++) {
    const steps = search.isDone[v] ? level[v]! : top;
    if (steps > 0) pot[v] = pot[v]! - eps * steps;
  }
}

/**
 * Reusable bucket queue over integer levels, with lazy deletion: a node improved to a lower level is
 * simply filed again there, and stale entries are skipped when their bucket is emptied.
 */
export class LevelSearch {
  readonly level: Int32Array;
  readonly isDone: Uint8Array;
  private readonly bucketHead: Int32Array;
  private entryNode: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;
  private eps = 1;
  /** entries filed and not yet taken */
  pending = 0;

  constructor(nodeCount: number) {
    this.level = new Int32Array(nodeCount);
    this.isDone = new Uint8Array(nodeCount);
    this.bucketHead = new Int32Array(MAX_LEVEL + 1);
    this.entryNode = new Int32Array(nodeCount * 4);
    this.entryNext = new Int32Array(nodeCount * 4);
  }

  reset(eps: number): void {
    this.eps = eps;
    this.level.fill(0x7fffffff);
    this.isDone.fill(0);
    this.bucketHead.fill(-1);
    this.entries = 0;
    this.pending = 0;
  }

  /** Offers node v the level `base` plus the ε-steps of an arc of reduced cost rc into a settled node. */
  reach(v: number, rc: number, base: number): void {
    if (this.isDone[v]) return;
    const steps = rc < 0 ? 0 : Math.floor(rc / this.eps) + 1;
    this.offer(v, steps > MAX_LEVEL ? MAX_LEVEL + 1 : base + steps);
  }

  offer(v: number, l: number): void {
    if (l > MAX_LEVEL || l >= this.level[v]!) return;
    this.level[v] = l;
    if (this.entries === this.entryNode.length) this.grow();
    this.entryNode[this.entries] = v;
    this.entryNext[this.entries] = this.bucketHead[l]!;
    this.bucketHead[l] = this.entries++;
    this.pending += 1;
  }

  /** Next node settled at level l, or -1 when the bucket is empty. */
  take(l: number): number {
    for (let e = this.bucketHead[l]!; e >= 0; e = this.bucketHead[l]!) {
      this.bucketHead[l] = this.entryNext[e]!;
      this.pending -= 1;
      const v = this.entryNode[e]!;
      if (this.isDone[v] || this.level[v] !== l) continue;
      this.isDone[v] = 1;
      return v;
    }
    return -1;
  }

  private grow(): void {
    const node = new Int32Array(this.entryNode.length * 2);
    node.set(this.entryNode);
    const next = new Int32Array(this.entryNext.length * 2);
    next.set(this.entryNext);
    this.entryNode = node;
    this.entryNext = next;
  }
}
