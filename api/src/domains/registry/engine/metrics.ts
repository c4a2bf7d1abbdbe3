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
  // labels → dense numbers, so a province's million records count in numeric maps (no string per record)
  const dense = (labels: ArrayLike<number | string>): { ids: Int32Array; count: number } => {
    const ids = new Int32Array(n);
    const seen = new Map<number | string, number>();
    for (let i = 0; i < n; i++) {
      const l = labels[i]!;
      let id = seen.get(l);
      if (id === undefined) seen.set(l, (id = seen.size));
      ids[i] = id;
    }
    return { ids, count: seen.size };
  };
  const p = dense(predicted);
  const g = dense(truth);
  const pred = new Float64Array(p.count);
  const gold = new Float64Array(g.count);
  const cell = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const x = p.ids[i]!;
    const y = g.ids[i]!;
    pred[x]!++;
    gold[y]!++;
    const k = x * g.count + y;
    cell.set(k, (cell.get(k) ?? 0) + 1);
  }
  let correctPairs = 0;
  for (const c of cell.values()) correctPairs += pairsOf(c);
  let predictedPairs = 0;
  for (const c of pred) predictedPairs += pairsOf(c);
  let truePairs = 0;
  for (const c of gold) truePairs += pairsOf(c);
  // B-cubed: each record in cell (p,g) has precision |cell|/|p| and recall |cell|/|g|
  let bp = 0;
  let br = 0;
  for (const [k, c] of cell) {
    const x = Math.floor(k / g.count);
    const y = k - x * g.count;
    bp += (c * c) / pred[x]!;
    br += (c * c) / gold[y]!;
  }
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const bcubedPrecision = n === 0 ? 1 : bp / n;
  const bcubedRecall = n === 0 ? 1 : br / n;
  return { precision, recall, f1: f(precision, recall), bcubedPrecision, bcubedRecall, bcubedF1: f(bcubedPrecision, bcubedRecall), truePairs, predictedPairs, correctPairs };
}
