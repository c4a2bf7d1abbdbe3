/**
 * A city's register rules as the service and the reconciliation read them, and the checks an edit must pass.
 * Pure: the defaults are the engine's constants, so a city that never edited its rules behaves as before.
 */
import type { FieldError } from '@wushe/common';
import {
  DEFAULT_COMMITTEE_RULES, DEFAULT_FALLBACKS, DEFAULT_TRUST_ORDER, type CommitteeFallbacks, type CommitteeRule,
} from './engine/ledger.js';

export interface CitySettings {
  committeeRules: CommitteeRule[];
  fallbacks: CommitteeFallbacks;
  trustOrder: string[][];
}

export const DEFAULT_CITY_SETTINGS: CitySettings = {
  committeeRules: DEFAULT_COMMITTEE_RULES.map((r) => ({ keywords: [...r.keywords], committee: r.committee })),
  fallbacks: { ...DEFAULT_FALLBACKS },
  trustOrder: DEFAULT_TRUST_ORDER.map((tier) => [...tier]),
};

export { cityCodeOfPath } from '@wushe/common';

/** Trims every word and drops blanks, so " 煤 " and "煤" are one keyword. */
export function cleanSettings(s: CitySettings): CitySettings {
  return {
    committeeRules: s.committeeRules.map((r) => ({ keywords: r.keywords.map((k) => k.trim()).filter(Boolean), committee: r.committee.trim() })),
    fallbacks: { social: s.fallbacks.social.trim(), other: s.fallbacks.other.trim() },
    trustOrder: s.trustOrder.map((tier) => tier.map((d) => d.trim()).filter(Boolean)),
  };
}

/**
 * What is wrong with a city's rules, each naming its field: a rule without keywords or committee, a keyword
 * in two rules (only the first could ever fire), a trust tier without words, a department word in two tiers.
 */
export function checkSettings(s: CitySettings): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  s.committeeRules.forEach((r, i) => {
    if (r.committee.length < 2) errors.push({ path: `committeeRules[${i}].committee`, message: `第${i + 1}条规则的行业党委名称（committee）不能为空` });
    if (r.keywords.length === 0) errors.push({ path: `committeeRules[${i}].keywords`, message: `第${i + 1}条规则至少需要一个关键词（keywords）` });
    r.keywords.forEach((k, j) => {
      const first = seen.get(k);
      if (first !== undefined && first !== i) errors.push({ path: `committeeRules[${i}].keywords[${j}]`, message: `关键词“${k}”已在第${first + 1}条规则中，第${i + 1}条规则的该词永远不会生效` });
      else seen.set(k, i);
    });
  });
  if (s.fallbacks.social.length < 2) errors.push({ path: 'socialCommittee', message: '社会组织的默认党委（socialCommittee）不能为空' });
  if (s.fallbacks.other.length < 2) errors.push({ path: 'defaultCommittee', message: '企业的默认党委（defaultCommittee）不能为空' });
  const tierOf = new Map<string, number>();
  s.trustOrder.forEach((tier, i) => {
    if (tier.length === 0) errors.push({ path: `trustOrder[${i}]`, message: `来源优先级第${i + 1}档（trustOrder）至少需要一个部门名称` });
    tier.forEach((d, j) => {
      const first = tierOf.get(d);
      if (first !== undefined) errors.push({ path: `trustOrder[${i}][${j}]`, message: `部门“${d}”已在来源优先级第${first + 1}档中` });
      else tierOf.set(d, i);
    });
  });
  return errors;
}

/** Same trust tiers (the reconciliation re-summarises only the cities whose order differs from the default). */
export function sameTrustOrder(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
