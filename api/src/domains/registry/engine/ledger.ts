/**
 * Where an entity belongs: one of the four ledgers, and the industry party committee (管行业管党建) by
 * editable keyword rules. The first rule whose keyword occurs in the name, industry or type text wins.
 */
import type { Ledger, OrgKind } from './types.js';

export interface CommitteeRule {
  /** Keywords, any of which selects the rule (matched in name + industry + type). */
  keywords: string[];
  committee: string;
}

/** The demo city's default rules; a city edits them (the register stores its own copy). */
export const DEFAULT_COMMITTEE_RULES: CommitteeRule[] = [
  { keywords: ['律师', '律所'], committee: '律师行业党委' },
  { keywords: ['会计师', '税务师', '资产评估'], committee: '注册会计师行业党委' },
  { keywords: ['煤', '矿', '能源', '电力', '化工', '燃气', '热力'], committee: '能源行业党委' },
  { keywords: ['物流', '运输', '快递', '货运', '客运', '出租', '汽修'], committee: '交通运输行业党委' },
  { keywords: ['建筑', '工程', '建设', '装饰', '房地产', '置业', '物业', '建材'], committee: '住房和城乡建设行业党委' },
  { keywords: ['医药', '药', '医院', '诊所', '养老', '康养'], committee: '卫生健康行业党委' },
  { keywords: ['教育', '培训', '学校', '幼儿园'], committee: '教育行业党委' },
  { keywords: ['园区', '产业园', '工业园', '开发区', '大厦', '商务楼', '写字楼', '广场'], committee: '园区楼宇党委' },
  { keywords: ['商贸', '贸易', '超市', '餐饮', '酒店', '食品', '五金', '服饰'], committee: '商务行业党委' },
];

/** Social organisations answer to the social organisation committee unless an industry rule says otherwise. */
export const SOCIAL_COMMITTEE = '社会组织综合党委';
export const DEFAULT_COMMITTEE = '非公有制经济组织综合党委';

export function ledgerOf(kind: OrgKind, name: string, typeText = ''): Ledger {
  const text = `${name}${typeText}`;
  if (/(产业园|工业园|园区|开发区)(管理委员会|管委会|服务中心|有限公司)?$/.test(name) || /园区/.test(typeText)) return 'park';
  if (/(大厦|商务楼|写字楼|商务中心|广场)(管理处|物业)?$/.test(name) || /楼宇/.test(typeText)) return 'commercial_building';
  if (kind === 'social' || /社会团体|民办非企业|社会服务机构|基金会/.test(text)) return 'social_organisation';
  return 'enterprise';
}

/** Where no keyword rule matches: social organisations to one committee, everything else to another. */
export interface CommitteeFallbacks {
  social: string;
  other: string;
}
export const DEFAULT_FALLBACKS: CommitteeFallbacks = { social: SOCIAL_COMMITTEE, other: DEFAULT_COMMITTEE };

export function committeeOf(ledger: Ledger, text: string, rules: readonly CommitteeRule[] = DEFAULT_COMMITTEE_RULES, fallbacks: CommitteeFallbacks = DEFAULT_FALLBACKS): string {
  for (const r of rules) if (r.keywords.some((k) => k && text.includes(k))) return r.committee;
  return ledger === 'social_organisation' ? fallbacks.social : fallbacks.other;
}

/** The text the committee rules read: the name, the industry and the type as the register holds them. */
export function committeeText(name: string, industry = '', typeText = ''): string {
  return `${name}${industry}${typeText}`;
}

/**
 * Source trust, in tiers: a department whose name contains a word of an earlier tier wins (市场监管/民政 >
 * 税务 > others). A city reorders the tiers; within a tier the earlier row wins.
 */
export const DEFAULT_TRUST_ORDER: readonly (readonly string[])[] = [['市场监督管理', '市场监管', '工商行政管理', '民政'], ['税务']];

export function trustRank(department: string, order: readonly (readonly string[])[] = DEFAULT_TRUST_ORDER): number {
  const i = order.findIndex((tier) => tier.some((d) => department.includes(d)));
  return i < 0 ? order.length : i;
}
