// One measurement in a fresh process, so peak memory and JIT warm-up belong to that engine alone:
//   node --import tsx bench/matching/child.ts <banner|city> <wushe|highs> [highsTimeLimitSeconds]
// prints one line "RESULT {json}".
import { solveMatching } from '../../api/src/domains/matching/index.js';
import { getHighs, solveWithHighs } from '../../api/src/domains/matching/testing/highs-oracle.js';
import { BANNER_FAIR, CITY_QUARTER, generateCityInstance } from './generate.js';

export interface ChildResult {
  engine: 'wushe' | 'highs';
  status: 'optimal' | 'time-limit' | 'infeasible' | 'other';
  seconds: number;
  objective: number;
  edges: number;
  /** resident set after the instance was built, before solving, in MiB */
  rssBeforeMiB: number;
  /** peak resident set of the whole process, in MiB */
  peakRssMiB: number;
  detail?: string;
}

async function main(): Promise<void> {
  const [scenario, engine, limit] = process.argv.slice(2);
  const spec = scenario === 'city' ? CITY_QUARTER : BANNER_FAIR;
  const instance = generateCityInstance(spec);
  const highs = engine === 'highs' ? await getHighs() : undefined;
  const rssBeforeMiB = process.memoryUsage().rss / 2 ** 20;
  let result: Omit<ChildResult, 'rssBeforeMiB' | 'peakRssMiB' | 'edges'>;
  if (highs) {
    const started = performance.now();
    try {
      const answer = solveWithHighs(highs, instance, {}, Number(limit ?? 300));
      result = { engine: 'highs', status: answer.status, seconds: answer.seconds, objective: answer.objective };
    } catch (error) {
      // the WebAssembly build aborts when its heap (2 GB) is exhausted; say so instead of crashing
      const seconds = (performance.now() - started) / 1000;
      const heap = `${Math.round(highs.memoryBytes / 2 ** 20)} MiB WebAssembly heap`;
      result = { engine: 'highs', status: 'other', seconds, objective: NaN, detail: `aborted after ${seconds.toFixed(0)} s at ${heap} (${String(error).split('.')[0]})` };
    }
  } else {
    const started = performance.now();
    const answer = solveMatching(instance);
    const seconds = (performance.now() - started) / 1000;
    const detail = `${answer.stats.phases} scaling phases, ${answer.stats.searches} exact searches, worst reduced cost ${answer.stats.worstReducedCost.toExponential(1)}`;
    result = { engine: 'wushe', status: 'optimal', seconds, objective: answer.objective, detail };
  }
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  const out: ChildResult = { ...result, edges: instance.edges.length, rssBeforeMiB, peakRssMiB };
  console.log(`RESULT ${JSON.stringify(out)}`);
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
