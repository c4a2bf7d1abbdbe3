import loadHighs, { type Highs } from 'highs';
import type { MatchingInstance, SolveOptions } from '../solver/types.js';

let runtime: Promise<Highs> | undefined;

/** Loads the HiGHS WebAssembly runtime once per process. */
export function getHighs(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

export interface OracleAnswer {
  status: 'optimal' | 'infeasible' | 'time-limit' | 'other';
  objective: number;
  /** seconds spent inside HiGHS (model load and run), not counting building the arrays */
  seconds: number;
}

/**
 * The matching instance as an LP for HiGHS, built straight from the raw JSON with its own maps so that it
 * shares no code with the solver under test: one column per edge with bounds [0,1] (pinned [1,1],
 * forbidden [0,0]), one row per need (≤ 1), per provider (≤ capacity) and per group (≤ cap); maximise
 * Σ score·x. The constraint matrix is a network matrix, so the LP optimum is the integer optimum.
 * A pin on a pair that is not an edge, or that is also forbidden, is infeasible by definition.
 */
export function solveWithHighs(highs: Highs, instance: MatchingInstance, options: SolveOptions = {}, timeLimitSeconds = 600): OracleAnswer {
  const needRow = new Map(instance.needs.map((n, k) => [n.id, k]));
  const providerRow = new Map(instance.providers.map((p, k) => [p.id, instance.needs.length + k]));
  const groups = instance.groups ?? [];
  const groupRow = new Map(groups.map((g, k) => [g.id, instance.needs.length + instance.providers.length + k]));
  const groupOf = new Map(instance.providers.map((p) => [p.id, p.group ? groupRow.get(p.group) : undefined]));
  const key = (need: string, provider: string): string => `${need}\u0000${provider}`;
  const pinned = new Set((options.pinned ?? []).map((p) => key(p.need, p.provider)));
  const forbidden = new Set((options.forbidden ?? []).map((p) => key(p.need, p.provider)));
  const edgeKeys = new Set(instance.edges.map((e) => key(e.need, e.provider)));
  for (const pin of pinned) {
    if (!edgeKeys.has(pin) || forbidden.has(pin)) return { status: 'infeasible', objective: NaN, seconds: 0 };
  }

  const numCols = instance.edges.length;
  const numRows = instance.needs.length + instance.providers.length + groups.length;
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols);
  const starts = new Int32Array(numCols + 1);
  const indices = new Int32Array(numCols * 3);
  let nz = 0;
  instance.edges.forEach((e, j) => {
    const k = key(e.need, e.provider);
    colCost[j] = e.score;
    colLower[j] = pinned.has(k) ? 1 : 0;
    colUpper[j] = forbidden.has(k) ? 0 : 1;
    indices[nz++] = needRow.get(e.need)!;
    indices[nz++] = providerRow.get(e.provider)!;
    const g = groupOf.get(e.provider);
    if (g !== undefined) indices[nz++] = g;
    starts[j + 1] = nz;
  });
  const rowUpper = new Float64Array(numRows);
  rowUpper.fill(1, 0, instance.needs.length);
  instance.providers.forEach((p, k) => (rowUpper[instance.needs.length + k] = p.capacity));
  groups.forEach((g, k) => (rowUpper[instance.needs.length + instance.providers.length + k] = g.cap));

  const started = performance.now();
  const model = highs.createModel({
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower,
    colUpper,
    rowLower: new Float64Array(numRows).fill(-highs.infinity),
    rowUpper,
    matrix: { format: 'csc', numRows, numCols, starts, indices: indices.subarray(0, nz), values: new Float64Array(nz).fill(1) },
  });
  try {
    model.options.set({ output_flag: false, time_limit: timeLimitSeconds });
    const { modelStatus } = model.run();
    const codes = highs.constants.modelStatus;
    const status =
      modelStatus === codes.optimal || modelStatus === codes.empty ? 'optimal'
      : modelStatus === codes.infeasible ? 'infeasible'
      : modelStatus === codes.timeLimit ? 'time-limit'
      : 'other';
    const objective = status === 'optimal' ? model.getObjectiveValue() : NaN;
    return { status, objective, seconds: (performance.now() - started) / 1000 };
  } finally {
    model.dispose();
  }
}
