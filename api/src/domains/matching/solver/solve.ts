import { explainUnmatched, finalLoads } from './explain.js';
import { solveFlow, type FlowTuning } from './flow.js';
import { buildFlowNetwork } from './network.js';
import { resolvePins } from './pins.js';
import type { Assignment, MatchingInstance, MatchingResult, SolveOptions, UnmatchedNeed } from './types.js';
import { validateInstance } from './validate.js';

/**
 * Assigns needs to providers maximising the total score under provider capacities, group caps, pins and
 * forbids — the exact optimum (see docs/matching.md). The instance is checked at run time, so parsed JSON
 * may be passed as is; a bad instance or impossible pins throw MatchingInputError.
 */
export function solveMatching(instance: MatchingInstance, options?: SolveOptions): MatchingResult {
  return solveMatchingTuned(instance, options, {});
}

/** solveMatching with the engine's tuning exposed, so tests can force each path through it. */
export function solveMatchingTuned(instance: MatchingInstance, options: SolveOptions | undefined, tuning: FlowTuning): MatchingResult {
  const indexed = validateInstance(instance);
  const pins = resolvePins(indexed, options);
  const network = buildFlowNetwork(indexed, pins);
  const flow = solveFlow(network, tuning);
  const loads = finalLoads(indexed, pins, flow);

  const { edgeProvider, edgeScore } = indexed.edges;
  const assignments: Assignment[] = [];
  const unmatched: UnmatchedNeed[] = [];
  const total = new CompensatedSum();
  for (let i = 0; i < indexed.needIds.length; i++) {
    const need = indexed.needIds[i]!;
    const pinnedEdge = pins.pinnedEdge[i]!;
    const arc = flow.needArc[i]!;
    const edge = pinnedEdge >= 0 ? pinnedEdge : arc >= 0 ? network.arcEdge[arc]! : -1;
    if (edge < 0) {
      unmatched.push({ need, reason: explainUnmatched(indexed, pins, loads, i) });
      continue;
    }
    const score = edgeScore[edge]!;
    total.add(score);
    const assignment: Assignment = { need, provider: indexed.providerIds[edgeProvider[edge]!]!, score };
    if (pinnedEdge >= 0) assignment.pinned = true;
    assignments.push(assignment);
  }

  return {
    objective: total.value(),
    assignments,
    unmatched,
    stats: {
      needs: indexed.needIds.length,
      providers: indexed.providerIds.length,
      groups: indexed.groupIds.length,
      edges: edgeScore.length,
      usableEdges: network.arcScore.length,
      matched: assignments.length,
      pinned: pins.pinnedCount,
      phases: flow.phases,
      searches: flow.searches,
      worstReducedCost: flow.worstReducedCost,
    },
  };
}

/** Neumaier summation: the reported objective is the chosen scores' sum to within an ulp or two, in any order. */
class CompensatedSum {
  private sum = 0;
  private carry = 0;

  add(x: number): void {
    const t = this.sum + x;
    this.carry += Math.abs(this.sum) >= Math.abs(x) ? this.sum - t + x : x - t + this.sum;
    this.sum = t;
  }

  value(): number {
    return this.sum + this.carry;
  }
}
