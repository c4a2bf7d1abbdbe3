/** Runs the engine on a generated dataset and scores it against the truth (shared by the bench and its test). */
import ordos from '../../api/src/domains/regions/data/ordos-150600.json' with { type: 'json' };
import { buildRegionIndex, clusterMetrics, mapTable, Resolver, type Metrics, type Progress, type RegionNode, type Resolution } from '../../api/src/domains/registry/engine/index.js';
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
  truth: Int32Array;
  reviewShare: number;
}

/**
 * Streams the tables into the engine one at a time: each is mapped, its rows normalised, and then dropped, as
 * the CLI does with files. `generating` (optional) collects the seconds spent producing tables, so the bench can
 * report merge time without generation.
 */
export function evaluate(tables: Iterable<GeneratedTable>, onProgress?: Progress, timing?: { generating: number }): Evaluation {
  const resolver = new Resolver({ index: ordosIndex(), onProgress });
  let truth = new Int32Array(1 << 16);
  const it = tables[Symbol.iterator]();
  for (;;) {
    const t0 = performance.now();
    const next = it.next();
    if (timing) timing.generating += (performance.now() - t0) / 1000;
    if (next.done) break;
    const t = next.value;
    const mapped = mapTable(t.file, t.department, sheetOf(t));
    for (const r of mapped.rows) {
      const i = resolver.add(r);
      if (i === truth.length) { const grown = new Int32Array(truth.length * 2); grown.set(truth); truth = grown; }
      truth[i] = t.truth[r.row - 1]!;
    }
  }
  const resolution = resolver.resolve();
  const labels = truth.subarray(0, resolver.size);
  const metrics = clusterMetrics(resolution.clusterOf, labels);
  return { resolution, metrics, truth: labels, reviewShare: resolution.review.length / Math.max(1, resolution.clusters) };
}
