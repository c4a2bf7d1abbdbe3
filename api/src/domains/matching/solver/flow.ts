import { checkOptimality } from './certificate.js';
import { scaleCosts } from './cost-scaling.js';
import type { FlowNetwork } from './network.js';
import { primingNetwork } from './prime.js';
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
  /** most negative reduced cost left on a residual arc (≈ −1e−15: rounding), the optimality proof */
  worstReducedCost: number;
  /** the final flow and potentials, kept so tests can inspect them */
  state: PseudoFlow;
}

export interface FlowTuning {
  /**
   * Cost scaling stops once ε falls below maxScore × this; the exact phase then repairs what is left.
   * 0 skips cost scaling entirely (plain successive shortest paths).
   */
  relativeEpsilon?: number;
}

/** Below this many arcs plain successive shortest paths is already fast, so cost scaling is skipped. */
const SCALING_THRESHOLD_ARCS = 20_000;
/** Measured on the generated fairs: coarser leaves the exact phase long searches, finer costs phases. */
const DEFAULT_RELATIVE_EPSILON = 1e-6;
/** Whether this process has solved the priming network yet (see prime.ts). */
let isPrimed = false;
/** A reduced cost below −this × maxScore would mean a bug, not rounding (which is ~1e−15). */
const CERTIFICATE_TOLERANCE = 1e-9;

/**
 * Min-cost flow on need → provider → group → sink with cost −score: cost scaling for a near-optimal warm
 * start, then exact successive shortest paths, then an independent check of the optimality conditions
 * (a failed check throws rather than return a flow that is not proven optimal).
 */
export function solveFlow(net: FlowNetwork, tuning: FlowTuning = {}): FlowSolution {
  const relative = tuning.relativeEpsilon ?? (net.arcScore.length < SCALING_THRESHOLD_ARCS ? 0 : DEFAULT_RELATIVE_EPSILON);
  if (relative > 0 && !isPrimed) {
    isPrimed = true;
    solveFlow(primingNetwork(), { relativeEpsilon: DEFAULT_RELATIVE_EPSILON });
  }
  const flow = new PseudoFlow(net);
  // an indexed loop, not for…of: it runs once, unoptimised, and a typed-array iterator is slow there
  const { arcScore } = net;
  let maxScore = 0;
  for (let a = 0; a < arcScore.length; a++) if (arcScore[a]! > maxScore) maxScore = arcScore[a]!;
  const phases = relative > 0 ? scaleCosts(flow, maxScore * relative, maxScore).phases : 0;
  const searches = finishShortestPaths(flow);

  const certificate = checkOptimality(flow);
  if (certificate.unbalancedNodes > 0 || certificate.worstReducedCost < -CERTIFICATE_TOLERANCE * maxScore) {
    throw new Error(`matching: optimality check failed (${JSON.stringify(certificate)})`);
  }

  const needArc = new Int32Array(net.needCount).fill(-1);
  for (let p = 0; p < net.providerCount; p++) {
    const start = flow.provArcStart[p]!;
    for (let i = start, end = start + flow.provFlowCount[p]!; i < end; i++) needArc[flow.provArcNeed[i]!] = flow.provArcs[i]!;
  }
  return { needArc, providerLoad: flow.provFlowCount, phases, searches, worstReducedCost: certificate.worstReducedCost, state: flow };
}
