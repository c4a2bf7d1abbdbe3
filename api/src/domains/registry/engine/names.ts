/**
 * Organisation names, normalised so that the same organisation written by two departments compares equal:
 * 繁→简 and width folding, brackets, region prefixes (内蒙古自治区 / 鄂尔多斯市 / 东胜区), legal-form
 * variants (有限责任公司 = 有限公司), and split into trade name, industry and branch.
 */
import { foldForSearch } from '../../../platform/text.js';
import { countyOf, type RegionIndex } from './regions.js';
import type { NameParts } from './types.js';

/** Legal forms at the end of a name → class; longest first so 有限责任公司 wins over 公司. */
const FORMS: [string, string][] = ([
  ['股份有限公司', 'co'], ['有限责任公司', 'co'], ['有限公司', 'co'], ['公司', 'co'],
  ['农民专业合作社', 'coop'], ['专业合作社', 'coop'], ['股份经济合作社', 'coop'], ['经济合作社', 'coop'], ['合作社', 'coop'], ['联合社', 'coop'],
  ['个人独资企业', 'sole'], ['合伙企业', 'partner'],
  ['经营部', 'indiv'], ['门市部', 'indiv'], ['商行', 'indiv'],
  ['基金会', '基金会'], ['协会', '协会'], ['商会', '商会'], ['学会', '学会'], ['研究会', '研究会'], ['促进会', '促进会'], ['联合会', '联合会'],
  ['服务中心', '服务中心'], ['服务社', '服务社'], ['服务站', '服务站'], ['研究院', '研究院'], ['中心', '中心'],
] as [string, string][]).sort((a, b) => b[0].length - a[0].length);

const BRANCH = /^(.*(?:有限责任公司|股份有限公司|有限公司|公司|厂|合作社|事务所|医院|酒店|宾馆|中心|超市|银行))(.{0,14}?)(分公司|分店|分厂|分部|营业部|办事处|分中心|分社|门市部|支行|分行|加油站|分所|分院|工作站|分理处)$/;

/** Industry words, matched at the end of the core (trade name + industry), longest first. */
export const INDUSTRY_WORDS: string[] = [
  '商贸', '贸易', '建筑工程', '建筑', '工程', '建设', '科技', '信息技术', '网络科技', '物流', '运输', '餐饮管理', '餐饮', '煤炭', '煤业',
  '能源', '化工', '房地产开发', '房地产', '置业', '物业管理', '物业服务', '物业', '服务', '机械设备', '机械', '汽车销售', '汽车服务',
  '文化传媒', '传媒', '广告', '农牧业', '农业', '牧业', '医药', '药业', '酒店管理', '酒店', '装饰工程', '装饰装修', '装饰', '劳务', '环保',
  '环境', '电力', '电气', '矿业', '实业', '投资', '商务', '咨询', '教育', '培训', '旅游', '家政', '养老', '保洁', '安防', '安装', '电子',
  '通讯', '食品', '乳业', '羊绒', '服饰', '建材', '钢铁', '冶金', '水务', '热力', '燃气', '印刷', '家具', '五金', '超市', '大药房', '药房',
  '律师事务所', '会计师事务所', '事务所', '志愿者', '社会工作', '社工', '慈善', '文化艺术', '体育', '书画', '摄影', '行业', '个体劳动者',
  '企业管理', '管理', '开发', '产业园', '工业园', '园区', '大厦', '商务楼', '写字楼', '广场', '汽修', '租赁', '设计', '检测', '生物', '新材料',
].sort((a, b) => b.length - a.length);

const BRACKETS = /[（【〔\[{「『]/g;
const CLOSE = /[）】〕\]}」』]/g;

/** Parsed names per region index (the same name parses differently against another region tree). */
const caches = new WeakMap<RegionIndex, Map<string, NameParts | null>>();

export function parseName(raw: string, index: RegionIndex): NameParts | null {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Map()));
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const parts = parseNameUncached(raw, index);
  if (cache.size > 500_000) cache.clear();
  cache.set(raw, parts);
  return parts;
}

function parseNameUncached(raw: string, index: RegionIndex): NameParts | null {
  let s = foldForSearch(raw).replace(BRACKETS, '(').replace(CLOSE, ')').replace(/[“”"'‘’·•,，.。、]/g, '');
  if (!s) return null;
  let regionTag = '';
  // (东胜) or (内蒙古) inside the name is a region, not part of the name; (有限合伙) is a form note.
  s = s.replace(/\(([^()]*)\)/g, (_m, inner: string) => {
    const county = countyOf(inner, index);
    if (county) { regionTag ||= county; return ''; }
    if (index.upperPrefixes.includes(inner) || /^(有限合伙|普通合伙|特殊普通合伙)$/.test(inner)) return '';
    return inner;
  }).replace(/[()]/g, '');
  const folded = s;

  let branch = '';
  const b = BRANCH.exec(s);
  if (b) {
    // 东胜区分公司 = 东胜分公司: the qualifier without its region suffix.
    const qualifier = b[2]!.replace(/(区|旗|县|市)$/, '');
    branch = `${qualifier}${b[3]}`;
    s = b[1]!;
  }

  for (let changed = true; changed;) {
    changed = false;
    for (const p of index.upperPrefixes) {
      if (s.startsWith(p) && s.length - p.length >= 4) { s = s.slice(p.length); changed = true; break; }
    }
    for (const c of index.countyFullNames) {
      if (s.startsWith(c) && s.length - c.length >= 4) { regionTag ||= index.counties.get(c)!; s = s.slice(c.length); changed = true; break; }
    }
  }

  let form = '';
  for (const [word, cls] of FORMS) {
    if (s.endsWith(word) && s.length > word.length) { form = cls; s = s.slice(0, -word.length); break; }
  }
  // 有限公司 after a region in brackets was already dropped; a trailing 集团 belongs to the trade name.
  let industry = '';
  let trade = s;
  for (let changed = true; changed;) {
    changed = false;
    for (const w of INDUSTRY_WORDS) {
      if (trade.endsWith(w) && trade.length - w.length >= 2) { industry = w + industry; trade = trade.slice(0, -w.length); changed = true; break; }
    }
  }
  return { folded, core: s, trade, industry, form, regionTag, branch };
}
