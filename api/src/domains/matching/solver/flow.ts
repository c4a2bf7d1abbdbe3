import { scaleCosts } from './cost-scaling.js';
import type { FlowNetwork } from './network.js';
import { PseudoFlow } from './pseudo-flow.js';
import { finishShortestPaths } from './shortest-paths.js';

/** The optimal flow read back as choices: which arc each need uses and how many needs each provider serves. */
export interface FlowSolution {
  /** arc used by each need, -1 when it stays unmatched */
  needArc: Int32Array;
  providerLoad: Int32Array;
  /** ε-scaling phases run, and shortest-path searches needed to finish exactly */
  phases: number;
  searches: number;
  /** the final flow and potentials, kept so tests can check the optimality certificate */
  state: PseudoFlow;
}

export interface FlowTuning {
  /**
   * Cost scaling stops once ε falls below maxScore × this; the exact phase then repairs what is left.
   * 0 skips cost scaling entirely (plain successive shortest paths, fine for small instances).
   */
  relativeEpsilon?: number;
}

/** Below this many arcs plain successive shortest paths is already fast, so cost scaling is skipped. */
const SCALING_THRESHOLD_ARCS = 20_000;
const DEFAULT_RELATIVE_EPSILON = 1e-4;

/**
 * Min-cost flow on need → provider → group → sink with cost −score: cost scaling for a near-optimal warm
 * start, then exact successive shortest paths. See docs/matching.md for why both, and the measurements.
 */
export function solveFlow(net: FlowNetwork, tuning: FlowTuning = {}): FlowSolution {
  const flow = new PseudoFlow(net);
  const relative = tuning.relativeEpsilon ?? (net.arcScore.length < SCALING_THRESHOLD_ARCS ? 0 : DEFAULT_RELATIVE_EPSILON);
  let phases = 0;
  if (relative > 0) {
    let maxScore = 0;
    for (const s of net.arcScore) if (s > maxScore) maxScore = s;
    phases = scaleCosts(flow, maxScore * relative).phases;
  }
  const t0 = performance.now(); const searches = finishShortestPaths(flow); if (process.env.MATCH_DEBUG) console.log('finish', searches, (performance.now() - t0).toFixed(0));

  const needArc = new Int32Array(net.needCount).fill(-1);
  for (let p = 0; p < net.providerCount; p++) {
    const start = flow.provArcStart[p]!;
    for (let i = start, end = start + flow.provFlowCount[p]!; i < end; i++) {
      const a = flow.provArcs[i]!;
      needArc[flow.arcNeed[a]!] = a;
    }
  }
  return { needArc, providerLoad: flow.provFlowCount, phases, searches, state: flow };
}
