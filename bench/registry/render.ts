/** Writes each department's table from the population, with that department's habits and noise. */
import * as OpenCC from 'opencc-js';
import type { DepartmentStyle } from './departments.js';
import { DEPARTMENTS } from './departments.js';
import { Gen, type GeneratedTable } from './generate.js';
import type { Entity } from './entity.js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
const HOMOPHONE: Record<string, string> = { 达: '大', 鑫: '新', 源: '元', 盛: '胜', 泰: '太', 华: '化', 宇: '雨', 金: '今', 辉: '晖', 博: '波', 瑞: '锐', 祥: '翔', 利: '力', 丰: '峰', 隆: '龙', 兴: '星', 荣: '容', 昌: '常', 佳: '家', 明: '名', 诚: '成', 信: '新', 德: '得', 和: '合', 远: '元', 康: '亢', 正: '政', 安: '按', 通: '同' };
const SLIP: Record<string, string> = { 恒: '桓', 盛: '晟', 宇: '字', 博: '搏', 瑞: '端', 祥: '样', 荣: '莹', 佳: '住', 诚: '城', 嘉: '喜', 禾: '和', 宏: '弘', 旭: '旮', 凯: '恺', 鼎: '顶', 昊: '吴', 腾: '藤', 骏: '俊', 涛: '祷', 澜: '兰', 润: '闰' };
const FULL_WIDTH = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function fullName(g: Gen, e: Entity, d: DepartmentStyle): string {
  const trade = d.slow && e.oldName ? e.oldName.slice(0, -e.industry.length) : e.trade;
  let head = `${trade}${e.industry}`;
  if (e.kind === 'social') head = `${e.countyName}${head}`;
  let form = e.form;
  if (form === '有限公司' && g.chance(0.15)) form = '有限责任公司';
  else if (form === '有限责任公司' && g.chance(0.3)) form = '有限公司';
  const r = g.random();
  let name: string;
  if (e.kind === 'social') name = `${r < 0.3 ? '鄂尔多斯市' : ''}${head}${form}`;
  else if (r < 0.35) name = `鄂尔多斯市${head}${form}`;
  else if (r < 0.5) name = `内蒙古${head}${form}`;
  else if (r < 0.6 && form) name = `${head}（鄂尔多斯）${form}`;
  else if (r < 0.7) name = `${e.countyName}${head}${form}`;
  else name = `${head}${form}`;
  if (e.branchOf) name = `${name}${e.branchQualifier}${g.chance(0.3) ? '区' : ''}分公司`;
  if (g.chance(d.shortNames) && !e.branchOf) name = g.chance(0.5) ? `${trade}${e.industry}` : trade + e.industry.slice(0, 2);
  return noisyName(g, name, d);
}

function noisyName(g: Gen, name: string, d: DepartmentStyle): string {
  let s = name;
  const r = g.random();
  const chars = [...s];
  if (r < 0.02) {
    // a homophone of one character in the trade name
    const i = chars.findIndex((c) => HOMOPHONE[c]);
    if (i >= 0) chars[i] = HOMOPHONE[chars[i]!]!;
    s = chars.join('');
  } else if (r < 0.03) {
    // a slip of one character that is no homophone (the neighbouring key of a pinyin or stroke input method)
    const i = chars.findIndex((c) => SLIP[c]);
    if (i >= 0) chars[i] = SLIP[chars[i]!]!;
    s = chars.join('');
  }
  if (g.chance(d.traditional)) s = toTraditional(s);
  if (g.chance(0.05)) s = s.replace(/（/g, '(').replace(/）/g, ')');
  if (g.chance(0.03)) s = s.replace(/(有限|公司)/, ' $1');
  if (g.chance(0.02)) s = ` ${s} `;
  return s;
}

function codeCell(g: Gen, e: Entity, d: DepartmentStyle): string {
  let code = e.code;
  if (e.branchOf && d.parentCodeOnBranch && g.chance(0.5)) code = e.branchOf.code;
  if (g.chance(d.blank + 0.05)) return '';
  if (d.oldCode) return `${code.slice(8, 16)}-${code[16]}`;
  const r = g.random();
  if (r < 0.02) { // a mistyped character: the check digit catches it
    const i = g.int(10, 16);
    const alt = '0123456789ABCDEFGHJKLMNPQRTUWXY'.replace(code[i]!, '');
    return code.slice(0, i) + g.pick([...alt]) + code.slice(i + 1);
  }
  if (r < 0.06) return code.toLowerCase();
  if (r < 0.09) return `${code.slice(0, 6)} ${code.slice(6, 12)} ${code.slice(12)}`;
  if (r < 0.11) return FULL_WIDTH(code);
  return code;
}

function phoneCell(g: Gen, e: Entity, d: DepartmentStyle, accountant: string): string {
  if (g.chance(d.blank)) return '';
  const p = g.chance(d.accountantPhone) ? accountant : e.phone;
  if (e.landline && p === e.phone && g.chance(0.3)) {
    // the office landline in the ways departments write it: 0477-8123456, (0477)8123456, 04778123456, 8123456
    const l = e.landline;
    return g.pick([`0477-${l}`, `（0477）${l}`, `0477${l}`, l, `0477 ${l}`]);
  }
  const r = g.random();
  if (r < 0.1) return `+86 ${p}`;
  if (r < 0.2) return `${p.slice(0, 3)}-${p.slice(3, 7)}-${p.slice(7)}`;
  if (r < 0.25) return `${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`;
  if (r < 0.28) return FULL_WIDTH(p);
  return p;
}

const DATE = {
  iso: (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  slash: (y: number, m: number, d: number) => `${y}/${m}/${d}`,
  cn: (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
  compact: (y: number, m: number, d: number) => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`,
  dot: (y: number, m: number, d: number) => `${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`,
  serial: (y: number, m: number, d: number) => String(Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000)),
};

function cell(g: Gen, e: Entity, d: DepartmentStyle, key: keyof DepartmentStyle['headers'], accountant: string): string {
  switch (key) {
    case 'name': return fullName(g, e, d);
    case 'code': return codeCell(g, e, d);
    case 'phone': return phoneCell(g, e, d, accountant);
    case 'legalRep': return g.chance(d.blank) ? '' : d.slow && e.oldRep ? e.oldRep : e.rep;
    case 'address': {
      if (g.chance(d.blank)) return '';
      const moved = e.otherAddress && (d.slow || d.name !== '市场监督管理局') && g.chance(0.6);
      return moved ? e.otherAddress! : `${g.chance(0.4) ? '内蒙古自治区鄂尔多斯市' : ''}${e.countyName}${e.townName}${e.road}`;
    }
    case 'founded': {
      if (g.chance(d.blank)) return '';
      const [y, m, day] = e.founded.split('-').map(Number) as [number, number, number];
      return DATE[d.dateFormat](y, m, day);
    }
    case 'type': return e.kind === 'social' ? (e.form === '服务中心' ? '民办非企业单位' : '社会团体') : e.kind === 'enterprise' ? '有限责任公司' : '';
    case 'industry': return e.industry;
  }
}

function covers(g: Gen, d: DepartmentStyle, e: Entity): boolean {
  const p = e.kind === 'enterprise' ? d.cover.enterprise : e.kind === 'social' ? d.cover.social : d.cover.place;
  return g.chance(p);
}

/** Every department's table; `scale` multiplies coverage so the row count comes near the target. */
export function renderTables(g: Gen, population: Entity[], prefix = ''): GeneratedTable[] {
  return [...renderEachTable(g, population, prefix)];
}

/** The same tables one at a time (same random sequence), so a province-scale run never holds them all. */
export function* renderEachTable(g: Gen, population: Entity[], prefix = ''): Generator<GeneratedTable> {
  const accountants = ['15947712345', '13904770099', '18647788812', '13354771234', '15894700011', '13847766655'];
  for (const [n, d] of DEPARTMENTS.entries()) {
    const keys = Object.keys(d.headers) as (keyof DepartmentStyle['headers'])[];
    const rows: string[][] = [];
    const truth: number[] = [];
    for (const e of population) {
      if (!covers(g, d, e)) continue;
      const accountant = accountants[e.id % accountants.length]!;
      const row = keys.map((k) => cell(g, e, d, k, accountant));
      rows.push(row);
      truth.push(e.id);
      if (g.chance(0.01)) { rows.push([...row]); truth.push(e.id); }
    }
    // shuffle lightly in blocks, as departments sort by their own keys
    if (d.fillDown) {
      const codeCol = keys.indexOf('code');
      for (let i = 1; i < rows.length; i++) if (!rows[i]![codeCol] && g.chance(0.3)) rows[i]![codeCol] = rows[i - 1]![codeCol]!;
    }
    const ext = d.format === 'xlsx' ? 'xlsx' : 'csv';
    yield {
      file: `${prefix}${d.name}_${String(n + 1).padStart(2, '0')}.${ext}`,
      department: d.name,
      format: d.format,
      titleRows: d.format === 'xlsx' ? [`鄂尔多斯市${d.name}企业（单位）名录`, '填报单位：（盖章）    填报日期：2026年11月'] : [],
      headers: keys.map((k) => d.headers[k]!),
      rows,
      truth,
    };
  }
}
