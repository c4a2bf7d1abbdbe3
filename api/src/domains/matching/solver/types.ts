/** A need waiting for a provider; fields other than `id` are carried but ignored by the solver. */
export interface MatchingNeed {
  id: string;
}

/** A provider taking part in the batch; `group` is the organisation whose cap it counts against. */
export interface MatchingProvider {
  id: string;
  capacity: number;
  group?: string | null;
}

/** An organisation-level cap (资源限流): at most `cap` needs over all its providers together. */
export interface MatchingGroup {
  id: string;
  cap: number;
}

/** A candidate pair with its match score; only pairs listed here may be assigned. */
export interface MatchingEdge {
  need: string;
  provider: string;
  score: number;
}

/** The standalone solver's input, exactly the JSON documented in docs/matching.md. */
export interface MatchingInstance {
  needs: readonly MatchingNeed[];
  providers: readonly MatchingProvider[];
  groups?: readonly MatchingGroup[];
  edges: readonly MatchingEdge[];
}

/** A need–provider pair named by ids, used for pins and forbids. */
export interface PairRef {
  need: string;
  provider: string;
}

/** Re-solve controls from the fair's UI: pinned pairs must be assigned, forbidden pairs must not. */
export interface SolveOptions {
  pinned?: readonly PairRef[];
  forbidden?: readonly PairRef[];
}

/** Why a need is left without a provider, checked in this order. */
export type UnmatchedReason =
  /** the instance lists no edge for the need */
  | 'NO_EDGES'
  /** every edge of the need is forbidden */
  | 'FORBIDDEN'
  /** every allowed edge has score ≤ 0, and such edges are never worth choosing */
  | 'NO_POSITIVE_SCORE'
  /** a provider it could use has room but that provider's organisation has reached its cap */
  | 'GROUP_CAP'
  /** every provider it could use is full */
  | 'CAPACITY';

export interface Assignment {
  need: string;
  provider: string;
  score: number;
  /** present and true when the pair was pinned by the caller */
  pinned?: true;
}

export interface UnmatchedNeed {
  need: string;
  reason: UnmatchedReason;
}

/** Deterministic counts describing the solve (no timings, so equal inputs give equal outputs). */
export interface MatchingStats {
  needs: number;
  providers: number;
  groups: number;
  edges: number;
  /** edges the optimiser could use after dropping non-positive, forbidden, pinned-need and full-provider edges */
  usableEdges: number;
  matched: number;
  pinned: number;
  /** cost-scaling phases run before the exact phase (0 on small instances) */
  phases: number;
  /** shortest-path searches the exact phase needed */
  searches: number;
  /**
   * The optimality proof, re-checked after every solve: the most negative reduced cost of any residual
   * arc under the final potentials. Exact arithmetic would give ≥ 0; floating point gives about −1e−15.
   */
  worstReducedCost: number;
}

/** The solver's answer; `assignments` and `unmatched` are sorted by need id. */
export interface MatchingResult {
  objective: number;
  assignments: Assignment[];
  unmatched: UnmatchedNeed[];
  stats: MatchingStats;
}
