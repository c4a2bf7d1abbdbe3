import { LazyMaxHeap } from './lazy-max-heap.js';
import type { PseudoFlow } from './pseudo-flow.js';

/**
 * The sink's residual arcs lead back to every node sending it flow (every unmatched need, every group), and
 * the cheapest is the one to the node of highest potential. A lazy max-heap keyed by potential finds it in
 * a logarithm instead of a scan of all needs; every potential change of a node feeding the sink is noted,
 * and entries whose node no longer feeds the sink, or whose key is stale, are dropped when they surface.
 */
export class SinkArcs {
  private readonly heap = new LazyMaxHeap();

  constructor(private readonly flow: PseudoFlow) {}

  feedsSink(u: number): boolean {
    const flow = this.flow;
    if (u < flow.providerBase) return flow.dummyFlow[u] === 1;
    if (u < flow.groupBase) return flow.outFlow[u - flow.providerBase]! > 0 && flow.outNode[u - flow.providerBase] === flow.sink;
    return u < flow.sink && flow.groupFlow[u - flow.groupBase]! > 0;
  }

  /** feedsSink() written out per node type: this runs after every price update, often still unoptimised. */
  rebuild(): void {
    const { heap } = this;
    const { pot, dummyFlow, outFlow, outNode, groupFlow, N, P, G, providerBase, groupBase, sink } = this.flow;
    heap.clear();
    for (let k = 0; k < N; k++) if (dummyFlow[k] === 1) heap.push(pot[k]!, k);
    for (let p = 0; p < P; p++) if (outFlow[p]! > 0 && outNode[p] === sink) heap.push(pot[providerBase + p]!, providerBase + p);
    for (let g = 0; g < G; g++) if (groupFlow[g]! > 0) heap.push(pot[groupBase + g]!, groupBase + g);
  }

  /** Records u's current potential if u feeds the sink; call after it starts to, or its potential falls. */
  note(u: number): void {
    if (this.feedsSink(u)) this.heap.push(this.flow.pot[u]!, u);
  }

  /** The node behind the sink's cheapest residual arc, or -1. */
  best(): number {
    const { heap } = this;
    const pot = this.flow.pot;
    while (heap.size > 0) {
      const u = heap.topNode();
      if (this.feedsSink(u) && pot[u] === heap.topKey()) return u;
      heap.pop();
    }
    return -1;
  }

  /** The node behind the second-cheapest arc, given best() returned `best`: lift it, look, put it back. */
  runnerUp(best: number): number {
    this.heap.pop();
    const second = this.best();
    this.heap.push(this.flow.pot[best]!, best);
    return second;
  }
}
