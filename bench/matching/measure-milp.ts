/**
 * Measures the money-capped fair solve (HiGHS MILP) on generated fair-shaped instances, for ADR 0016:
 * `npx tsx bench/matching/measure-milp.ts`. Each need is in one of 8 categories and links to the
 * organisations working in it (~`perNeed` edges); amounts are menu prices ¥0–¥500; every organisation has a count
 * cap and a money cap set to about 60% of what it would take uncapped, so the money rows bind.
 */
import { solveMatching } from '../../api/src/domains/matching/solver/solve.js';
import { seededRandom } from '../../api/src/domains/matching/testing/random-instance.js';
import { highsRuntime } from '../../api/src/domains/matching/money/highs-runtime.js';
import { solveWithMoneyCaps, type MoneyCappedInstance } from '../../api/src/domains/matching/money/money-cap.js';

function fairInstance(needs: number, orgs: number, perNeed: number, seed: number): MoneyCappedInstance {
  const random = seededRandom(seed);
  const cat = (i: number) => i % 8;
  const providers = Array.from({ length: orgs }, (_, i) => ({ id: `o${i}`, capacity: 3 + Math.floor(random() * 10), group: `o${i}` }));
  const byCat = Array.from({ length: 8 }, (_, c) => providers.filter((_, i) => cat(i) === c || random() < 0.05));
  const price = providers.map(() => 100 * Math.floor(random() * 500));
  const edges = Array.from({ length: needs }, (_, n) => {
    const pool = byCat[cat(n * 7 + 3)]!;
    const chosen = new Set<number>();
    while (chosen.size < Math.min(perNeed, pool.length)) chosen.add(Math.floor(random() * pool.length));
    return [...chosen].map((k) => ({ need: `n${n}`, provider: pool[k]!.id, score: 0.3 + Math.round(random() * 7000) / 10000, amountFen: price[Number(pool[k]!.id.slice(1))]! }));
  }).flat();
  const groups = providers.map((p) => ({ id: p.id, cap: Math.max(1, Math.floor(p.capacity * 0.8)) }));
  const moneyCaps = providers.map((p, i) => ({ group: p.id, capFen: Math.floor(p.capacity * price[i]! * 0.6) }));
  return { needs: Array.from({ length: needs }, (_, n) => ({ id: `n${n}` })), providers, groups, edges, moneyCaps };
}

const highs = await highsRuntime();
console.log('| needs × orgs | columns | flow (no ¥ cap) ms | MILP (¥ caps) ms | MILP objective | flow objective | matched (MILP) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [needs, orgs, perNeed] of (process.argv[2] ? JSON.parse(process.argv[2]) : [[200, 20, 10], [500, 40, 15], [1000, 60, 20], [2000, 60, 20], [3000, 100, 20], [5000, 150, 20]]) as [number, number, number][]) {
  const inst = fairInstance(needs, orgs, perNeed, needs + orgs);
  let t0 = performance.now();
  const flow = solveMatching(inst);
  const flowMs = performance.now() - t0;
  t0 = performance.now();
  try {
    const milp = solveWithMoneyCaps(highs, inst);
    const ms = performance.now() - t0;
    console.log(`| ${needs} × ${orgs} | ${milp.stats.columns} | ${flowMs.toFixed(0)} | ${ms.toFixed(0)} | ${milp.objective.toFixed(4)} | ${flow.objective.toFixed(4)} | ${milp.assignments.length} |`);
  } catch (e) {
    console.log(`| ${needs} × ${orgs} | ${inst.edges.length} | ${flowMs.toFixed(0)} | failed after ${(performance.now() - t0).toFixed(0)} ms: ${(e as Error).message.slice(0, 80)} | | ${flow.objective.toFixed(4)} | |`);
  }
}
