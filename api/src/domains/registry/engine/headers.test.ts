import { describe, expect, it } from 'vitest';
import { detectHeader, matchHeader } from './headers.js';

describe('matchHeader', () => {
  it.each([
    ['单位名称', 'name'], ['企业名称', 'name'], ['组织名称', 'name'], ['名称', 'name'], ['单位全称', 'name'], ['纳税人名称', 'name'],
    ['统一社会信用代码', 'code'], ['社会信用代码', 'code'], ['信用代码', 'code'], ['统一代码', 'code'], ['组织机构代码', 'code'],
    ['法定代表人', 'legalRep'], ['法人代表', 'legalRep'], ['负责人', 'legalRep'], ['单位负责人', 'legalRep'],
    ['联系电话', 'phone'], ['电话', 'phone'], ['手机号码', 'phone'],
    ['地址', 'address'], ['住所', 'address'], ['经营地址', 'address'], ['注册地址', 'address'], ['生产经营场所地址', 'address'],
    ['成立日期', 'founded'], ['登记日期', 'founded'], ['注册日期', 'founded'],
    ['类型', 'type'], ['组织类型', 'type'],
    ['* 单位名称', 'name'], ['联系电话（手机）', 'phone'], ['企 业 名 称', 'name'], ['排污单位名称', 'name'],
  ])('%s → %s', (header, key) => {
    expect(matchHeader(header)).toBe(key);
  });

  it('leaves headers it cannot place unmapped', () => {
    expect(matchHeader('序号')).toBeNull();
    expect(matchHeader('举办者')).toBeNull();
  });

  it('uses a remembered mapping first, including "ignore"', () => {
    const remembered = new Map([['举办者', 'legalRep' as const], ['地址', null]]);
    expect(matchHeader('举办者', remembered)).toBe('legalRep');
    expect(matchHeader('地址', remembered)).toBeNull();
  });
});

describe('detectHeader', () => {
  it('finds the header under title rows and reports unknown columns', () => {
    const rows = [
      ['鄂尔多斯市总工会会员单位名录'],
      ['填报日期：2026年11月'],
      ['序号', '单位名称', '统一社会信用代码', '举办者', '联系电话'],
      ['1', '内蒙古伊泰煤炭股份有限公司', '91150000114124319R', '张三', '0477-8565000'],
    ];
    const m = detectHeader(rows)!;
    expect(m.headerRow).toBe(2);
    expect(m.columns).toEqual([null, 'name', 'code', null, 'phone']);
    expect(m.unknown).toEqual(['举办者']);
  });

  it('needs a name column', () => {
    expect(detectHeader([['联系电话', '地址', '成立日期']])).toBeNull();
  });

  it('keeps the first of two columns for one field', () => {
    const m = detectHeader([['企业名称', '联系电话', '手机号码']])!;
    expect(m.columns).toEqual(['name', 'phone', null]);
  });
});
