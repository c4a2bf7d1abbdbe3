import { describe, expect, it } from 'vitest';
import { domainFit, nearness, rankCandidates, type CandidateFacts } from './ranking-rules.js';

const PINGAN = '/150000000000/150600000000/150627000000/150627100000/150627100001/';
const OTHER_COMMUNITY_SAME_STREET = '/150000000000/150600000000/150627000000/150627100000/150627100002/';
const OTHER_STREET = '/150000000000/150600000000/150627000000/150627102000/150627102001/';
const OTHER_BANNER = '/150000000000/150600000000/150602000000/150602001000/150602001001/';
const OTHER_CITY = '/150000000000/150200000000/150202000000/150202001000/150202001001/';

const base: CandidateFacts = {
  id: 'x', kind: 'organisation', name: '', domains: ['elderly'], regionPaths: [PINGAN], capacity: null, activeLoad: 0,
  evaluationScore: null, ratingAverage: null, onTimeRate: null, grade: null, redListed: false, blackListed: false, active: true,
};
const need = { category: 'elderly', regionPath: PINGAN };

describe('terms', () => {
  it('domain fit: same category 1, parent category 0.6, else 0', () => {
    expect(domainFit('elderly', ['elderly'])).toBe(1);
    expect(domainFit('meal_aid', ['elderly'])).toBe(0.6);
    expect(domainFit('elderly', ['meal_aid'])).toBe(0);
    expect(domainFit('children', ['elderly', 'health'])).toBe(0);
  });
  it('nearness follows the region tree, grids count as their community', () => {
    expect(nearness(PINGAN, [PINGAN])).toBe(1);
    expect(nearness(`${PINGAN}150627100001G01/`, [PINGAN])).toBe(1);
    expect(nearness(PINGAN, [OTHER_COMMUNITY_SAME_STREET])).toBe(0.75);
    expect(nearness(PINGAN, [OTHER_STREET])).toBe(0.5);
    expect(nearness(PINGAN, [OTHER_BANNER])).toBe(0.25);
    expect(nearness(PINGAN, [OTHER_CITY])).toBe(0);
    expect(nearness(PINGAN, [OTHER_CITY, OTHER_STREET])).toBe(0.5);
  });
});

describe('rankCandidates', () => {
  const a: CandidateFacts = { ...base, id: 'a', name: '甲', capacity: 4, activeLoad: 1, evaluationScore: 90, ratingAverage: 4.5, onTimeRate: 1, grade: '4A' };
  const b: CandidateFacts = { ...base, id: 'b', name: '乙', regionPaths: [OTHER_COMMUNITY_SAME_STREET], redListed: true };

  it('scores by the weighted mean of the terms, worked by hand', () => {
    const { ranked } = rankCandidates(need, [b, a]);
    // a: domain 1, distance 1, capacity 3/4, track (0.9 + 0.875 + 1)/3 = 0.925, standing 4A 0.8
    //    → (30·1 + 25·1 + 15·0.75 + 20·0.925 + 10·0.8)/100 = 0.9275
    // b: 1, 0.75, 0.5 (undeclared), 0.5 (no record), 0.3 + 0.2 red list = 0.5 → (30 + 18.75 + 7.5 + 10 + 5)/100 = 0.7125
    expect(ranked.map((r) => r.candidate.id)).toEqual(['a', 'b']);
    expect(ranked[0]!.score).toBeCloseTo(0.9275, 12);
    expect(ranked[1]!.score).toBeCloseTo(0.7125, 12);
    const capacity = ranked[0]!.terms.find((t) => t.term === 'capacity')!;
    expect(capacity.contribution).toBeCloseTo(0.1125, 12);
    expect(capacity.reason).toBe('在办1项，容量4项，余量3项');
    expect(ranked[1]!.terms.find((t) => t.term === 'standing')!.reason).toBe('未评等级，红榜');
  });

  it('weights change the order', () => {
    const far: CandidateFacts = { ...a, id: 'far', name: '丙', regionPaths: [OTHER_BANNER] };
    const near: CandidateFacts = { ...base, id: 'near', name: '丁' };
    // Defaults: far (30 + 25·0.25 + 15·0.75 + 20·0.925 + 10·0.8)/100 = 0.74; near (30 + 25 + 7.5 + 10 + 3)/100 = 0.755.
    const byDefault = rankCandidates(need, [far, near]).ranked;
    expect(byDefault.map((x) => x.candidate.id)).toEqual(['near', 'far']);
    expect(byDefault[1]!.score).toBeCloseTo(0.74, 12);
    // Track record alone: far 0.925, near 0.5 (no record).
    const onlyTrack = { domain: 0, distance: 0, capacity: 0, track: 1, standing: 0 };
    const r = rankCandidates(need, [far, near], onlyTrack).ranked;
    expect(r.map((x) => x.candidate.id)).toEqual(['far', 'near']);
    expect(r[0]!.score).toBeCloseTo(0.925, 12);
    expect(r[1]!.score).toBeCloseTo(0.5, 12);
  });

  it('lists hard filters as why-not, every failed rule named', () => {
    const { ranked, excluded } = rankCandidates(need, [
      { ...base, id: 'black', name: '黑', blackListed: true },
      { ...base, id: 'kids', name: '童', domains: ['children'] },
      { ...base, id: 'far', name: '远', regionPaths: [OTHER_CITY] },
      { ...base, id: 'full', name: '满', capacity: 2, activeLoad: 2, active: false },
      { ...base, id: 'rule', name: '规', ineligible: ['评估等级低于3A'] },
    ]);
    expect(ranked).toEqual([]);
    const why = Object.fromEntries(excluded.map((e) => [e.candidate.id, e.reasons.map((r) => r.code)]));
    expect(why).toEqual({ black: ['BLACK_LISTED'], kids: ['NO_DOMAIN_FIT'], far: ['OUT_OF_AREA'], full: ['INACTIVE', 'NO_CAPACITY'], rule: ['INELIGIBLE'] });
    expect(excluded[3]!.reasons[1]!.message).toBe('服务容量已满（在办2项/容量2项）');
  });

  it('refuses weights that cannot form a mean', () => {
    expect(() => rankCandidates(need, [], { domain: 0, distance: 0, capacity: 0, track: 0, standing: 0 })).toThrow(RangeError);
    expect(() => rankCandidates(need, [], { domain: -1, distance: 2, capacity: 0, track: 0, standing: 0 })).toThrow(RangeError);
  });
});
