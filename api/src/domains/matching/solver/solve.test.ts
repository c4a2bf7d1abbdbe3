import { describe, expect, it } from 'vitest';
import { checkResult } from '../testing/check-result.js';
import { seededRandom, shuffle } from '../testing/random-instance.js';
import { MatchingInputError } from './errors.js';
import { solveMatching } from './solve.js';
import type { MatchingInstance, SolveOptions } from './types.js';
import { CROSSING } from '../testing/fixtures.js';

/** Solves and re-checks feasibility and the objective independently before returning. */
function solve(instance: MatchingInstance, options: SolveOptions = {}) {
  const result = solveMatching(instance, options);
  expect(checkResult(instance, options, result)).toEqual([]);
  return result;
}

function pairs(result: ReturnType<typeof solve>): string[] {
  return result.assignments.map((a) => `${a.need}-${a.provider}`);
}

function inputError(run: () => unknown): MatchingInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof MatchingInputError) return error;
    throw error;
  }
  throw new Error('expected a MatchingInputError');
}

// n1 likes p1 best, but n2 likes p1 almost as much and has no good alternative.
// greedy: n1-p1 0.9 + n2-p2 0.1 = 1.0;  optimum: n1-p2 0.8 + n2-p1 0.85 = 1.65
const crossing = CROSSING;

// org A (p1, p2, each capacity 2) may take only 2 needs in total; p3 takes 1.
// A's two best: n1-p1 0.9 + n2-p1 0.8 = 1.7; p3's best: n3-p3 0.55; total 2.25.
// alternatives: n1-p1 + n3-p2 (1.6) + n4-p3 (0.5) = 2.1; without the cap it would be 3.0.
const orgCap: MatchingInstance = {
  needs: [{ id: 'n1' }, { id: 'n2' }, { id: 'n3' }, { id: 'n4' }],
  providers: [{ id: 'p1', capacity: 2, group: 'A' }, { id: 'p2', capacity: 2, group: 'A' }, { id: 'p3', capacity: 1 }],
  groups: [{ id: 'A', cap: 2 }],
  edges: [
    { need: 'n1', provider: 'p1', score: 0.9 },
    { need: 'n2', provider: 'p1', score: 0.8 },
    { need: 'n3', provider: 'p2', score: 0.7 },
    { need: 'n4', provider: 'p2', score: 0.6 },
    { need: 'n4', provider: 'p3', score: 0.5 },
    { need: 'n3', provider: 'p3', score: 0.55 },
  ],
};

describe('solveMatching on hand-checked instances', () => {
  it('finds the optimum where greedy would not', () => {
    const result = solve(crossing);
    expect(result.objective).toBeCloseTo(1.65, 12);
    expect(pairs(result)).toEqual(['n1-p2', 'n2-p1']);
    expect(result.unmatched).toEqual([]);
    expect(result.stats.worstReducedCost).toBeGreaterThan(-1e-12);
  });

  it('respects an organisation cap and explains who lost out to it', () => {
    const result = solve(orgCap);
    expect(result.objective).toBeCloseTo(2.25, 12);
    expect(pairs(result)).toEqual(['n1-p1', 'n2-p1', 'n3-p3']);
    // p2 has room, but org A is full: the cap, not capacity, is why n4 waits
    expect(result.unmatched).toEqual([{ need: 'n4', reason: 'GROUP_CAP' }]);
  });

  it('never chooses zero or negative scores, and says so', () => {
    const result = solve({
      needs: [{ id: 'n1' }, { id: 'n2' }, { id: 'n3' }, { id: 'n4' }],
      providers: [{ id: 'p1', capacity: 5 }, { id: 'p2', capacity: 0 }],
      edges: [
        { need: 'n1', provider: 'p1', score: 0 },
        { need: 'n2', provider: 'p1', score: -0.5 },
        { need: 'n4', provider: 'p2', score: 0.7 },
      ],
    });
    expect(result.objective).toBe(0);
    expect(result.assignments).toEqual([]);
    expect(result.unmatched).toEqual([
      { need: 'n1', reason: 'NO_POSITIVE_SCORE' },
      { need: 'n2', reason: 'NO_POSITIVE_SCORE' },
      { need: 'n3', reason: 'NO_EDGES' },
      { need: 'n4', reason: 'CAPACITY' },
    ]);
  });

  it('gives a full provider to the pair worth more', () => {
    // p1 takes one need: n1 (0.9) beats n2 (0.4); n2 has nowhere else to go
    const result = solve({
      needs: [{ id: 'n2' }, { id: 'n1' }],
      providers: [{ id: 'p1', capacity: 1 }],
      edges: [
        { need: 'n2', provider: 'p1', score: 0.4 },
        { need: 'n1', provider: 'p1', score: 0.9 },
      ],
    });
    expect(result.objective).toBe(0.9);
    expect(result.unmatched).toEqual([{ need: 'n2', reason: 'CAPACITY' }]);
  });

  it('handles an empty instance and capacities beyond 32 bits', () => {
    expect(solve({ needs: [], providers: [], edges: [] })).toMatchObject({ objective: 0, assignments: [], unmatched: [] });
    const big = solve({ ...orgCap, groups: [{ id: 'A', cap: 1e15 }] });
    // without a binding cap: n1-p1 0.9 + n2-p1 0.8 + n3-p2 0.7 + n4-p2 0.6 = 3.0
    expect(big.objective).toBeCloseTo(3.0, 12);
  });

  it('sums the objective with compensation: 0.1 + 0.2 + 0.3 reports 0.6, not 0.6000000000000001', () => {
    const result = solve({
      needs: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      providers: [{ id: 'p', capacity: 3 }],
      edges: [
        { need: 'a', provider: 'p', score: 0.1 },
        { need: 'b', provider: 'p', score: 0.2 },
        { need: 'c', provider: 'p', score: 0.3 },
      ],
    });
    expect(result.objective).toBe(0.6);
  });

  it('returns the same answer whatever the order of the input', () => {
    const random = seededRandom(7);
    const first = solve(orgCap);
    for (let round = 0; round < 5; round++) {
      const shuffled: MatchingInstance = {
        needs: shuffle([...orgCap.needs], random),
        providers: shuffle([...orgCap.providers], random),
        groups: shuffle([...(orgCap.groups ?? [])], random),
        edges: shuffle([...orgCap.edges], random),
      };
      expect(solve(shuffled)).toEqual(first);
    }
  });
});

describe('pins and forbids', () => {
  it('assigns pinned pairs and re-optimises the rest', () => {
    // n1-p1 pinned: n2 can only take p2; 0.9 + 0.1 = 1.0
    const result = solve(crossing, { pinned: [{ need: 'n1', provider: 'p1' }] });
    expect(result.objective).toBeCloseTo(1.0, 12);
    expect(result.assignments[0]).toEqual({ need: 'n1', provider: 'p1', score: 0.9, pinned: true });
    expect(result.stats.pinned).toBe(1);
  });

  it('keeps a pinned pair even when its score is negative', () => {
    const instance: MatchingInstance = { ...crossing, edges: [...crossing.edges.slice(1), { need: 'n1', provider: 'p1', score: -0.3 }] };
    // n1-p1 forced at −0.3; n2 then takes p2 (0.1): −0.2
    const result = solve(instance, { pinned: [{ need: 'n1', provider: 'p1' }] });
    expect(result.objective).toBeCloseTo(-0.2, 12);
  });

  it('avoids forbidden pairs and reports needs with every edge forbidden', () => {
    // n2-p1 forbidden: n1-p1 0.9 + n2-p2 0.1 = 1.0
    expect(solve(crossing, { forbidden: [{ need: 'n2', provider: 'p1' }] }).objective).toBeCloseTo(1.0, 12);
    const both = solve(crossing, { forbidden: [{ need: 'n2', provider: 'p1' }, { need: 'n2', provider: 'p2' }, { need: 'n2', provider: 'p2' }] });
    expect(both.unmatched).toEqual([{ need: 'n2', reason: 'FORBIDDEN' }]);
    // forbidding a pair that is not an edge changes nothing
    expect(solve(orgCap, { forbidden: [{ need: 'n1', provider: 'p3' }] }).objective).toBeCloseTo(2.25, 12);
  });

  it('counts pins against provider capacity and organisation caps', () => {
    // n4-p2 pinned uses one of A's two places: A keeps n1-p1 0.9, p3 takes n3 0.55; total 0.6 + 0.9 + 0.55
    const result = solve(orgCap, { pinned: [{ need: 'n4', provider: 'p2' }] });
    expect(result.objective).toBeCloseTo(2.05, 12);
  });

  it('rejects pins that cannot all hold, naming each', () => {
    const error = inputError(() =>
      solveMatching(orgCap, {
        pinned: [
          { need: 'n1', provider: 'p1' },
          { need: 'n3', provider: 'p2' },
          { need: 'n3', provider: 'p3' },
          { need: 'n1', provider: 'p1' },
          { need: 'n2', provider: 'p3' },
          { need: 'n4', provider: 'p3' },
          { need: 'n2', provider: 'p1' },
        ],
        forbidden: [{ need: 'n4', provider: 'p3' }],
      }),
    );
    expect(error.kind).toBe('INFEASIBLE_PINS');
    // pinned[3] repeats pinned[0] exactly, which is harmless
    expect(error.lines()).toEqual([
      'pinned[2]: need "n3" is already pinned to "p2" at pinned[1]',
      'pinned[4]: need "n2" and provider "p3" have no edge',
      'pinned[5]: the pair is also forbidden at forbidden[0]',
      'pinned[6]: group "A" has cap 2, exceeded by this pin',
    ]);
  });

  it('rejects pins and forbids that name unknown ids or are not lists', () => {
    const error = inputError(() => solveMatching(crossing, { pinned: [{ need: 'n9', provider: 'p1' }], forbidden: [{ need: 'n1', provider: 7 } as never] }));
    expect(error.kind).toBe('INVALID_OPTIONS');
    expect(error.lines()).toEqual(['pinned[0]: need "n9" is not in needs', 'forbidden[0]: provider 7 is not in providers']);
    const notList = inputError(() => solveMatching(crossing, { pinned: 'n1' as never }));
    expect(notList.lines()).toEqual(['pinned: expected an array, got "n1"']);
  });

  it('rejects a pin beyond a provider capacity', () => {
    const error = inputError(() =>
      solveMatching(crossing, { pinned: [{ need: 'n1', provider: 'p1' }, { need: 'n2', provider: 'p1' }] }),
    );
    expect(error.lines()).toEqual(['pinned[1]: provider "p1" has capacity 1, exceeded by this pin']);
  });
});
