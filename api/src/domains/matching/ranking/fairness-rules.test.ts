import { describe, expect, it } from 'vitest';
import { gini, topShare } from './fairness-rules.js';

describe('gini', () => {
  it('is 0 for an even spread and for nothing awarded', () => {
    expect(gini([2, 2, 2, 2])).toBe(0);
    expect(gini([0, 0, 0])).toBe(0);
    expect(gini([])).toBe(0);
  });
  it('matches hand-worked values', () => {
    // One of four takes all: G = (n−1)/n = 0.75.
    expect(gini([0, 0, 0, 8])).toBeCloseTo(0.75, 12);
    // [1,2,3,4]: Σ(2i−n−1)x = (−3)(1)+(−1)(2)+(1)(3)+(3)(4) = 10; 10/(4·10) = 0.25.
    expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 12);
  });
});

describe('topShare', () => {
  it('takes the top 10% (rounded up to at least one participant)', () => {
    // 20 participants → top 2: 5 + 4 of a total of 5+4+18·1 = 27.
    const values = [5, 4, ...Array(18).fill(1)];
    expect(topShare(values)).toBeCloseTo(9 / 27, 12);
    // 3 participants → top 1.
    expect(topShare([1, 1, 2])).toBeCloseTo(0.5, 12);
  });
  it('is 0 when nothing is awarded', () => {
    expect(topShare([0, 0])).toBe(0);
  });
});
