// The province-scale pieces (ADR 0018): address tokens, sorted blocking, streaming, compact clustering, metrics.
import { describe, expect, it } from 'vitest';
import { candidatePairs } from './block.js';
import { clusterLinks, clusterRecords, linksOf } from './cluster.js';
import { clusterMetrics } from './metrics.js';
import { addressInfo, normaliseRow } from './record.js';
import { Resolver, resolveRows } from './resolve.js';
import { ORDOS_INDEX, row } from './test-fixtures.js';
import type { PairScore } from './types.js';

describe('addressInfo', () => {
  it('splits the street part into road and house/building numbers', () => {
    expect(addressInfo('东胜区交通街道鄂尔多斯大街31号', ORDOS_INDEX)).toMatchObject({ rest: '鄂尔多斯大街31号', road: '鄂尔多斯大街', number: '31' });
    expect(addressInfo('东胜区天骄路18号2栋301室', ORDOS_INDEX)).toMatchObject({ road: '天骄路', number: '18-2-301' });
    expect(addressInfo('东胜区某某小区', ORDOS_INDEX)).toMatchObject({ road: '', number: '' });
  });
});

describe('candidatePairs (sorted, packed)', () => {
  const records = [
    row('市场监督管理局', { name: '恒达商贸有限公司', phone: '13947700123' }),
    row('税务局', { name: '恒达商贸有限公司', phone: '13947700123' }),
    row('统计局', { name: '金辉物流有限公司' }),
    row('民政局', { name: '恒大商贸有限公司' }),
  ].map((r, i) => normaliseRow(r, i, ORDOS_INDEX));

  it('lists each pair once, lower index first, however many keys the two share', () => {
    const c = candidatePairs(records);
    const pairs = Array.from({ length: c.length }, (_, i) => `${c.a[i]}-${c.b[i]}`);
    // 0–1 share name, trade, deletions and phone; 恒大 (3) shares one deletion (恒商贸) with both; 金辉 nothing
    expect(pairs.sort()).toEqual(['0-1', '0-3', '1-3']);
  });

  it('skips a block bigger than the limit', () => {
    // all three 恒… records share the deletion key 恒商贸; with a limit of 2 only the blocks of two remain
    const c = candidatePairs(records, 2);
    const pairs = Array.from({ length: c.length }, (_, i) => `${c.a[i]}-${c.b[i]}`);
    expect(pairs).toEqual(['0-1']);
  });
});

describe('Resolver (rows streamed in)', () => {
  it('gives the same clusters and queue as resolveRows over the array', () => {
    const rows = [
      row('市场监督管理局', { name: '鄂尔多斯市恒达商贸有限公司', code: '91440300708461136T', address: '东胜区交通街道天骄路18号' }),
      row('税务局', { name: '恒達商貿有限公司', code: '91440300708461136t' }),
      row('统计局', { name: '恒达商贸有限公司东胜分公司' }),
      row('人力资源和社会保障局', { name: '金辉物流有限公司', legalRep: '李强' }),
      row('总工会', { name: '金辉物流有限公司', legalRep: '赵六' }),
    ];
    const streamed = new Resolver({ index: ORDOS_INDEX });
    for (const r of rows) streamed.add(r);
    const a = streamed.resolve();
    const b = resolveRows(rows, { index: ORDOS_INDEX });
    expect([...a.clusterOf]).toEqual([...b.clusterOf]);
    // 恒达 ×2 one entity; the branch alone; 金辉 ×2 apart (other boss: 12 − 3 = 9, queued)
    expect([...a.clusterOf]).toEqual([0, 0, 1, 2, 3]);
    expect(a.review.map((r) => [r.clusterA, r.clusterB, r.link.score])).toEqual([[2, 3, 9]]);
    expect(a.applied.map((l) => [l.a, l.b])).toEqual([[0, 1]]);
  });
});

describe('clusterLinks', () => {
  it('applies the strongest links first and refuses a union that would join two valid codes', () => {
    const records = [
      row('市场监督管理局', { name: '恒达商贸有限公司', code: '91440300708461136T' }),
      row('税务局', { name: '恒达商贸有限公司' }),
      row('统计局', { name: '恒达商贸有限公司', code: '914403001922038216' }),
    ].map((r, i) => normaliseRow(r, i, ORDOS_INDEX));
    const scores: PairScore[] = [
      { a: 1, b: 2, score: 13, veto: null, evidence: [] },
      { a: 0, b: 1, score: 20, veto: null, evidence: [] },
      { a: 0, b: 2, score: 30, veto: 'codes', evidence: [] },
    ];
    const c = clusterLinks(records, linksOf(scores), 12);
    // 0–2 vetoed; 0–1 (20) joins first; 1–2 (13) would put two codes in one cluster: refused
    expect([...c.clusterOf]).toEqual([0, 0, 1]);
    expect([...c.applied]).toEqual([1]);
    expect([...c.refused]).toEqual([0]);
    expect(clusterRecords(records, scores, 12).refused).toEqual([scores[0]]);
  });
});

describe('clusterMetrics', () => {
  it('counts pairs and B-cubed by hand on a small case, labels of either type', () => {
    // predicted {0,1,2} {3}; truth {0,1} {2,3}: predicted pairs 3, true pairs 2, correct 1 (0–1)
    const m = clusterMetrics([5, 5, 5, 9], ['x', 'x', 'y', 'y']);
    expect([m.predictedPairs, m.truePairs, m.correctPairs]).toEqual([3, 2, 1]);
    expect(m.precision).toBeCloseTo(1 / 3, 10);
    expect(m.recall).toBeCloseTo(1 / 2, 10);
    // B³ precision: records 0,1: 2/3 each; 2: 1/3; 3: 1 → (2/3 + 2/3 + 1/3 + 1) / 4 = 2/3
    expect(m.bcubedPrecision).toBeCloseTo(2 / 3, 10);
    // B³ recall: records 0,1: 1; 2: 1/2; 3: 1/2 → 3/4
    expect(m.bcubedRecall).toBeCloseTo(3 / 4, 10);
  });
});
