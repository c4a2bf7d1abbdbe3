/** Runs the engine on a generated dataset and scores it against the truth (shared by the bench and its test). */
import ordos from '../../api/src/domains/regions/data/ordos-150600.json' with { type: 'json' };
import { buildRegionIndex, clusterMetrics, mapTable, resolveRows, type Metrics, type Progress, type RegionNode, type Resolution, type SourceRow } from '../../api/src/domains/registry/engine/index.js';
import type { GeneratedTable } from './generate.js';

export function ordosIndex() {
  const nodes: RegionNode[] = (ordos as unknown as [string, string | null, string, number][]).map(([code, parentCode, name, level]) => ({ code, parentCode, name, level }));
  return buildRegionIndex(nodes);
}

/** The sheet as a reader would see it: title rows, the header, then data. */
export function sheetOf(t: GeneratedTable): string[][] {
  return [...t.titleRows.map((r) => [r]), t.headers, ...t.rows];
}

export interface Evaluation {
  resolution: Resolution;
  metrics: Metrics;
  truth: number[];
  reviewShare: number;
}

export function evaluate(tables: GeneratedTable[], onProgress?: Progress): Evaluation {
  const rows: SourceRow[] = [];
  const truth: number[] = [];
  for (const t of tables) {
    const mapped = mapTable(t.file, t.department, sheetOf(t));
    for (const r of mapped.rows) { rows.push(r); truth.push(t.truth[r.row - 1]!); }
  }
  const resolution = resolveRows(rows, { index: ordosIndex(), onProgress });
  const metrics = clusterMetrics(resolution.clusterOf, truth);
  return { resolution, metrics, truth, reviewShare: resolution.review.length / Math.max(1, resolution.clusters) };
}
