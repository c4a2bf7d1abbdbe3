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
  let worst = 0;
  const see = (rc: number): void => {
    if (rc < worst) worst = rc;
  };
  for (let k = 0; k < N; k++) {
    if (needArcStart[k + 1] === needArcStart[k]) continue;
    for (let a = needArcStart[k]!; a < needArcStart[k + 1]!; a++) {
      const rc = -arcScore[a]! + pot[k]! - pot[providerBase + arcProvider[a]!]!;
      see(arcFlow[a] ? -rc : rc);
    }
    const rc = pot[k]! - pot[sink]!;
    see(flow.dummyFlow[k] ? -rc : rc);
  }
  for (let p = 0; p < P; p++) {
    const rc = pot[providerBase + p]! - pot[outNode[p]!]!;
    if (outFlow[p]! < providerCap[p]!) see(rc);
    if (outFlow[p]! > 0) see(-rc);
  }
  for (let g = 0; g < G; g++) {
    const rc = pot[groupBase + g]! - pot[sink]!;
    if (groupFlow[g]! < groupCap[g]!) see(rc);
    if (groupFlow[g]! > 0) see(-rc);
  }
  return { unbalancedNodes, worstReducedCost: worst };
}
