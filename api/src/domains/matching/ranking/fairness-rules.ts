/**
 * How evenly awards spread over the organisations taking part (资源限流 should keep it from flooding a few).
 * Pure; the fair's panel shows both numbers before and after the cap.
 */

/** Gini coefficient of non-negative counts: 0 when everyone has the same, → 1 when one takes all. */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const sum = values.reduce((s, v) => s + v, 0);
  if (n === 0 || sum === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  // G = Σ (2i − n − 1)·x_i / (n · Σx), i = 1..n over ascending values.
  const weighted = sorted.reduce((s, v, i) => s + (2 * (i + 1) - n - 1) * v, 0);
  return weighted / (n * sum);
}

/** Share of the total taken by the top `fraction` of participants (at least one participant), 0 when nothing awarded. */
export function topShare(values: readonly number[], fraction = 0.1): number {
  const sum = values.reduce((s, v) => s + v, 0);
  if (!values.length || sum === 0) return 0;
  const k = Math.max(1, Math.ceil(values.length * fraction));
  const top = [...values].sort((a, b) => b - a).slice(0, k).reduce((s, v) => s + v, 0);
  return top / sum;
}
