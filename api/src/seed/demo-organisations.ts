import { computeCreditCheck, computeOrgCodeCheck, type OrgGrade, type OrgType, type ServiceDomain, SERVICE_DOMAINS } from '@wushe/common';
import type { DivisionNode } from '../domains/regions/index.js';
import type { Random } from './random.js';

export interface DemoOrganisation {
  key?: 'org1' | 'org2';
  name: string;
  creditCode: string | null;
  type: OrgType;
  serviceDomains: ServiceDomain[];
  isHub: boolean;
  isBrand: boolean;
  registrationRegionCode: string;
  operatingRegionCode: string;
  legalRepresentative: string;
  phone: string;
  address: string;
  foundedOn: string;
  grade: OrgGrade | null;
  gradeValidUntil: string | null;
}

const CORES = ['阳光', '暖心', '红石榴', '草原', '天骄', '温馨', '和谐', '邻里', '同心', '康乐', '春晖', '益众', '乐龄', '爱心', '启航', '彩虹', '善行', '馨家园', '众益', '博爱', '青禾', '北疆', '鸿雁', '萨拉乌素', '苏力德', '夕阳红', '向日葵', '格桑花'];
const DOMAIN_PHRASE: Record<ServiceDomain, string[]> = {
  elderly: ['养老服务', '居家养老服务', '为老服务'], meal_aid: ['长者助餐服务', '社区助餐服务'], children: ['儿童关爱', '儿童成长'],
  youth: ['青少年发展', '青少年服务'], disability: ['助残服务', '残疾人康复服务'], social_assistance: ['社会救助服务', '困难群众帮扶'],
  community_correction: ['社区矫正服务', '安置帮教服务'], mediation: ['矛盾调解', '人民调解服务'], culture_sports: ['文化体育', '文体服务'],
  employment_training: ['就业创业服务', '职业技能培训'], environment: ['生态环保', '环保公益'], legal_services: ['法律援助服务', '公益法律服务'],
  health: ['健康促进', '心理健康服务'], volunteering: ['志愿服务', '志愿者服务'], party_building: ['党建服务', '红色服务'],
};
const FORMS: Record<OrgType, string[]> = {
  social_service: ['中心', '社会工作服务中心', '发展中心'], social_group: ['协会', '联合会', '促进会'], foundation: ['基金会'],
  community_filed: ['志愿服务队', '互助会', '睦邻会', '文艺队'], private_enterprise: ['有限公司', '服务有限公司'], trade_association: ['行业协会', '商会'],
};
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = ['建国', '春梅', '海军', '丽娜', '志强', '秀英', '文博', '晓燕', '巴特尔', '乌云', '其其格', '宝音', '敖日格乐', '娜仁', '俊杰', '雅琴', '红霞', '利军', '玉兰', '思远'];
const TYPE_PREFIX: Record<OrgType, string> = { social_group: '51', social_service: '52', foundation: '53', community_filed: '51', private_enterprise: '91', trade_association: '51' };
const ROADS = ['伊金霍洛西街', '鄂尔多斯西街', '天骄北路', '达拉特北路', '团结路', '准格尔南路', '王府路', '乌兰木伦街', '锡尼路', '康和路'];

/** A credit code with correct check characters for the type and the banner's division code. */
export function makeCreditCode(rnd: Random, type: OrgType, divisionCode6: string): string {
  const body = type === 'private_enterprise'
    ? `MA${Array.from({ length: 6 }, () => rnd.pick('0123456789ABCDEFGHJKLMNPQRTUWXY'.split(''))).join('')}`
    : `5${Array.from({ length: 7 }, () => rnd.int(0, 9)).join('')}`;
  const first17 = `${TYPE_PREFIX[type]}${divisionCode6}${body}${computeOrgCodeCheck(body)}`;
  return first17 + computeCreditCheck(first17);
}

function pickType(rnd: Random): OrgType {
  const r = rnd.next();
  // Ordos' mix (seed 000): ~half social groups, ~half private non-enterprise units, a few foundations; plus filed groups.
  return r < 0.34 ? 'social_service' : r < 0.6 ? 'social_group' : r < 0.63 ? 'foundation' : r < 0.85 ? 'community_filed' : r < 0.93 ? 'private_enterprise' : 'trade_association';
}

/** ~200 organisations spread over the city, a denser cluster in the demo street so every role has data. */
export function generateDemoOrganisations(rnd: Random, divisions: readonly DivisionNode[], count = 200): DemoOrganisation[] {
  const villages = divisions.filter((d) => d.level === 5);
  const demoStreetVillages = villages.filter((v) => v.parentCode === '150627100000');
  const nameOf = (code: string) => divisions.find((d) => d.code === code)!.name;
  const bannerOf = (code: string) => `${code.slice(0, 6)}000000`;
  const used = new Set<string>();
  const out: DemoOrganisation[] = [
    fixed('org1', '伊金霍洛旗阳光社会工作服务中心', 'social_service', ['elderly', 'children', 'social_assistance'], '150627000000', '150627100001', rnd),
    fixed('org2', '东胜区春晖养老服务中心', 'social_service', ['elderly', 'meal_aid'], '150602000000', '150602001001', rnd),
    fixed(undefined, '鄂尔多斯市天骄城乡社区发展基金会', 'foundation', ['social_assistance', 'elderly', 'children'], '150600000000', '150602001002', rnd),
    fixed(undefined, '伊金霍洛旗乌兰木伦镇同心矛盾调解服务中心', 'social_service', ['mediation', 'legal_services'], '150627102000', '150627102013', rnd),
  ];
  out.forEach((o) => used.add(o.name));
  while (out.length < count) {
    const type = pickType(rnd);
    const place = out.length % 5 === 0 ? rnd.pick(demoStreetVillages) : rnd.pick(villages);
    const banner = bannerOf(place.code);
    const domains = [...new Set([rnd.pick(SERVICE_DOMAINS), ...(rnd.chance(0.5) ? [rnd.pick(SERVICE_DOMAINS)] : [])])];
    const prefix = type === 'community_filed' ? nameOf(place.code).replace(/(居委会|居民委员会|村委会|村民委员会)$/, '') : nameOf(banner);
    const name = `${prefix}${rnd.pick(CORES)}${rnd.pick(DOMAIN_PHRASE[domains[0]!])}${rnd.pick(FORMS[type])}`;
    if (used.has(name)) continue;
    used.add(name);
    const r = rnd.next();
    const registration = type === 'community_filed' ? place.code : r < 0.15 ? '150600000000' : r < 0.3 ? place.parentCode! : banner;
    out.push(build(undefined, name, type, domains, registration, place.code, rnd));
  }
  return out;
}

function fixed(key: 'org1' | 'org2' | undefined, name: string, type: OrgType, domains: ServiceDomain[], reg: string, op: string, rnd: Random): DemoOrganisation {
  const o = build(key, name, type, domains, reg, op, rnd);
  return { ...o, isBrand: true, isHub: type === 'foundation', grade: '5A', gradeValidUntil: '2028-12-31' };
}

function build(key: 'org1' | 'org2' | undefined, name: string, type: OrgType, domains: ServiceDomain[], reg: string, op: string, rnd: Random): DemoOrganisation {
  const year = rnd.int(2008, 2025);
  const graded = type !== 'community_filed' && type !== 'private_enterprise' && rnd.chance(0.4);
  const phone = rnd.chance(0.7) ? `1${rnd.pick(['38', '39', '47', '50', '52', '58', '83', '87'])}${String(rnd.int(0, 99_999_999)).padStart(8, '0')}` : `0477${rnd.int(2_000_000, 8_999_999)}`;
  return {
    key, name, type, serviceDomains: domains,
    creditCode: type === 'community_filed' && rnd.chance(0.7) ? null : makeCreditCode(rnd, type, reg.slice(0, 6)),
    isHub: rnd.chance(0.03), isBrand: rnd.chance(0.06),
    registrationRegionCode: reg, operatingRegionCode: op,
    legalRepresentative: `${rnd.pick(SURNAMES.split(''))}${rnd.pick(GIVEN)}`, phone,
    address: `${rnd.pick(ROADS)}${rnd.int(1, 300)}号`,
    foundedOn: `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
    grade: graded ? rnd.pick<OrgGrade>(['2A', '3A', '3A', '4A', '4A', '5A']) : null,
    gradeValidUntil: graded ? `${rnd.int(2026, 2030)}-12-31` : null,
  };
}
