import type { FlowNetwork } from './network.js';

/**
 * A pseudoflow on source-less network need → provider → group → sink (+ need → sink "stay unmatched"),
 * with node potentials. Every need with a usable arc supplies one unit; the sink demands all of them.
 * Excess may sit anywhere while an algorithm runs; `excess[v] > 0` is surplus, `< 0` is deficit.
 *
 * Nodes: needs 0..N-1, providers N..N+P-1, binding groups N+P..N+P+G-1, sink N+P+G.
 * Reduced cost of a residual arc u→v with cost c: c + pot[u] - pot[v]. Need→provider arcs cost −score,
 * every other arc costs 0; a reverse arc costs minus its forward arc.
 */
export class PseudoFlow {
  readonly N: number;
  readonly P: number;
  readonly G: number;
  readonly providerBase: number;
  readonly groupBase: number;
  readonly sink: number;
  readonly nodeCount: number;
  readonly pot: Float64Array;
  readonly excess: Int32Array;
  /** need of each arc */
  readonly arcNeed: Int32Array;
  readonly arcFlow: Uint8Array;
  /** the one arc carrying each need's unit, or -1 (a need never sends more than its one unit) */
  readonly needFlowArc: Int32Array;
  readonly dummyFlow: Uint8Array;
  /** flow on provider → (its group, or the sink when no group binds it) */
  readonly outFlow: Int32Array;
  /** flow on group → sink */
  readonly groupFlow: Int32Array;
  /** node each provider's outgoing arc reaches */
  readonly outNode: Int32Array;
  /** arcs into each provider, flow-carrying ones first: provArcs[provArcStart[p] .. + provFlowCount[p]) */
  readonly provArcStart: Int32Array;
  readonly provArcs: Int32Array;
  /** need and score of provArcs[i], stored alongside so provider scans read memory in order */
  readonly provArcNeed: Int32Array;
  readonly provArcScore: Float64Array;
  readonly provFlowCount: Int32Array;
  private readonly provPos: Int32Array;
  /** needs whose unit goes straight to the sink, so the sink can find its reverse arcs without a scan */
  readonly dummyNeeds: Int32Array;
  dummyCount = 0;
  private readonly dummyPos: Int32Array;

  constructor(readonly net: FlowNetwork) {
    const N = (this.N = net.needCount);
    const P = (this.P = net.providerCount);
    const G = (this.G = net.groupCount);
    this.providerBase = N;
    this.groupBase = N + P;
    this.sink = N + P + G;
    this.nodeCount = this.sink + 1;
    this.pot = new Float64Array(this.nodeCount);
    this.excess = new Int32Array(this.nodeCount);
    const arcCount = net.arcProvider.length;
    this.arcNeed = new Int32Array(arcCount);
    for (let i = 0; i < N; i++) {
      const first = net.needArcStart[i]!;
      const end = net.needArcStart[i + 1]!;
      this.arcNeed.fill(i, first, end);
      if (end > first) {
        this.excess[i] = 1;
        this.excess[this.sink]! -= 1;
      }
    }
    this.arcFlow = new Uint8Array(arcCount);
    this.needFlowArc = new Int32Array(N).fill(-1);
    this.dummyFlow = new Uint8Array(N);
    this.outFlow = new Int32Array(P);
    this.groupFlow = new Int32Array(G);
    this.outNode = new Int32Array(P);
    for (let p = 0; p < P; p++) {
      const g = net.providerGroup[p]!;
      this.outNode[p] = g < 0 ? this.sink : this.groupBase + g;
    }
    this.provArcStart = new Int32Array(P + 1);
    for (let a = 0; a < arcCount; a++) this.provArcStart[net.arcProvider[a]! + 1]! += 1;
    for (let p = 0; p < P; p++) this.provArcStart[p + 1]! += this.provArcStart[p]!;
    this.provArcs = new Int32Array(arcCount);
    this.provArcNeed = new Int32Array(arcCount);
    this.provArcScore = new Float64Array(arcCount);
    this.provPos = new Int32Array(arcCount);
    const fill = this.provArcStart.slice(0, P);
    for (let a = 0; a < arcCount; a++) {
      const at = fill[net.arcProvider[a]!]!++;
      this.provArcs[at] = a;
      this.provArcNeed[at] = this.arcNeed[a]!;
      this.provArcScore[at] = net.arcScore[a]!;
      this.provPos[a] = at;
    }
    this.provFlowCount = new Int32Array(P);
    this.dummyNeeds = new Int32Array(N);
    this.dummyPos = new Int32Array(N);
  }

  /** Sets the flow (0 or 1) on need arc `a`, moving units between its need and provider. */
  setArc(a: number, on: boolean): void {
    if ((this.arcFlow[a] === 1) === on) return;
    const p = this.net.arcProvider[a]!;
    const k = this.arcNeed[a]!;
    const start = this.provArcStart[p]!;
    const boundary = start + this.provFlowCount[p]! - (on ? 0 : 1);
    const at = this.provPos[a]!;
    if (at !== boundary) {
      const other = this.provArcs[boundary]!;
      const { provArcs, provArcNeed, provArcScore } = this;
      provArcs[at] = other;
      provArcNeed[at] = provArcNeed[boundary]!;
      provArcScore[at] = provArcScore[boundary]!;
      this.provPos[other] = at;
      provArcs[boundary] = a;
      provArcNeed[boundary] = k;
      provArcScore[boundary] = this.net.arcScore[a]!;
      this.provPos[a] = boundary;
    }
    this.provFlowCount[p]! += on ? 1 : -1;
    this.arcFlow[a] = on ? 1 : 0;
    this.needFlowArc[k] = on ? a : -1;
    const d = on ? 1 : -1;
    this.excess[k]! -= d;
    this.excess[this.providerBase + p]! += d;
  }

  /** Sets the flow (0 or 1) on need k's "stay unmatched" arc to the sink. */
  setDummy(k: number, on: boolean): void {
    if ((this.dummyFlow[k] === 1) === on) return;
    if (on) {
      this.dummyPos[k] = this.dummyCount;
      this.dummyNeeds[this.dummyCount++] = k;
    } else {
      const last = this.dummyNeeds[--this.dummyCount]!;
      this.dummyNeeds[this.dummyPos[k]!] = last;
      this.dummyPos[last] = this.dummyPos[k]!;
    }
    this.dummyFlow[k] = on ? 1 : 0;
    const d = on ? 1 : -1;
    this.excess[k]! -= d;
    this.excess[this.sink]! += d;
  }

  /** Adds `amount` (may be negative) to provider p's outgoing flow. */
  addOut(p: number, amount: number): void {
    this.outFlow[p]! += amount;
    this.excess[this.providerBase + p]! -= amount;
    this.excess[this.outNode[p]!]! += amount;
  }

  /** Adds `amount` (may be negative) to group g's flow into the sink. */
  addGroup(g: number, amount: number): void {
    this.groupFlow[g]! += amount;
    this.excess[this.groupBase + g]! -= amount;
    this.excess[this.sink]! += amount;
  }
}
