import type { PseudoFlow } from './pseudo-flow.js';

/** What the final flow and potentials prove: balance everywhere, and how negative any reduced cost is. */
export interface OptimalityCertificate {
  /** nodes whose inflow and outflow (with supply or demand) differ; 0 for a feasible flow */
  unbalancedNodes: number;
  /** the most negative reduced cost of a residual arc, or 0; a min-cost flow has none below 0 */
  worstReducedCost: number;
}

/**
 * Recomputes the optimality conditions from scratch: a feasible flow with potentials under which no
 * residual arc has negative reduced cost is a minimum-cost flow (the LP dual is feasible and complementary
 * slackness holds). Tests assert worstReducedCost ≥ −1e−9·maxScore; it costs one pass over the arcs.
 */
export function checkOptimality(flow: PseudoFlow): OptimalityCertificate {
  const { N, P, G, pot, excess, providerBase, groupBase, sink, net, arcFlow, outFlow, outNode, groupFlow } = flow;
  const { needArcStart, arcProvider, arcScore, providerCap, groupCap } = net;
  let unbalancedNodes = 0;
  for (let v = 0; v < flow.nodeCount; v++) if (excess[v] !== 0) unbalancedNodes += 1;
  // plain loops without a helper closure: this runs once per solve, often before V8 has optimised it
  let worst = 0;
  for (let k = 0; k < N; k++) {
    const first = needArcStart[k]!;
    const end = needArcStart[k + 1]!;
    if (first === end) continue;
    const pk = pot[k]!;
    for (let a = first; a < end; a++) {
      const rc = pk - arcScore[a]! - pot[providerBase + arcProvider[a]!]!;
      const seen = arcFlow[a] ? -rc : rc;
      if (seen < worst) worst = seen;
    }
    const rc = pk - pot[sink]!;
    const seen = flow.dummyFlow[k] ? -rc : rc;
    if (seen < worst) worst = seen;
  }
  for (let p = 0; p < P; p++) {
    const rc = pot[providerBase + p]! - pot[outNode[p]!]!;
    if (outFlow[p]! < providerCap[p]! && rc < worst) worst = rc;
    if (outFlow[p]! > 0 && -rc < worst) worst = -rc;
  }
  for (let g = 0; g < G; g++) {
    const rc = pot[groupBase + g]! - pot[sink]!;
    if (groupFlow[g]! < groupCap[g]! && rc < worst) worst = rc;
    if (groupFlow[g]! > 0 && -rc < worst) worst = -rc;
  }
  return { unbalancedNodes, worstReducedCost: worst };
}
