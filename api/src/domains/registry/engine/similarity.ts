/** String distances on short Chinese names (code points, not UTF-16 units). */

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[y.length]!;
}

/** Jaro–Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length === 0 || y.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(x.length, y.length) / 2) - 1);
  const mx = new Array<boolean>(x.length).fill(false);
  const my = new Array<boolean>(y.length).fill(false);
  let matches = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(y.length, i + window + 1); j++) {
      if (!my[j] && x[i] === y[j]) { mx[i] = my[j] = true; matches++; break; }
    }
  }
  if (matches === 0) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < x.length; i++) {
    if (!mx[i]) continue;
    while (!my[k]) k++;
    if (x[i] !== y[k]) t++;
    k++;
  }
  const jaro = (matches / x.length + matches / y.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && x[prefix] !== undefined && x[prefix] === y[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
