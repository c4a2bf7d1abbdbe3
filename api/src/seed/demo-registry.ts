/**
 * The demo city's department lists for the base register (基础底册): a few hundred organisations as five departments
 * keep them — different headers, a title row above the header, GBK and UTF-8, old organisation codes, traditional
 * characters, dropped region prefixes, slow departments with an old legal representative, blank cells, and a few
 * records without a code whose names are a character off (the review queue). Deterministic for a seed.
 */
import iconv from 'iconv-lite';
import { computeCreditCheck, type RegistryImportInput } from '@wushe/common';
import type { DivisionNode } from '../domains/regions/index.js';
import type { Random } from './random.js';

interface Org {
  name: string;
  short: string;
  prefix: string;
  code: string;
  legalRep: string;
  oldRep: string;
  phone: string;
  address: string;
  founded: string;
  type: string;
  industry: string;
  social: boolean;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '高', '郭', '马', '白', '乌兰', '苏', '韩', '云', '奇', '包'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '桂英', '巴特尔', '其其格', '格日勒', '额尔敦'];
// (恒达, 金辉 and 博瑞 are left to the browser journeys, which import them as new organisations)
const TRADE = ['宏远', '鸿雁', '金桥', '绿源', '鑫盛', '蒙泰', '天骄', '远航', '瑞丰', '华鼎', '伊泰', '东源', '北辰', '祥和', '安和', '兴旺', '顺通', '汇丰', '德信', '康宁', '永盛', '金地', '汇能', '荣昌', '嘉禾', '长青', '光明', '同心', '草原', '沁园'];
const ENTERPRISE = [
  { word: '煤业', industry: '煤炭开采和洗选业' }, { word: '能源科技', industry: '电力、热力生产和供应业' }, { word: '商贸', industry: '批发业' },
  { word: '物流', industry: '道路运输业' }, { word: '建筑工程', industry: '房屋建筑业' }, { word: '房地产开发', industry: '房地产业' },
  { word: '餐饮管理', industry: '餐饮业' }, { word: '医药连锁', industry: '零售业' }, { word: '教育咨询', industry: '教育' },
  { word: '信息技术', industry: '软件和信息技术服务业' }, { word: '农牧业开发', industry: '畜牧业' }, { word: '汽车服务', industry: '机动车维修' },
  { word: '物业服务', industry: '物业管理' }, { word: '会计师事务所', industry: '商务服务业' },
];
const SOCIAL = [
  { word: '社会工作服务中心', type: '民办非企业单位', industry: '社会工作' }, { word: '养老服务中心', type: '民办非企业单位', industry: '养老服务' },
  { word: '志愿者协会', type: '社会团体', industry: '志愿服务' }, { word: '商会', type: '社会团体', industry: '行业服务' },
  { word: '书画协会', type: '社会团体', industry: '文化' }, { word: '青少年服务中心', type: '民办非企业单位', industry: '青少年服务' },
];
const PLACES = ['经济开发区管委会', '现代煤化工产业园', '装备制造工业园', '商务大厦', '金融广场', '国际商务中心', '万达广场', '科技写字楼'];
const ROADS = ['天骄路', '鄂尔多斯大街', '伊金霍洛街', '团结路', '林荫路', '民族街', '准格尔路', '达拉特南路', '宝日陶亥街', '文化路'];
const TRADITIONAL: Record<string, string> = { 达: '達', 贸: '貿', 业: '業', 东: '東', 发: '發', 华: '華', 远: '遠', 宁: '寧', 兴: '興', 丰: '豐', 会: '會', 务: '務', 汇: '匯', 龙: '龍', 长: '長', 盛: '盛' };

/** A character heard right and written wrong (同音字), as in records typed from a phone call. */
const HOMOPHONE: Record<string, string> = { 远: '源', 达: '大', 辉: '晖', 盛: '胜', 泰: '太', 瑞: '锐', 丰: '峰', 鼎: '顶', 信: '鑫', 源: '元' };

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function creditCode(rnd: Random, social: boolean): string {
  const body = `${social ? '52' : '91'}150627${Array.from({ length: 9 }, () => ALPHABET[rnd.int(0, 9)]).join('')}`;
  return body + computeCreditCheck(body);
}

/** The operating towns: 阿勒腾席热镇 (the demo street) holds about a third, the rest spread over the city. */
function townPicker(rnd: Random, divisions: readonly DivisionNode[]) {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const towns = divisions.filter((d) => d.level === 4 && byCode.get(d.parentCode ?? '')?.level === 3);
  const home = towns.find((d) => d.code === '150627100000')!;
  return () => {
    const town = rnd.chance(0.35) ? home : rnd.pick(towns);
    return { town, county: byCode.get(town.parentCode!)! };
  };
}

function makeOrgs(rnd: Random, divisions: readonly DivisionNode[], count: number): Org[] {
  const place = townPicker(rnd, divisions);
  const person = () => rnd.pick(SURNAMES) + rnd.pick(GIVEN);
  const used = new Set<string>();
  const out: Org[] = [];
  for (let i = 0; out.length < count; i++) {
    const { town, county } = place();
    const social = rnd.chance(0.2);
    const isPlace = !social && rnd.chance(0.05);
    const trade = rnd.pick(TRADE);
    const kind = social ? rnd.pick(SOCIAL) : rnd.pick(ENTERPRISE);
    const prefix = rnd.chance(0.5) ? county.name : '鄂尔多斯市';
    const tail = isPlace ? rnd.pick(PLACES) : social ? kind.word : `${kind.word}有限公司`;
    const name = `${prefix}${trade}${tail}`;
    if (used.has(name)) continue;
    used.add(name);
    const year = rnd.int(2003, 2024);
    out.push({
      name, short: `${trade}${tail.replace('有限公司', '')}`, prefix, code: creditCode(rnd, social), legalRep: person(), oldRep: person(),
      phone: rnd.chance(0.7) ? `1${rnd.pick(['39', '47', '58', '83', '52'])}${String(rnd.int(0, 99_999_999)).padStart(8, '0')}` : `0477-${rnd.int(3_000_000, 8_999_999)}`,
      address: `${county.name}${town.name}${rnd.pick(ROADS)}${rnd.int(1, 199)}号`,
      founded: `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
      type: social ? (kind as (typeof SOCIAL)[number]).type : isPlace ? (/园|开发区/.test(tail) ? '园区' : '商务楼宇') : rnd.pick(['有限责任公司（自然人投资或控股）', '有限责任公司（自然人独资）', '其他有限责任公司']),
      industry: kind.industry, social,
    });
  }
  return out;
}

const toTraditional = (s: string) => [...s].map((c) => TRADITIONAL[c] ?? c).join('');
const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: string[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
const compact = (d: string) => d.replaceAll('-', '');
const chinese = (d: string) => { const [y, m, day] = d.split('-'); return `${y}年${Number(m)}月${Number(day)}日`; };
const slash = (d: string) => { const [y, m, day] = d.split('-'); return `${y}/${Number(m)}/${Number(day)}`; };

/** Five departments' files for the demo register, each as the import takes it (base64 content). */
export function generateDemoRegistry(rnd: Random, divisions: readonly DivisionNode[], count = 260): Omit<RegistryImportInput, 'mapping'>[] {
  const orgs = makeOrgs(rnd, divisions, count);
  const enterprises = orgs.filter((o) => !o.social);
  const socials = orgs.filter((o) => o.social);
  const blank = (v: string, p = 0.06) => (rnd.chance(p) ? '' : v);

  const market = [['企业名称', '统一社会信用代码', '法定代表人', '联系电话', '住所', '成立日期', '企业类型'],
    ...enterprises.filter(() => rnd.chance(0.95)).map((o) => [o.name, o.code, o.legalRep, blank(o.phone, 0.02), o.address, o.founded, o.type])];
  const civil = [['社会组织名称', '统一社会信用代码', '法定代表人', '联系电话', '住所', '登记日期', '组织类型', '业务范围'],
    ...socials.filter(() => rnd.chance(0.95)).map((o) => [o.name, o.code, o.legalRep, blank(o.phone), o.address, chinese(o.founded), o.type, o.industry])];
  // tax: GBK, lower-case codes now and then, traditional characters from an old system, region prefix dropped
  const tax = [['纳税人名称', '纳税人识别号', '法定代表人', '联系电话', '生产经营地址', '登记日期', '行业'],
    ...orgs.filter((o) => rnd.chance(o.social ? 0.4 : 0.8)).map((o) => {
      let name = rnd.chance(0.15) ? o.name.slice(o.prefix.length) : o.name;
      if (rnd.chance(0.1)) name = toTraditional(name);
      return [name, rnd.chance(0.15) ? o.code.toLowerCase() : o.code, o.legalRep, blank(o.phone), o.address, compact(o.founded), o.industry];
    })];
  // human resources: slow, so some still carry the former legal representative; a few lost their code
  const hr = [['用人单位名称', '社会信用代码', '法人代表', '联系电话', '单位地址', '成立时间'],
    ...orgs.filter(() => rnd.chance(0.5)).map((o) => [o.name, blank(o.code, 0.08), rnd.chance(0.12) ? o.oldRep : o.legalRep, blank(o.phone, 0.1), o.address, slash(o.founded)])];
  // the trade union: a title row above the header, the old 9-character code, short names, a few typed by hand
  const union = [['鄂尔多斯市总工会 基层工会组建情况台账（2026年）'], ['单位名称', '组织机构代码', '负责人', '手机号码', '地址'],
    ...orgs.filter((o) => !o.social && rnd.chance(0.15)).map((o) => [rnd.chance(0.25) ? o.short : o.name, `${o.code.slice(8, 16)}-${o.code[16]}`, o.legalRep, blank(o.phone, 0.15), o.address])];
  // records typed without a code and with another phone: the register cannot be sure, a person decides
  for (const o of enterprises.slice(0, 10)) {
    const typo = o.name.replace(/[远达辉盛泰瑞丰鼎信源]/, (c) => HOMOPHONE[c]!);
    union.push([typo, '', o.oldRep, `139${String(rnd.int(0, 99_999_999)).padStart(8, '0')}`, o.address]);
  }
  const b64 = (s: string) => Buffer.from(`\ufeff${s}`, 'utf8').toString('base64');
  return [
    { fileName: '市场监督管理局_企业名录_2026.csv', department: '市场监督管理局', contentBase64: b64(csv(market)) },
    { fileName: '民政局_社会组织名录.csv', department: '民政局', contentBase64: b64(csv(civil)) },
    { fileName: '税务局_纳税人清册.csv', department: '税务局', contentBase64: iconv.encode(csv(tax), 'gb18030').toString('base64') },
    { fileName: '人社局_参保单位.csv', department: '人力资源和社会保障局', contentBase64: b64(csv(hr)) },
    { fileName: '总工会_工会组建台账.csv', department: '总工会', contentBase64: b64(csv(union)) },
  ];
}
