// Entity resolution on hand-built department rows: each case names the trap and the answer a person would give.
import { describe, expect, it } from 'vitest';
import { resolveRows } from './resolve.js';
import { ORDOS_INDEX, row } from './test-fixtures.js';
import type { SourceRow } from './types.js';

const TENCENT = '91440300708461136T';
const HUAWEI = '914403001922038216';

function together(rows: SourceRow[]): boolean[][] {
  const res = resolveRows(rows, { index: ORDOS_INDEX });
  return rows.map((_, i) => rows.map((__, j) => res.clusterOf[i] === res.clusterOf[j]));
}
const same = (rows: SourceRow[], i: number, j: number) => together(rows)[i]![j]!;

describe('resolveRows merges the same organisation despite noise', () => {
  it('traditional characters, region prefix, legal-form variant, lower-cased spaced code', () => {
    const rows = [
      row('市场监督管理局', { name: '鄂尔多斯市恒达商贸有限责任公司', code: TENCENT, phone: '13947700123', legalRep: '王伟' }),
      row('税务局', { name: '恒達商貿有限公司', code: '914403 007084 61136t' }),
    ];
    expect(same(rows, 0, 1)).toBe(true);
  });

  it('the old organisation code, a short name and the same phone', () => {
    const rows = [
      row('市场监督管理局', { name: '鄂尔多斯市恒达商贸有限公司', code: TENCENT, phone: '13947700123' }),
      row('总工会', { name: '恒达商贸', code: '70846113-6' }),
      row('工商业联合会', { name: '恒达商贸', phone: '139 4770 0123' }),
    ];
    const t = together(rows);
    expect(t[0]![1]).toBe(true);
    expect(t[0]![2]).toBe(true);
  });

  it('a rename (old name in a slower department) with the same code, phone and boss', () => {
    const rows = [
      row('市场监督管理局', { name: '鄂尔多斯市恒达商贸有限公司', code: TENCENT, phone: '13947700123', legalRep: '王伟' }),
      row('人力资源和社会保障局', { name: '鄂尔多斯市金辉贸易有限公司', code: TENCENT, phone: '13947700123', legalRep: '王伟' }),
    ];
    expect(same(rows, 0, 1)).toBe(true);
  });

  it('a homophone typo with the same phone, boss and founding date', () => {
    const rows = [
      row('市场监督管理局', { name: '恒达商贸有限公司', phone: '13947700123', legalRep: '王伟', founded: '2015-06-01' }),
      row('税务局', { name: '恒大商贸有限公司', phone: '13947700123', legalRep: '王伟', founded: '20150601' }),
    ];
    expect(same(rows, 0, 1)).toBe(true);
  });

  it('a mistyped code (check digit fails) next to the right one, with the same name', () => {
    const rows = [
      row('市场监督管理局', { name: '恒达商贸有限公司', code: TENCENT }),
      row('统计局', { name: '恒达商贸有限公司', code: '91440300708461135T' }),
    ];
    expect(same(rows, 0, 1)).toBe(true);
  });
});

describe('resolveRows keeps different organisations apart', () => {
  it('a branch is not its parent, even carrying the parent\'s code', () => {
    const rows = [
      row('市场监督管理局', { name: '恒达商贸有限公司', code: TENCENT, phone: '13947700123', legalRep: '王伟' }),
      row('统计局', { name: '恒达商贸有限公司东胜分公司', code: TENCENT, phone: '13947700123', legalRep: '王伟' }),
      row('税务局', { name: '恒达商贸有限公司东胜分公司', code: HUAWEI }),
    ];
    const t = together(rows);
    expect(t[0]![1]).toBe(false);
    expect(t[0]![2]).toBe(false);
    // the branch row with the parent's code still joins the branch by name (code dropped as the parent's)
    expect(t[1]![2]).toBe(true);
  });

  it('two branches in different places are two entities', () => {
    const rows = [
      row('统计局', { name: '恒达商贸有限公司东胜分公司', phone: '13947700123' }),
      row('税务局', { name: '恒达商贸有限公司康巴什分公司', phone: '13947700123' }),
    ];
    expect(same(rows, 0, 1)).toBe(false);
  });

  it('a sister company: same trade name, boss and phone, another industry', () => {
    const rows = [
      row('市场监督管理局', { name: '鄂尔多斯市恒达商贸有限公司', phone: '13947700123', legalRep: '王伟' }),
      row('市场监督管理局', { name: '鄂尔多斯市恒达建筑工程有限公司', phone: '13947700123', legalRep: '王伟' }),
    ];
    expect(same(rows, 0, 1)).toBe(false);
  });

  it('the same trade name in another county', () => {
    const rows = [
      row('税务局', { name: '东胜区恒达商贸有限公司', legalRep: '王伟' }),
      row('税务局', { name: '乌审旗恒达商贸有限公司', legalRep: '李强' }),
    ];
    expect(same(rows, 0, 1)).toBe(false);
  });

  it('an accountant\'s phone on many firms is no evidence', () => {
    const names = ['恒达商贸', '金辉物流', '博瑞科技', '鼎盛建材', '宏远能源', '嘉禾食品', '天正化工', '昊腾运输'];
    const rows = names.map((n) => row('税务局', { name: `${n}有限公司`, phone: '0477-8123456' }));
    rows.push(row('人力资源和社会保障局', { name: '恒达商贸有限公司', phone: '0477-8123456' }));
    const t = together(rows);
    for (let i = 1; i < names.length; i++) expect(t[0]![i]).toBe(false);
    expect(t[0]![names.length]).toBe(true);
  });

  it('a code filled down from the row above is not evidence', () => {
    const rows = [
      row('市场监督管理局', { name: '恒达商贸有限公司', code: TENCENT, phone: '13947700123' }, 1),
      row('应急管理局', { name: '恒达商贸有限公司', code: TENCENT, phone: '13947700123' }, 1),
      row('应急管理局', { name: '金辉物流有限公司', code: TENCENT, phone: '13800000000' }, 2),
    ];
    const res = resolveRows(rows, { index: ORDOS_INDEX });
    expect(res.stats.filledDown).toBe(1);
    expect(res.clusterOf[0]).toBe(res.clusterOf[1]);
    expect(res.clusterOf[2]).not.toBe(res.clusterOf[0]);
  });

  it('two valid different codes are never one entity, even with the same name', () => {
    const rows = [
      row('市场监督管理局', { name: '恒达商贸有限公司', code: TENCENT }),
      row('税务局', { name: '恒达商贸有限公司', code: HUAWEI }),
      row('统计局', { name: '恒达商贸有限公司' }),
    ];
    const t = together(rows);
    expect(t[0]![1]).toBe(false);
    // the code-less row may join one of them, never both
    expect(t[2]![0] && t[2]![1]).toBe(false);
  });
});

describe('review queue', () => {
  it('an uncertain pair is queued with its per-field explanation', () => {
    // exact name, nothing else: 12 − 3 (other boss) = 9, between review (8) and merge (12)
    const rows = [
      row('税务局', { name: '恒达商贸有限公司', legalRep: '王伟' }),
      row('统计局', { name: '恒达商贸有限公司', legalRep: '李强' }),
    ];
    const res = resolveRows(rows, { index: ORDOS_INDEX });
    expect(res.clusters).toBe(2);
    expect(res.review).toHaveLength(1);
    expect(res.review[0]!.link.score).toBe(9);
    expect(res.review[0]!.link.evidence).toEqual([
      { field: 'name', level: 'exact', weight: 12 },
      { field: 'legalRep', level: 'differ', weight: -3 },
    ]);
  });
});

describe('people\'s decisions', () => {
  const rows = [
    row('税务局', { name: '恒达商贸有限公司', legalRep: '王伟' }),
    row('统计局', { name: '恒达商贸有限公司', legalRep: '李强' }),
  ];
  it('a confirmed pair becomes one entity and leaves the queue', () => {
    const res = resolveRows(rows, { index: ORDOS_INDEX, decisions: [{ a: 0, b: 1, same: true }] });
    expect(res.clusters).toBe(1);
    expect(res.review).toHaveLength(0);
  });
  it('a rejected (or split) pair stays apart even when the score would merge it', () => {
    const twins = [row('税务局', { name: '恒达商贸有限公司', phone: '13947700123' }), row('统计局', { name: '恒达商贸有限公司', phone: '13947700123' })];
    expect(resolveRows(twins, { index: ORDOS_INDEX }).clusters).toBe(1);
    const res = resolveRows(twins, { index: ORDOS_INDEX, decisions: [{ a: 0, b: 1, same: false }] });
    expect(res.clusters).toBe(2);
    expect(res.review).toHaveLength(0);
  });
});

describe('tie-breakers at province scale', () => {
  it('an exact name two organisations (two codes) carry is weaker evidence: review, not merge', () => {
    const rows = [
      row('市场监督管理局', { name: '恒达商贸有限公司', code: TENCENT }),
      row('市场监督管理局', { name: '恒达商贸有限公司', code: HUAWEI }),
      row('税务局', { name: '恒达商贸有限公司', phone: '13947700123' }),
    ];
    const res = resolveRows(rows, { index: ORDOS_INDEX });
    expect(res.clusters).toBe(3);
    // 12 − 3 × log₂ 2 = 9 for the code-less row against each coded one; the coded pair is vetoed (two codes)
    expect(res.review.map((r) => r.link.score)).toEqual([9, 9]);
    expect(res.review[0]!.link.evidence).toEqual([{ field: 'name', level: 'exact×2', weight: 9 }]);
  });

  it('the same road and house number, written with and without the city, joins a one-character typo', () => {
    const rows = [
      row('市场监督管理局', { name: '恒达商贸有限公司', address: '东胜区交通街道鄂尔多斯大街31号' }),
      row('税务局', { name: '恒大商贸有限公司', address: '内蒙古自治区鄂尔多斯市东胜区鄂尔多斯大街31号' }),
    ];
    // typo 6 + same road and number 8 = 14 ≥ 12
    const res = resolveRows(rows, { index: ORDOS_INDEX });
    expect(res.clusters).toBe(1);
    expect(res.applied[0]!.score).toBe(14);
  });

  it('a one-character-different name on another number of the same road is another firm, not a review item', () => {
    const rows = [
      row('市场监督管理局', { name: '恒达商贸有限公司', address: '东胜区交通街道鄂尔多斯大街31号' }),
      row('税务局', { name: '恒大商贸有限公司', address: '东胜区交通街道鄂尔多斯大街35号' }),
    ];
    // typo 6 − other street 2 = 4 < 8
    const res = resolveRows(rows, { index: ORDOS_INDEX });
    expect(res.clusters).toBe(2);
    expect(res.review).toHaveLength(0);
  });
});
