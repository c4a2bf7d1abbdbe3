/**
 * Quality of a clustering against known truth: pairwise precision/recall/F1 (over all record pairs placed
 * together) and B-cubed F1 (per record, the overlap of its predicted and true clusters).
 */

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
  bcubedPrecision: number;
  bcubedRecall: number;
  bcubedF1: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
}

const pairsOf = (n: number): number => (n * (n - 1)) / 2;
const f = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** `predicted[i]` and `truth[i]` are the cluster labels of record i. */
export function clusterMetrics(predicted: ArrayLike<number | string>, truth: ArrayLike<number | string>): Metrics {
  const n = predicted.length;
  const cell = new Map<string, number>();
  const pred = new Map<string, number>();
  const gold = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const p = String(predicted[i]!);
    const g = String(truth[i]!);
    pred.set(p, (pred.get(p) ?? 0) + 1);
    gold.set(g, (gold.get(g) ?? 0) + 1);
    const k = `${p}\u0000${g}`;
    cell.set(k, (cell.get(k) ?? 0) + 1);
  }
  let correctPairs = 0;
  for (const c of cell.values()) correctPairs += pairsOf(c);
  let predictedPairs = 0;
  for (const c of pred.values()) predictedPairs += pairsOf(c);
  let truePairs = 0;
  for (const c of gold.values()) truePairs += pairsOf(c);
  // B-cubed: each record in cell (p,g) has precision |cell|/|p| and recall |cell|/|g|
  let bp = 0;
  let br = 0;
  for (const [k, c] of cell) {
    const [p, g] = k.split('\u0000') as [string, string];
    const pSize = pred.get(p)!;
    const gSize = gold.get(g)!;
    bp += (c * c) / pSize;
    br += (c * c) / gSize;
  }
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const bcubedPrecision = n === 0 ? 1 : bp / n;
  const bcubedRecall = n === 0 ? 1 : br / n;
  return { precision, recall, f1: f(precision, recall), bcubedPrecision, bcubedRecall, bcubedF1: f(bcubedPrecision, bcubedRecall), truePairs, predictedPairs, correctPairs };
}
