import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkResult } from '../testing/check-result.js';
import { getHighs, solveWithHighs } from '../testing/highs-oracle.js';
import { randomInstance, randomOptions, seededRandom, type RandomInstanceSpec, type ScoreStyle } from '../testing/random-instance.js';
import { MatchingInputError } from './errors.js';
import type { FlowTuning } from './flow.js';
import { solveMatchingTuned } from './solve.js';
import type { MatchingInstance, SolveOptions } from './types.js';

/**
 * HiGHS (simplex on the LP, which is integral here) is the oracle: on random instances with group caps,
 * pins and forbids, wushe's objective must agree to 1e−9 relative (absolute below 1), the answer must be
 * feasible with its objective equal to its scores' sum, and both must agree when pins are impossible.
 * Each instance runs through both engine paths: plain shortest paths, and cost scaling + shortest paths.
 */
const STYLES: ScoreStyle[] = ['float', 'ties', 'signed'];
const ENGINES: Record<string, FlowTuning> = {
  'shortest paths': { relativeEpsilon: 0 },
  'coarse scaling': { relativeEpsilon: 1e-2 },
  'fine scaling': { relativeEpsilon: 1e-7 },
};

let highs: Highs;
beforeAll(async () => {
  highs = await getHighs();
});

function smallSpec(random: () => number, seed: number): RandomInstanceSpec {
  return {
    needs: 1 + Math.floor(random() * 25),
    providers: 1 + Math.floor(random() * 10),
    groups: Math.floor(random() * 4),
    density: random() * 0.6,
    maxCapacity: 3,
    maxGroupCap: 5,
    groupedShare: random(),
    scoreStyle: STYLES[seed % 3]!,
  };
}

function mediumSpec(random: () => number, seed: number): RandomInstanceSpec {
  return {
    needs: 150 + Math.floor(random() * 250),
    providers: 40 + Math.floor(random() * 80),
    groups: Math.floor(random() * 20),
    density: 0.03 + random() * 0.1,
    maxCapacity: 6,
    maxGroupCap: 15,
    groupedShare: random(),
    scoreStyle: STYLES[seed % 3]!,
  };
}

/** Compares one instance under every engine; returns a description of each disagreement. */
function compare(instance: MatchingInstance, options: SolveOptions): string[] {
  const oracle = solveWithHighs(highs, instance, options);
  const disagreements: string[] = [];
  for (const [engine, tuning] of Object.entries(ENGINES)) {
    let objective: number | 'infeasible';
    try {
      const result = solveMatchingTuned(instance, options, tuning);
      disagreements.push(...checkResult(instance, options, result).map((p) => `${engine}: ${p}`));
      if (result.stats.worstReducedCost < -1e-9) disagreements.push(`${engine}: reduced cost ${result.stats.worstReducedCost}`);
      objective = result.objective;
    } catch (error) {
      if (!(error instanceof MatchingInputError) || error.kind !== 'INFEASIBLE_PINS') throw error;
      objective = 'infeasible';
    }
    if (oracle.status === 'infeasible' || objective === 'infeasible') {
      if (oracle.status !== 'infeasible' || objective !== 'infeasible') disagreements.push(`${engine}: HiGHS ${oracle.status}, wushe ${objective}`);
      continue;
    }
    expect(oracle.status).toBe('optimal');
    const gap = Math.abs(objective - oracle.objective) / Math.max(1, Math.abs(oracle.objective));
    if (gap > 1e-9) disagreements.push(`${engine}: objective ${objective}, HiGHS ${oracle.objective}`);
  }
  return disagreements;
}

describe('matching agrees with HiGHS', () => {
  it('on 300 small instances, a quarter with random pins and forbids', () => {
    let infeasible = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const instance = randomInstance(smallSpec(random, seed), random);
      const options = seed % 4 === 0 ? randomOptions(instance, Math.floor(random() * 4), Math.floor(random() * 6), random) : {};
      if (solveWithHighs(highs, instance, options).status === 'infeasible') infeasible += 1;
      expect(compare(instance, options), `seed ${seed}`).toEqual([]);
    }
    // the pins sometimes collide, so the infeasible path is exercised too
    expect(infeasible).toBeGreaterThan(5);
  });

  it('on 100 medium instances with group caps, pins and forbids', () => {
    for (let seed = 1001; seed <= 1100; seed++) {
      const random = seededRandom(seed);
      const instance = randomInstance(mediumSpec(random, seed), random);
      const options = seed % 2 === 0 ? randomOptions(instance, Math.floor(random() * 8), Math.floor(random() * 40), random) : {};
      expect(compare(instance, options), `seed ${seed}`).toEqual([]);
    }
  });
});
