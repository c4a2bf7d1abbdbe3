import { describe, expect, it } from 'vitest';
import { aggregateScores, weightedTotal } from './score-rules.js';

const criteria = [{ key: 'plan', weight: 60 }, { key: 'team', weight: 40 }];

describe('score aggregation', () => {
  it('weights each criterion', () => {
    // 0.6·80 + 0.4·90 = 48 + 36 = 84
    expect(weightedTotal({ plan: 80, team: 90 }, criteria)).toBe(84);
    expect(weightedTotal({ plan: 80 }, criteria)).toBeNull();
  });

  it('computes the weighted mean and per-panellist z-scores by hand', () => {
    // Panellist P (generous): A = 0.6·90+0.4·90 = 90, B = 0.6·80+0.4·80 = 80  → mean 85, sd 5  → zA = 1, zB = -1
    // Panellist Q (harsh):    A = 0.6·60+0.4·50 = 56, B = 0.6·70+0.4·70 = 70  → mean 63, sd 7  → zA = -1, zB = 1
    // Panellist R:            A = 0.6·70+0.4·70 = 70, B = 0.6·60+0.4·60 = 60, C = 0.6·50+0.4·50 = 50 → mean 60, sd √(200/3) = 8.16497
    //                         zA = 10/8.16497 = 1.22474, zB = 0, zC = -1.22474
    // Weighted means: A = (90+56+70)/3 = 72, B = (80+70+60)/3 = 70, C = 50 (R only)
    // z means: A = (1-1+1.22474)/3 = 0.40825 → 0.408, B = (-1+1+0)/3 = 0, C = -1.225
    const reviews = [
      { panellistId: 'P', bidId: 'A', scores: { plan: 90, team: 90 } }, { panellistId: 'P', bidId: 'B', scores: { plan: 80, team: 80 } },
      { panellistId: 'Q', bidId: 'A', scores: { plan: 60, team: 50 } }, { panellistId: 'Q', bidId: 'B', scores: { plan: 70, team: 70 } },
      { panellistId: 'R', bidId: 'A', scores: { plan: 70, team: 70 } }, { panellistId: 'R', bidId: 'B', scores: { plan: 60, team: 60 } },
      { panellistId: 'R', bidId: 'C', scores: { plan: 50, team: 50 } }, { panellistId: 'P', bidId: 'C', scores: null }, { panellistId: 'Q', bidId: 'C', scores: null },
    ];
    const r = aggregateScores(['A', 'B', 'C'], reviews, criteria);
    expect(r).toEqual([
      { bidId: 'A', panellists: 3, conflicts: 0, weightedMean: 72, zMean: 0.408, rankWeighted: 1, rankZ: 1 },
      { bidId: 'B', panellists: 3, conflicts: 0, weightedMean: 70, zMean: 0, rankWeighted: 2, rankZ: 2 },
      { bidId: 'C', panellists: 1, conflicts: 2, weightedMean: 50, zMean: -1.225, rankWeighted: 3, rankZ: 3 },
    ]);
  });

  it('lets the normalised ranking differ from the raw one when a harsh panellist scores one bid only', () => {
    // P scores A 90 and B 80 (z: +1, -1). Q scores only B: 40 (single bid → z 0).
    // Weighted: A = 90, B = (80+40)/2 = 60 → A first.   z: A = 1, B = (-1+0)/2 = -0.5 → A first as well, and
    // Q's harshness no longer drags B down by 20 points: the gap shrinks from 30 to 1.5 standard units.
    const r = aggregateScores(['A', 'B'], [
      { panellistId: 'P', bidId: 'A', scores: { plan: 90, team: 90 } }, { panellistId: 'P', bidId: 'B', scores: { plan: 80, team: 80 } },
      { panellistId: 'Q', bidId: 'B', scores: { plan: 40, team: 40 } },
    ], criteria);
    expect(r.map((x) => [x.weightedMean, x.zMean])).toEqual([[90, 1], [60, -0.5]]);
  });

  it('rounds half up on the decimal value (88.825 → 88.83), which binary floating point would round down', () => {
    // (0.4·90+0.3·92+0.15·85+0.15·88 = 89.55, 0.4·86+0.3·90+0.15·88+0.15·90 = 88.1) → mean 88.825
    const c4 = [{ key: 'a', weight: 40 }, { key: 'b', weight: 30 }, { key: 'c', weight: 15 }, { key: 'd', weight: 15 }];
    const r = aggregateScores(['X'], [
      { panellistId: 'P', bidId: 'X', scores: { a: 90, b: 92, c: 85, d: 88 } }, { panellistId: 'Q', bidId: 'X', scores: { a: 86, b: 90, c: 88, d: 90 } },
    ], c4);
    expect(r[0]!.weightedMean).toBe(88.83);
  });

  it('gives every bid z = 0 when a panellist scores all alike, and shares ranks on ties', () => {
    const r = aggregateScores(['A', 'B', 'C'], [
      { panellistId: 'P', bidId: 'A', scores: { plan: 70, team: 70 } }, { panellistId: 'P', bidId: 'B', scores: { plan: 70, team: 70 } },
    ], criteria);
    expect(r).toEqual([
      { bidId: 'A', panellists: 1, conflicts: 0, weightedMean: 70, zMean: 0, rankWeighted: 1, rankZ: 1 },
      { bidId: 'B', panellists: 1, conflicts: 0, weightedMean: 70, zMean: 0, rankWeighted: 1, rankZ: 1 },
      { bidId: 'C', panellists: 0, conflicts: 0, weightedMean: null, zMean: null, rankWeighted: null, rankZ: null },
    ]);
  });
});
