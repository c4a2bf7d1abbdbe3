/**
 * Pairwise comparison, Fellegi–Sunter style: each field adds its log₂ likelihood-ratio weight for the level at
 * which the two records agree (docs/adr/0008). Frequencies scale the weights of shared values: a phone that
 * stands on thirty firms (an accountant's) says almost nothing. Hard vetoes keep a branch apart from its parent.
 */
import { nearCode } from './codes.js';
import { editDistance, jaroWinkler } from './similarity.js';
import type { FieldEvidence, NameParts, NormRecord, PairScore } from './types.js';

/** The weights (log₂ m/u, rounded) per field and level; the ADR gives the reasoning behind each. */
export const WEIGHTS = {
  code: { credit: 14, org: 12, near: 5, conflict: -16 },
  name: { exact: 12, short: 7, typo: 6, contains: 4, similar: 2, different: -9, industryDiffers: -14, formDiffers: -10 },
  phoneMax: 8,
  legalRep: { agreeMax: 5, differ: -1 },
  address: { same: 4, sameTown: 2, sameCounty: 1, otherCounty: -4 },
  founded: { same: 4, differ: -2 },
  kind: { differ: -10 },
  region: { differ: -7 },
} as const;

/** Auto-merge at or above `merge`; the review queue between `review` and `merge`; apart below `review`. */
export const THRESHOLDS = { merge: 12, review: 8 } as const;

/** How many distinct names carry a phone / a legal representative: the u-probability of their agreement. */
export interface ValueFrequencies {
  phone: Map<string, number>;
  legalRep: Map<string, number>;
}

export function nameLevel(a: NameParts, b: NameParts): { level: keyof typeof WEIGHTS.name; weight: number } {
  const w = WEIGHTS.name;
  const formsClash = a.form && b.form && a.form !== b.form;
  if (a.core === b.core) return formsClash ? { level: 'formDiffers', weight: w.formDiffers } : { level: 'exact', weight: w.exact };
  // 机械 is the short form of 机械设备 (简称), not another industry
  const prefixIndustry = a.industry.startsWith(b.industry) || b.industry.startsWith(a.industry);
  if (a.trade === b.trade && a.industry && b.industry && a.industry !== b.industry && !prefixIndustry) return { level: 'industryDiffers', weight: w.industryDiffers };
  if (formsClash) return { level: 'formDiffers', weight: w.formDiffers };
  // 简称: the trade name alone, or the trade name with a shortened industry word
  if (a.trade === b.trade && (!a.industry || !b.industry || prefixIndustry)) return { level: 'short', weight: w.short };
  const shorter = Math.min([...a.core].length, [...b.core].length);
  if (shorter >= 4 && editDistance(a.core, b.core, 1) <= 1) return { level: 'typo', weight: w.typo };
  if (shorter >= 3 && (a.core.includes(b.core) || b.core.includes(a.core))) return { level: 'contains', weight: w.contains };
  if (jaroWinkler(a.core, b.core) >= 0.9) return { level: 'similar', weight: w.similar };
  return { level: 'different', weight: w.different };
}

function codeEvidence(a: NormRecord, b: NormRecord): FieldEvidence | null {
  const w = WEIGHTS.code;
  const x = a.code;
  const y = b.code;
  if (x.credit && y.credit) {
    if (x.credit === y.credit) return { field: 'code', level: 'credit', weight: w.credit };
    if (x.org === y.org) return { field: 'code', level: 'org', weight: w.org };
    return { field: 'code', level: 'conflict', weight: w.conflict };
  }
  if (x.org && y.org) return x.org === y.org ? { field: 'code', level: 'org', weight: w.org } : { field: 'code', level: 'conflict', weight: w.conflict };
  const bad = x.invalid ?? y.invalid;
  const other = x.invalid ? (y.credit ?? y.invalid) : (x.credit ?? x.invalid);
  if (bad && other && nearCode(bad, other)) return { field: 'code', level: 'near', weight: w.near };
  return null;
}

function phoneEvidence(a: NormRecord, b: NormRecord, f: ValueFrequencies): FieldEvidence | null {
  let best: FieldEvidence | null = null;
  for (const p of a.phones) {
    if (!b.phones.includes(p)) continue;
    const k = Math.max(1, f.phone.get(p) ?? 1);
    // one name per phone: full weight; each doubling of the names sharing it takes 2.5 bits off
    const weight = Math.max(0, Math.round((WEIGHTS.phoneMax - 2.5 * Math.log2(k)) * 10) / 10);
    if (!best || weight > best.weight) best = { field: 'phone', level: k > 1 ? `shared×${k}` : 'same', weight };
  }
  return best;
}

export function comparePair(a: NormRecord, b: NormRecord, f: ValueFrequencies): PairScore {
  const evidence: FieldEvidence[] = [];
  let veto: string | null = null;
  if (a.name && b.name && a.name.branch !== b.name.branch) {
    veto = a.name.branch && b.name.branch ? 'branches' : 'branchVsParent';
    evidence.push({ field: 'branch', level: veto, weight: 0 });
  }
  const code = codeEvidence(a, b);
  if (code) evidence.push(code);
  if (code?.level === 'conflict') veto ??= 'codes';
  if (a.name && b.name) {
    const n = nameLevel(a.name, b.name);
    evidence.push({ field: 'name', level: n.level, weight: n.weight });
    if (a.name.regionTag && b.name.regionTag && a.name.regionTag !== b.name.regionTag) evidence.push({ field: 'region', level: 'differ', weight: WEIGHTS.region.differ });
  }
  const phone = phoneEvidence(a, b, f);
  if (phone) evidence.push(phone);
  if (a.legalRep && b.legalRep) {
    if (a.legalRep === b.legalRep) {
      const k = Math.max(1, f.legalRep.get(a.legalRep) ?? 1);
      evidence.push({ field: 'legalRep', level: k > 1 ? `shared×${k}` : 'same', weight: Math.max(0.5, Math.round((WEIGHTS.legalRep.agreeMax - 1.5 * Math.log2(k)) * 10) / 10) });
    } else evidence.push({ field: 'legalRep', level: 'differ', weight: WEIGHTS.legalRep.differ });
  }
  if (a.address && b.address) {
    const x = a.address;
    const y = b.address;
    const w = WEIGHTS.address;
    if (x.rest && x.rest === y.rest && (!x.county || !y.county || x.county === y.county)) evidence.push({ field: 'address', level: 'same', weight: w.same });
    else if (x.town && x.town === y.town) evidence.push({ field: 'address', level: 'sameTown', weight: w.sameTown });
    else if (x.county && x.county === y.county) evidence.push({ field: 'address', level: 'sameCounty', weight: w.sameCounty });
    else if (x.county && y.county) evidence.push({ field: 'address', level: 'otherCounty', weight: w.otherCounty });
  }
  if (a.founded && b.founded) {
    evidence.push(a.founded === b.founded ? { field: 'founded', level: 'same', weight: WEIGHTS.founded.same } : { field: 'founded', level: 'differ', weight: WEIGHTS.founded.differ });
  }
  if (a.kind !== 'unknown' && b.kind !== 'unknown' && a.kind !== b.kind && !(a.kind === 'individual' || b.kind === 'individual')) {
    evidence.push({ field: 'kind', level: 'differ', weight: WEIGHTS.kind.differ });
  }
  const score = Math.round(evidence.reduce((s, e) => s + e.weight, 0) * 10) / 10;
  return { a: a.idx, b: b.idx, score, veto, evidence };
}
