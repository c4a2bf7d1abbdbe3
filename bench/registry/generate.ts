/**
 * Realistic department files with known truth (issue 7): 19 departments, each with its own headers, date
 * format, code habits and noise, over a population that includes the look-alikes that cause false merges —
 * sister companies (same trade name and boss, other industry), namesakes in another county, branches carrying
 * the parent's code, an accountant's phone on dozens of firms, codes filled down, renames and moves.
 */
import { computeCreditCheck, computeOrgCodeCheck } from '../../common/src/kernel/credit-code.js';
import ordos from '../../api/src/domains/regions/data/ordos-150600.json' with { type: 'json' };
import { DEPARTMENTS, type DepartmentStyle } from './departments.js';
import type { Entity } from './entity.js';
import { renderEachTable, renderTables } from './render.js';

export interface GeneratedTable {
  file: string;
  department: string;
  format: 'xlsx' | 'csv-gbk' | 'csv-utf8' | 'csv-utf8-bom';
  /** Title rows above the header (xlsx). */
  titleRows: string[];
  headers: string[];
  /** Cell text per data row; for xlsx, dates in `dateColumn` may be Excel serial numbers as text. */
  rows: string[][];
  /** Entity number per data row (the truth). */
  truth: number[];
}


const TRADE_CHARS = '恒达鑫源盛泰华宇金辉博瑞祥利丰隆兴荣昌佳明诚信德和嘉禾宏远永康天正安广通中海亚美创新光旭东方圣元丽凯晟汇聚鼎昊腾飞骏涛澜福禄寿喜乐泽润鸿运晨阳森林峰岭川江河湖星月云霞锦绣华夏蒙原草苍驼铭硕';
const ENTERPRISE_INDUSTRIES = ['商贸', '建筑工程', '物流', '煤炭', '能源', '化工', '房地产开发', '物业管理', '餐饮管理', '机械设备', '汽车销售', '文化传媒', '农牧业', '医药', '酒店管理', '装饰工程', '劳务', '环保', '电力', '矿业', '科技', '信息技术', '食品', '羊绒', '建材', '运输', '咨询', '旅游'];
const SOCIAL = [['餐饮行业', '协会'], ['志愿者', '协会'], ['社会工作', '服务中心'], ['慈善', '协会'], ['养老', '服务中心'], ['文化艺术', '促进会'], ['体育', '协会'], ['书画', '协会'], ['摄影', '协会'], ['个体劳动者', '协会'], ['物流行业', '商会'], ['建筑行业', '商会']];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红玲梅鑫斌宇浩凯健俊帆帅旭宁龙林欣佳雪婷琳晨曦';
const ROADS = ['鄂尔多斯大街', '伊金霍洛街', '天骄路', '达拉特路', '准格尔路', '宝日陶亥街', '团结路', '林荫路', '铁西路', '民族街', '文化街', '纺织街', '杭锦路', '乌审路', '鄂托克街', '罕台路', '北园街', '利民路', '学府路', '锦绣路'];
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

type Node = [string, string | null, string, number];
const NODES = ordos as unknown as Node[];
const COUNTIES = NODES.filter((n) => n[3] === 3);
const TOWNS = NODES.filter((n) => n[3] === 4 && /街道|镇|苏木|乡$/.test(n[2]));

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Gen {
  constructor(readonly random: () => number) {}
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.random() * xs.length)]!; }
  chance(p: number): boolean { return this.random() < p; }
  int(lo: number, hi: number): number { return lo + Math.floor(this.random() * (hi - lo + 1)); }
  chars(pool: string, n: number): string { let s = ''; for (let i = 0; i < n; i++) s += this.pick([...pool]); return s; }
}

function creditCode(g: Gen, county: string, social: boolean, used: Set<string>): string {
  for (;;) {
    const body8 = `MA${g.chars(ALPHABET, 6)}`;
    const first17 = `${social ? '51' : '91'}${county.slice(0, 6)}${body8}${computeOrgCodeCheck(body8)}`;
    if (!ALPHABET.includes(first17[16]!)) continue; // GB 11714 'X' is outside the GB 32100 alphabet as a body char
    const code = first17 + computeCreditCheck(first17);
    if (!used.has(code)) { used.add(code); return code; }
  }
}

function newEntity(g: Gen, id: number, used: Set<string>, names: Set<string>): Entity {
  const r = g.random();
  const kind = r < 0.8 ? 'enterprise' : r < 0.94 ? 'social' : r < 0.96 ? 'park' : 'building';
  const county = g.pick(COUNTIES);
  const towns = TOWNS.filter((t) => t[1] === county[0]);
  const town = towns.length ? g.pick(towns) : county;
  let trade = '';
  let industry = '';
  let form = '';
  do {
    trade = g.chars(TRADE_CHARS, g.chance(0.35) ? 3 : 2);
    if (kind === 'social') [industry, form] = g.pick(SOCIAL) as [string, string];
    else if (kind === 'park') { industry = g.pick(['产业园', '工业园', '物流园区']); form = g.pick(['', '管理有限公司']); }
    else if (kind === 'building') { industry = g.pick(['大厦', '商务楼', '广场']); form = ''; }
    else { industry = g.pick(ENTERPRISE_INDUSTRIES); form = g.pick(['有限公司', '有限公司', '有限责任公司', '股份有限公司']); }
  } while (names.has(`${county[0]}${trade}${industry}`));
  names.add(`${county[0]}${trade}${industry}`);
  return {
    id, kind, trade, industry, form,
    county: county[0], countyName: county[2], town: town[0], townName: town[2],
    road: `${g.pick(ROADS)}${g.int(1, 300)}号`,
    rep: `${g.pick([...SURNAMES])}${g.chars(GIVEN, g.chance(0.6) ? 2 : 1)}`,
    phone: `1${g.pick(['3', '5', '8', '9'])}${g.chars('0123456789', 9)}`,
    code: creditCode(g, county[0], kind === 'social', used),
    founded: `${g.int(1995, 2025)}-${String(g.int(1, 12)).padStart(2, '0')}-${String(g.int(1, 28)).padStart(2, '0')}`,
  };
}

/** The population: base entities plus look-alikes derived from some of them. */
export function generatePopulation(g: Gen, count: number): Entity[] {
  const used = new Set<string>();
  const names = new Set<string>();
  const out: Entity[] = [];
  while (out.length < count) {
    const e = newEntity(g, out.length, used, names);
    if (g.chance(0.05)) e.oldName = `${g.chars(TRADE_CHARS, 2)}${e.industry}`;
    if (g.chance(0.08)) e.oldRep = `${g.pick([...SURNAMES])}${g.chars(GIVEN, 2)}`;
    if (g.chance(0.25)) e.landline = `8${g.chars('0123456789', 6)}`;
    if (g.chance(0.2)) { const t = g.pick(TOWNS); e.otherAddress = `${NODES.find((n) => n[0] === t[1])![2]}${t[2]}${g.pick(ROADS)}${g.int(1, 300)}号`; }
    out.push(e);
    if (e.kind !== 'enterprise' || out.length >= count) continue;
    const roll = g.random();
    if (roll < 0.06) {
      // sister company: same trade name, boss and phone, another industry, its own code
      const s = newEntity(g, out.length, used, names);
      let industry = g.pick(ENTERPRISE_INDUSTRIES);
      while (industry === e.industry) industry = g.pick(ENTERPRISE_INDUSTRIES);
      Object.assign(s, { kind: 'enterprise', code: creditCode(g, e.county, false, used), trade: e.trade, industry, rep: e.rep, phone: e.phone, county: e.county, countyName: e.countyName, town: e.town, townName: e.townName, road: e.road, form: e.form });
      out.push(s);
    } else if (roll < 0.1) {
      // namesake in another county: same trade name and industry, nothing else shared
      const s = newEntity(g, out.length, used, names);
      if (s.county !== e.county) Object.assign(s, { kind: 'enterprise', code: creditCode(g, s.county, false, used), trade: e.trade, industry: e.industry, form: e.form });
      out.push(s);
    } else if (roll < 0.15) {
      // branch: the parent's full name + qualifier + 分公司, own code, often the parent's boss
      const s = newEntity(g, out.length, used, names);
      const county = g.pick(COUNTIES);
      Object.assign(s, { kind: 'enterprise', code: creditCode(g, s.county, false, used), trade: e.trade, industry: e.industry, form: e.form, branchOf: e, branchQualifier: county[2].replace(/(区|旗)$/, ''), rep: g.chance(0.5) ? e.rep : s.rep });
      out.push(s);
    }
  }
  return out;
}

export { DEPARTMENTS, type DepartmentStyle };

/** Expected rows per entity under the departments' coverage (the mix is 80 % enterprises, 14 % social, 6 % places). */
function rowsPerEntity(): number {
  let sum = 0;
  for (const d of DEPARTMENTS) sum += (0.8 * d.cover.enterprise + 0.14 * d.cover.social + 0.06 * d.cover.place) * 1.01;
  return sum;
}

export interface Dataset {
  tables: GeneratedTable[];
  entities: number;
  rows: number;
}

/** About `targetRows` rows over 19 departments' tables, deterministic for a seed. */
export function generateDataset(targetRows: number, seed = 7): Dataset {
  const g = new Gen(rng(seed));
  const population = generatePopulation(g, Math.max(10, Math.round(targetRows / rowsPerEntity())));
  const tables = renderTables(g, population);
  return { tables, entities: population.length, rows: tables.reduce((s, t) => s + t.rows.length, 0) };
}

/** The same dataset as `generateDataset`, its tables produced one at a time (the population is held, the cells are not). */
export function generateTables(targetRows: number, seed = 7): { entities: number; tables: Iterable<GeneratedTable> } {
  const g = new Gen(rng(seed));
  const population = generatePopulation(g, Math.max(10, Math.round(targetRows / rowsPerEntity())));
  return { entities: population.length, tables: renderEachTable(g, population) };
}
