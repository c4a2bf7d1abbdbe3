// One measurement in a fresh process, so peak memory belongs to this size alone:
//   node --import tsx bench/registry/child.ts <rows> [seed]   prints one line "RESULT {json}".
import { evaluate } from './evaluate.js';
import { generateTables } from './generate.js';

export interface ChildResult {
  rows: number;
  entities: number;
  clusters: number;
  seconds: number;
  /** User + system CPU seconds of the whole child (generation included): the one-core cost, whatever the load. */
  cpuSeconds: number;
  generateSeconds: number;
  peakRssMiB: number;
  rssBeforeMiB: number;
  pairs: number;
  precision: number;
  recall: number;
  f1: number;
  bcubedF1: number;
  review: number;
  reviewShare: number;
}

function main(): void {
  const target = Number(process.argv[2] ?? 20000);
  const seed = Number(process.argv[3] ?? 7);
  const rssBeforeMiB = process.memoryUsage().rss / 2 ** 20;
  const ds = generateTables(target, seed);
  // tables are generated one at a time while the engine reads them (as the CLI reads files one by one);
  // the seconds spent generating are measured and taken out of the merge time
  const timing = { generating: 0 };
  const started = performance.now();
  const ev = evaluate(ds.tables, (stage, done, total) => {
    if (done === total) console.error(`  ${stage} ${total.toLocaleString('en-US')} at ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, timing);
  const generateSeconds = timing.generating;
  const seconds = (performance.now() - started) / 1000 - generateSeconds;
  const out: ChildResult = {
    rows: ev.resolution.stats.rows, entities: ds.entities, clusters: ev.resolution.clusters, seconds, cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6, generateSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024, rssBeforeMiB, pairs: ev.resolution.stats.pairs,
    precision: ev.metrics.precision, recall: ev.metrics.recall, f1: ev.metrics.f1, bcubedF1: ev.metrics.bcubedF1,
    review: ev.resolution.review.length, reviewShare: ev.reviewShare,
  };
  console.log(`RESULT ${JSON.stringify(out)}`);
}

main();
