import type { Highs } from 'highs';
import { AppError } from '@wushe/common';
import { IssueList } from '../solver/errors.js';
import type { Assignment, MatchingEdge, MatchingInstance, PairRef, SolveOptions, UnmatchedReason } from '../solver/types.js';
import { validateInstance } from '../solver/validate.js';

/**
 * Batch matching with a money cap per organisation (资源限流 in ¥: at most k awards AND at most ¥X).
 * A knapsack row per organisation breaks the network structure the flow solver relies on, so this is a 0/1
 * integer programme solved to proven optimality by HiGHS (branch and bound, relative and absolute gap 0):
 *   max Σ score·x  s.t.  Σ_e∋need x ≤ 1,  Σ_e∋provider x ≤ capacity,  Σ_e∈group x ≤ cap,  Σ_e∈group amount·x ≤ capFen.
 * Pinned pairs are taken out of the model and their use subtracted from the right-hand sides; forbidden pairs,
 * edges with score ≤ 0 and the other edges of a pinned need never become columns. See ADR 0016 for the limits.
 */

export interface PricedEdge extends MatchingEdge {
  /** What the pair counts against its organisation's money cap, in fen (integer ≥ 0). */
  amountFen: number;
}

export interface MoneyCappedInstance extends MatchingInstance {
  edges: readonly PricedEdge[];
  /** At most `capFen` fen over all needs awarded to the group's providers. */
  moneyCaps: readonly { group: string; capFen: number }[];
}

export type MoneyUnmatchedReason = UnmatchedReason | 'MONEY_CAP';

export interface MoneyCappedResult {
  objective: number;
  assignments: (Assignment & { amountFen: number })[];
  /** `groups`: for MONEY_CAP, the groups whose money cap is what stops the need. */
  unmatched: { need: string; reason: MoneyUnmatchedReason; groups: string[] }[];
  stats: { columns: number; rows: number };
}

/**
 * The largest model solved exactly on the API's request path, measured in ADR 0016 (HiGHS WASM on a loaded
 * 2-core machine): 2,000 needs × 60 organisations with 23,250 columns proved optimal in 7.7 s, 30,000 columns in
 * ~7 s, but 55,500 columns took 25 s. Solve time grows faster than the column count, so larger fairs are refused
 * (with the reason) rather than left to time out.
 */
export const MAX_MILP_COLUMNS = 30_000;
/** A guard for pathological cases below the size limit; the fair is refused (never answered sub-optimally). */
export const MILP_TIME_LIMIT_SECONDS = 30;

const key = (need: string, provider: string) => `${need}\u0000${provider}`;

export function solveWithMoneyCaps(highs: Highs, instance: MoneyCappedInstance, options: SolveOptions = {}): MoneyCappedResult {
  const indexed = validateInstance(instance);
  const issues = new IssueList();
  instance.edges.forEach((e, i) => {
    if (!Number.isInteger(e.amountFen) || e.amountFen < 0) issues.add(`edges[${i}].amountFen`, 'amount must be an integer ≥ 0 (fen)', '金额须为非负整数（分）');
  });
  const moneyCap = new Map<string, number>();
  instance.moneyCaps.forEach((m, i) => {
    if (!indexed.groupIds.includes(m.group)) issues.add(`moneyCaps[${i}].group`, `group "${m.group}" is not in groups`, `组织 "${m.group}" 不在 groups 中`);
    else if (!Number.isInteger(m.capFen) || m.capFen < 0) issues.add(`moneyCaps[${i}].capFen`, 'cap must be an integer ≥ 0 (fen)', '金额上限须为非负整数（分）');
    else moneyCap.set(m.group, m.capFen);
  });
  issues.throwIfAny('INVALID_INSTANCE');

  const providerOf = new Map(instance.providers.map((p) => [p.id, p]));
  const groupOf = (provider: string) => providerOf.get(provider)!.group ?? null;
  const countCap = new Map((instance.groups ?? []).map((g) => [g.id, g.cap]));
  const edgeByPair = new Map(instance.edges.map((e) => [key(e.need, e.provider), e]));
  const forbidden = new Set((options.forbidden ?? []).map((p) => key(p.need, p.provider)));

  // Pins: each must be an edge, not forbidden, one per need, and all together within every limit.
  const pinnedEdge = new Map<string, PricedEdge>();
  const used = { provider: new Map<string, number>(), group: new Map<string, number>(), money: new Map<string, number>() };
  const bump = (m: Map<string, number>, k: string, by: number) => m.set(k, (m.get(k) ?? 0) + by);
  (options.pinned ?? []).forEach((p: PairRef, i) => {
    const path = `pinned[${i}]`;
    const e = edgeByPair.get(key(p.need, p.provider));
    if (!e) return issues.add(path, `need "${p.need}" and provider "${p.provider}" have no edge`, `需求 "${p.need}" 与提供方 "${p.provider}" 之间没有候选边`);
    if (forbidden.has(key(p.need, p.provider))) return issues.add(path, 'the pair is also forbidden', '该配对同时被禁止');
    const current = pinnedEdge.get(p.need);
    if (current === e) return;
    if (current) return issues.add(path, `need "${p.need}" is already pinned to "${current.provider}"`, `需求 "${p.need}" 已锁定给 "${current.provider}"`);
    pinnedEdge.set(p.need, e);
    bump(used.provider, e.provider, 1);
    const g = groupOf(e.provider);
    if (g) { bump(used.group, g, 1); bump(used.money, g, e.amountFen); }
  });
  for (const [p, n] of used.provider) if (n > providerOf.get(p)!.capacity) issues.add('pinned', `provider "${p}" is pinned ${n} needs over its capacity`, `提供方 "${p}" 锁定${n}项，超出容量`);
  for (const [g, n] of used.group) if (countCap.has(g) && n > countCap.get(g)!) issues.add('pinned', `group "${g}" is pinned ${n} needs over its cap`, `组织 "${g}" 锁定${n}项，超出限流上限`);
  for (const [g, fen] of used.money) if (moneyCap.has(g) && fen > moneyCap.get(g)!) issues.add('pinned', `group "${g}" is pinned ${fen} fen over its money cap`, `组织 "${g}" 锁定金额${fen}分，超出金额上限`);
  issues.throwIfAny('INFEASIBLE_PINS');

  const columns = instance.edges.filter((e) => !pinnedEdge.has(e.need) && !forbidden.has(key(e.need, e.provider)) && e.score > 0);
  if (columns.length > MAX_MILP_COLUMNS) {
    throw new AppError('MATCHING_FAIR_TOO_LARGE', [{
      path: 'moneyCaps',
      message: `设置金额限流（moneyCaps）后需精确求解整数规划，本次候选组合${columns.length}个，超过上限${MAX_MILP_COLUMNS}个（实测更大规模无法在请求时间内证明最优）；请减少需求或参会组织、提高匹配度下限，或分批举办`,
    }]);
  }
  const { chosen, rows } = columns.length
    ? runMilp(highs, columns, { countCap, moneyCap, used, groupOf, capacity: (p) => providerOf.get(p)!.capacity })
    : { chosen: new Set<number>(), rows: 0 };

  const assignments: MoneyCappedResult['assignments'] = [];
  const load = { provider: new Map(used.provider), group: new Map(used.group), money: new Map(used.money) };
  const picked = new Map<string, PricedEdge>(pinnedEdge);
  for (const j of chosen) {
    const e = columns[j]!;
    picked.set(e.need, e);
    bump(load.provider, e.provider, 1);
    const g = groupOf(e.provider);
    if (g) { bump(load.group, g, 1); bump(load.money, g, e.amountFen); }
  }
  const unmatched: MoneyCappedResult['unmatched'] = [];
  let objective = 0;
  const edgesOf = new Map<string, PricedEdge[]>();
  for (const e of instance.edges) {
    const list = edgesOf.get(e.need);
    if (list) list.push(e);
    else edgesOf.set(e.need, [e]);
  }
  for (const n of [...instance.needs].map((x) => x.id).sort()) {
    const e = picked.get(n);
    if (e) {
      objective += e.score;
      assignments.push({ need: n, provider: e.provider, score: e.score, amountFen: e.amountFen, ...(pinnedEdge.has(n) ? { pinned: true as const } : {}) });
      continue;
    }
    unmatched.push(explain(edgesOf.get(n) ?? [], n, forbidden, load, providerOf, countCap, moneyCap, groupOf));
  }
  return { objective, assignments, unmatched, stats: { columns: columns.length, rows } };
}

interface Limits {
  countCap: Map<string, number>;
  moneyCap: Map<string, number>;
  used: { provider: Map<string, number>; group: Map<string, number>; money: Map<string, number> };
  groupOf: (provider: string) => string | null;
  capacity: (provider: string) => number;
}

/** Builds the column-wise model and returns the indices of the columns HiGHS sets to 1 at the proven optimum. */
function runMilp(highs: Highs, columns: PricedEdge[], l: Limits): { chosen: Set<number>; rows: number } {
  const rowOf = new Map<string, number>();
  const rowUpper: number[] = [];
  const addRow = (k: string, upper: number) => { rowOf.set(k, rowUpper.length); rowUpper.push(Math.max(0, upper)); };
  for (const n of new Set(columns.map((e) => e.need))) addRow(`n:${n}`, 1);
  for (const p of new Set(columns.map((e) => e.provider))) addRow(`p:${p}`, l.capacity(p) - (l.used.provider.get(p) ?? 0));
  const groups = new Set(columns.flatMap((e) => l.groupOf(e.provider) ?? []));
  for (const g of groups) {
    if (l.countCap.has(g)) addRow(`g:${g}`, l.countCap.get(g)! - (l.used.group.get(g) ?? 0));
    if (l.moneyCap.has(g)) addRow(`m:${g}`, l.moneyCap.get(g)! - (l.used.money.get(g) ?? 0));
  }
  const starts = new Int32Array(columns.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  columns.forEach((e, j) => {
    const g = l.groupOf(e.provider);
    const entries: [string, number][] = [[`n:${e.need}`, 1], [`p:${e.provider}`, 1]];
    if (g && rowOf.has(`g:${g}`)) entries.push([`g:${g}`, 1]);
    if (g && rowOf.has(`m:${g}`) && e.amountFen > 0) entries.push([`m:${g}`, e.amountFen]);
    entries.sort((a, b) => rowOf.get(a[0])! - rowOf.get(b[0])!);
    for (const [k, v] of entries) { indices.push(rowOf.get(k)!); values.push(v); }
    starts[j + 1] = indices.length;
  });
  const numRows = rowUpper.length;
  const numCols = columns.length;
  const model = highs.createModel({
    numCols, numRows, sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(columns, (e) => e.score), colLower: new Float64Array(numCols), colUpper: new Float64Array(numCols).fill(1),
    rowLower: new Float64Array(numRows).fill(-highs.infinity), rowUpper: Float64Array.from(rowUpper),
    matrix: { format: 'csc', numRows, numCols, starts, indices: Int32Array.from(indices), values: Float64Array.from(values) },
    integrality: new Int32Array(numCols).fill(1),
  });
  try {
    model.options.set({ output_flag: false, time_limit: MILP_TIME_LIMIT_SECONDS, mip_rel_gap: 0, mip_abs_gap: 1e-9 });
    const { modelStatus } = model.run();
    const codes = highs.constants.modelStatus;
    if (modelStatus !== codes.optimal) {
      throw new AppError('MATCHING_FAIR_TOO_LARGE', [{
        path: 'moneyCaps', message: `金额限流（moneyCaps）求解未能在${MILP_TIME_LIMIT_SECONDS}秒内证明最优（候选组合${numCols}个）；请减少需求或参会组织、提高匹配度下限，或分批举办`,
      }]);
    }
    const x = model.getSolution().colValue;
    const out = new Set<number>();
    for (let j = 0; j < numCols; j++) if (x[j]! > 0.5) out.add(j);
    return { chosen: out, rows: numRows };
  } finally {
    model.dispose();
  }
}

/**
 * Why a need stayed unmatched. At the proven optimum each allowed positive edge is blocked by its provider's
 * capacity, its group's count cap or its group's money cap (else taking it would raise the total); the reason
 * names the limit that binds: the money cap when some edge is stopped by money alone.
 */
function explain(
  edges: PricedEdge[], need: string, forbidden: Set<string>, load: Limits['used'], providerOf: Map<string, { capacity: number }>,
  countCap: Map<string, number>, moneyCap: Map<string, number>, groupOf: (p: string) => string | null,
): MoneyCappedResult['unmatched'][number] {
  if (!edges.length) return { need, reason: 'NO_EDGES', groups: [] };
  const allowed = edges.filter((e) => !forbidden.has(key(e.need, e.provider)));
  if (!allowed.length) return { need, reason: 'FORBIDDEN', groups: [] };
  const positive = allowed.filter((e) => e.score > 0);
  if (!positive.length) return { need, reason: 'NO_POSITIVE_SCORE', groups: [] };
  const money = new Set<string>();
  let countBound = false;
  for (const e of positive) {
    if ((load.provider.get(e.provider) ?? 0) >= providerOf.get(e.provider)!.capacity) continue;
    const g = groupOf(e.provider);
    if (g && countCap.has(g) && (load.group.get(g) ?? 0) >= countCap.get(g)!) { countBound = true; continue; }
    if (g && moneyCap.has(g) && (load.money.get(g) ?? 0) + e.amountFen > moneyCap.get(g)!) money.add(g);
  }
  if (money.size) return { need, reason: 'MONEY_CAP', groups: [...money].sort() };
  return { need, reason: countBound ? 'GROUP_CAP' : 'CAPACITY', groups: [] };
}
