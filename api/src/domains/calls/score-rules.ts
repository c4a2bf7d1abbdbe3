/**
 * 承榜 score aggregation. Each panellist gives every criterion 0–100; a panellist's total for a bid is the
 * weight-averaged score (weights sum to 100). A bid's result is the mean of its panellists' totals, leaving
 * out panellists who declared a conflict. Because some panellists score harshly and others generously, the
 * z-score option first standardises each panellist's totals over the bids they scored (population standard
 * deviation), then averages those; both are shown side by side (ADR 0012).
 */
export interface Review {
  panellistId: string;
  bidId: string;
  /** Null when the panellist declared a conflict of interest for this bid. */
  scores: Record<string, number> | null;
}

export interface Aggregate {
  bidId: string;
  panellists: number;
  conflicts: number;
  weightedMean: number | null;
  zMean: number | null;
  rankWeighted: number | null;
  rankZ: number | null;
}

/** Σ weight·score / 100; null when a criterion is not scored. */
export function weightedTotal(scores: Record<string, number>, criteria: readonly { key: string; weight: number }[]): number | null {
  let sum = 0;
  for (const c of criteria) {
    const s = scores[c.key];
    if (s === undefined) return null;
    sum += c.weight * s;
  }
  return sum / 100;
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
/**
 * A panellist's total in exact integer units of 1/10 000 point (weights are integers, scores have at most two
 * decimals), so the mean can be rounded half-up on its true decimal value: 88.825 → 88.83, where floating point
 * would hold 88.82499… and round down.
 */
const exactTotal = (scores: Record<string, number>, criteria: readonly { key: string; weight: number }[]) => criteria.reduce((s, c) => s + c.weight * Math.round(scores[c.key]! * 100), 0);

/** Aggregates reviews for the given bids; results rounded to 2 (weighted) and 3 (z) decimals. */
export function aggregateScores(bidIds: readonly string[], reviews: readonly Review[], criteria: readonly { key: string; weight: number }[]): Aggregate[] {
  const totals = new Map<string, { panellistId: string; total: number; exact: number }[]>();
  const conflicts = new Map<string, number>();
  const byPanellist = new Map<string, { bidId: string; total: number }[]>();
  for (const r of reviews) {
    if (!bidIds.includes(r.bidId)) continue;
    if (r.scores === null) { conflicts.set(r.bidId, (conflicts.get(r.bidId) ?? 0) + 1); continue; }
    const total = weightedTotal(r.scores, criteria);
    if (total === null) continue;
    totals.set(r.bidId, [...(totals.get(r.bidId) ?? []), { panellistId: r.panellistId, total, exact: exactTotal(r.scores, criteria) }]);
    byPanellist.set(r.panellistId, [...(byPanellist.get(r.panellistId) ?? []), { bidId: r.bidId, total }]);
  }
  const z = new Map<string, number>();
  for (const [p, list] of byPanellist) {
    const mean = list.reduce((s, x) => s + x.total, 0) / list.length;
    const sd = Math.sqrt(list.reduce((s, x) => s + (x.total - mean) ** 2, 0) / list.length);
    // One bid, or all bids scored alike: this panellist expresses no preference, so every z is 0.
    for (const x of list) z.set(`${p}|${x.bidId}`, sd === 0 ? 0 : (x.total - mean) / sd);
  }
  const rows: Aggregate[] = bidIds.map((bidId) => {
    const list = totals.get(bidId) ?? [];
    // Σ exact / n is in 1/10 000 point; dividing by 100 more gives hundredths, rounded half-up, then points.
    const wm = list.length ? Math.round(list.reduce((s, x) => s + x.exact, 0) / (list.length * 100)) / 100 : null;
    const zm = list.length ? list.reduce((s, x) => s + z.get(`${x.panellistId}|${bidId}`)!, 0) / list.length : null;
    return { bidId, panellists: list.length, conflicts: conflicts.get(bidId) ?? 0, weightedMean: wm, zMean: zm === null ? null : round(zm, 3), rankWeighted: null, rankZ: null };
  });
  rankBy(rows, 'weightedMean', 'rankWeighted');
  rankBy(rows, 'zMean', 'rankZ');
  return rows;
}

/** Competition ranking (1, 2, 2, 4) on the rounded values; unscored bids stay unranked. */
function rankBy(rows: Aggregate[], key: 'weightedMean' | 'zMean', into: 'rankWeighted' | 'rankZ') {
  const scored = rows.filter((r) => r[key] !== null).sort((a, b) => b[key]! - a[key]!);
  scored.forEach((r, i) => { r[into] = i > 0 && scored[i - 1]![key] === r[key] ? scored[i - 1]![into] : i + 1; });
}
