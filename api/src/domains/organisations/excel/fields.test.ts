import { describe, expect, it } from 'vitest';
import type { CellScalar } from './cells.js';
import { readCellValue } from './cells.js';
import { matchHeader } from './columns.js';
import {
  excelSerialToIsoDate, readCreditCode, readDate, readGrade, readOrgType, readPhone, readRegion, readServiceDomains, readYesNo,
} from './fields.js';

const text = (t: string): CellScalar => ({ kind: 'text', text: t });
const num = (n: number): CellScalar => ({ kind: 'number', value: n });
const EMPTY: CellScalar = { kind: 'empty' };

describe('readDate', () => {
  it.each([
    ['2021-03-05'], ['2021/3/5'], ['2021年3月5日'], ['20210305'], ['2021.03.05'], ['２０２１－０３－０５'], ['2021-03-05 00:00:00'], [' 2021 年 3 月 5 日 '],
  ])('reads %s as 2021-03-05', (t) => {
    expect(readDate(text(t), '成立日期')).toEqual({ ok: true, value: '2021-03-05' });
  });

  it('reads Excel serial 44260 as 2021-03-05 (2021-01-01 is 44197, +31 +28 +4)', () => {
    expect(readDate(num(44260), '成立日期')).toEqual({ ok: true, value: '2021-03-05' });
    expect(readDate(num(44260.75), '成立日期')).toEqual({ ok: true, value: '2021-03-05' });
  });

  it('reads serials in the 1904 date system, 1462 days later', () => {
    expect(excelSerialToIsoDate(44260 - 1462, true)).toBe('2021-03-05');
  });

  it('reads serials before the phantom 1900-02-29', () => {
    expect(excelSerialToIsoDate(1)).toBe('1900-01-01');
    expect(excelSerialToIsoDate(59)).toBe('1900-02-28');
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
  });

  it('reads an 8-digit number cell as YYYYMMDD and a date cell by its calendar day', () => {
    expect(readDate(num(20210305), '成立日期')).toEqual({ ok: true, value: '2021-03-05' });
    expect(readDate({ kind: 'date', value: new Date(Date.UTC(2021, 2, 5)) }, '成立日期')).toEqual({ ok: true, value: '2021-03-05' });
  });

  it('blank is null; impossible or unreadable dates name the column', () => {
    expect(readDate(EMPTY, '成立日期')).toEqual({ ok: true, value: null });
    expect(readDate(text('2021-02-30'), '成立日期')).toEqual({ ok: false, message: '成立日期“2021-02-30”不是有效日期' });
    expect(readDate(text('去年春天'), '等级有效期至')).toEqual({ ok: false, message: '等级有效期至“去年春天”无法识别，请按2021-03-05的格式填写' });
    expect(readDate(text('1821-03-05'), '成立日期').ok).toBe(false);
  });
});

describe('readCreditCode', () => {
  it('accepts a valid code, normalising case, spaces and full-width characters', () => {
    expect(readCreditCode(text('91440300708461136T'))).toEqual({ ok: true, value: '91440300708461136T' });
    expect(readCreditCode(text(' 9144 0300-7084 6113 6t '))).toEqual({ ok: true, value: '91440300708461136T' });
    expect(readCreditCode(text('９１４４０３００７０８４６１１３６Ｔ'))).toEqual({ ok: true, value: '91440300708461136T' });
  });

  it('names the expected check character', () => {
    expect(readCreditCode(text('91440300708461136U'))).toEqual({ ok: false, message: '统一社会信用代码第18位校验码应为T' });
  });

  it('does not repeat the column name when the kernel message already has it', () => {
    expect(readCreditCode(text('9144030070846113'))).toEqual({ ok: false, message: '统一社会信用代码应为18位，实际为16位' });
  });

  it('refuses number cells, whose digits Excel has already rounded', () => {
    expect(readCreditCode(num(914403007084611360))).toEqual({ ok: false, message: '请以文本格式填写统一社会信用代码' });
  });

  it('treats blank and 无 as no code', () => {
    expect(readCreditCode(EMPTY)).toEqual({ ok: true, value: null });
    expect(readCreditCode(text('无'))).toEqual({ ok: true, value: null });
  });
});

describe('dictionary columns', () => {
  it('reads organisation types by label (either bracket width), alias or key', () => {
    expect(readOrgType(text('社区社会组织(备案)'))).toEqual({ ok: true, value: 'community_filed' });
    expect(readOrgType(text('社区社会组织（备案）'))).toEqual({ ok: true, value: 'community_filed' });
    expect(readOrgType(text('民办非企业单位'))).toEqual({ ok: true, value: 'social_service' });
    expect(readOrgType(text('foundation'))).toEqual({ ok: true, value: 'foundation' });
    const bad = readOrgType(text('合作社'));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message.startsWith('组织类型“合作社”无法识别')).toBe(true);
  });

  it('reads 、-separated service domains, dropping repeats, and names the unknown ones', () => {
    expect(readServiceDomains(text('养老、助餐，elderly'))).toEqual({ ok: true, value: ['elderly', 'meal_aid'] });
    const bad = readServiceDomains(text('养老、跳舞、唱歌'));
    expect(!bad.ok && bad.message.startsWith('服务领域“跳舞、唱歌”无法识别')).toBe(true);
  });

  it('reads yes/no words and blank as 否', () => {
    for (const t of ['是', 'Y', 'y', 'true', 'TRUE']) expect(readYesNo(text(t), '是否枢纽型')).toEqual({ ok: true, value: true });
    for (const t of ['否', 'N', 'false']) expect(readYesNo(text(t), '是否枢纽型')).toEqual({ ok: true, value: false });
    expect(readYesNo({ kind: 'boolean', value: true }, '是否枢纽型')).toEqual({ ok: true, value: true });
    expect(readYesNo(EMPTY, '是否品牌性')).toEqual({ ok: true, value: false });
    expect(readYesNo(text('也许'), '是否品牌性')).toEqual({ ok: false, message: '是否品牌性应填“是”或“否”，实际为“也许”' });
  });

  it('reads grades 3A, 3A级, AAA, 三A and refuses 6A', () => {
    for (const t of ['3A', '3a级', 'AAA', 'AAA级', '三A', '３Ａ']) expect(readGrade(text(t))).toEqual({ ok: true, value: '3A' });
    expect(readGrade(text('AAAAA'))).toEqual({ ok: true, value: '5A' });
    expect(readGrade(text('6A')).ok).toBe(false);
    expect(readGrade(text('AAAAAA')).ok).toBe(false);
  });
});

describe('readRegion', () => {
  it('takes the code from 名称（代码） in either bracket width', () => {
    expect(readRegion(text('新城区（150102000000）'), '登记区划')).toEqual({ ok: true, value: { code: '150102000000', name: '新城区', text: '新城区（150102000000）' } });
    expect(readRegion(text('海东路社区 (150102001001)'), '登记区划')).toEqual({ ok: true, value: { code: '150102001001', name: '海东路社区', text: '海东路社区 (150102001001)' } });
  });

  it('accepts a bare code (also a number cell and a grid code) or leaves a bare name to resolve', () => {
    expect(readRegion(num(150102000000), '登记区划')).toEqual({ ok: true, value: { code: '150102000000', name: null, text: '150102000000' } });
    expect(readRegion(text('150102001001G01'), '登记区划')).toEqual({ ok: true, value: { code: '150102001001G01', name: null, text: '150102001001G01' } });
    expect(readRegion(text('新城区'), '实际运营区划')).toEqual({ ok: true, value: { code: null, name: '新城区', text: '新城区' } });
    expect(readRegion(text('某社区（筹）'), '实际运营区划')).toEqual({ ok: true, value: { code: null, name: '某社区（筹）', text: '某社区（筹）' } });
  });

  it('refuses malformed codes', () => {
    expect(readRegion(text('新城区（15010200000）'), '登记区划')).toEqual({ ok: false, message: '登记区划中的区划代码“15010200000”无效，应为12位数字' });
    expect(readRegion(text('1501020'), '实际运营区划')).toEqual({ ok: false, message: '实际运营区划“1501020”不是有效的区划代码，应为12位数字' });
  });
});

describe('readPhone', () => {
  it('normalises mobiles and landlines to digits', () => {
    expect(readPhone(text('+86 138-0013-8000'))).toEqual({ ok: true, value: '13800138000' });
    expect(readPhone(text('0471-1234567'))).toEqual({ ok: true, value: '04711234567' });
    expect(readPhone(num(13800138000))).toEqual({ ok: true, value: '13800138000' });
  });

  it('refuses masked numbers and landlines that lost their leading zero', () => {
    expect(readPhone(text('138****8000'))).toEqual({ ok: false, message: '联系电话“138****8000”是脱敏号码，请填写完整号码' });
    expect(readPhone(num(4711234567)).ok).toBe(false);
  });
});

describe('headers and cells', () => {
  it('matches titles, synonyms, required marks, spaces and bracketed notes', () => {
    expect(matchHeader('组织名称*')).toBe('name');
    expect(matchHeader('单位名称')).toBe('name');
    expect(matchHeader(' 统一社会 信用代码 ＊')).toBe('creditCode');
    expect(matchHeader('信用代码')).toBe('creditCode');
    expect(matchHeader('类型（必填）')).toBe('type');
    expect(matchHeader('负责人')).toBe('legalRepresentative');
    expect(matchHeader('手机号码')).toBe('phone');
    expect(matchHeader('住所')).toBe('address');
    expect(matchHeader('成立日期\n(年-月-日)')).toBe('foundedOn');
    expect(matchHeader('社会组织名录')).toBeNull();
    expect(matchHeader('序号')).toBeNull();
  });

  it('reads rich text, hyperlinks, formula results and errors as displayed', () => {
    expect(readCellValue({ richText: [{ text: '呼和浩特' }, { text: '市' }] })).toEqual({ kind: 'text', text: '呼和浩特市' });
    expect(readCellValue({ text: '官网', hyperlink: 'https://example.org' })).toEqual({ kind: 'text', text: '官网' });
    expect(readCellValue({ text: { richText: [{ text: 'A' }] }, hyperlink: 'x' })).toEqual({ kind: 'text', text: 'A' });
    expect(readCellValue({ formula: 'A1&"B"', result: '社团B' })).toEqual({ kind: 'text', text: '社团B' });
    expect(readCellValue({ sharedFormula: 'A1', result: 3 })).toEqual({ kind: 'number', value: 3 });
    expect(readCellValue({ formula: 'X()' })).toEqual({ kind: 'empty' });
    expect(readCellValue({ error: '#N/A' })).toEqual({ kind: 'text', text: '#N/A' });
    expect(readCellValue('\u3000 \u00a0')).toEqual({ kind: 'empty' });
  });
});
