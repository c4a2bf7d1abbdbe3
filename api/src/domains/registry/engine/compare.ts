/**
 * Pairwise comparison, Fellegi–Sunter style: each field adds its log₂ likelihood-ratio weight for the level at
 * which the two records agree (docs/adr/0008). Frequencies scale the weights of shared values: a phone that
 * stands on thirty firms (an accountant's) says almost nothing. Hard vetoes keep a branch apart from its parent.
 */
import { nearCode } from './codes.js';
import { editDistance, jaroWinkler } from './similarity.js';
import type { AddressInfo, FieldEvidence, NameParts, NormRecord, PairScore } from './types.js';

/** The weights (log₂ m/u, rounded) per field and level; the ADR gives the reasoning behind each. */
export const WEIGHTS = {
  code: { credit: 14, org: 12, near: 5, conflict: -16 },
  name: { exact: 12, short: 7, typo: 6, contains: 4, similar: 2, different: -9, industryDiffers: -14, formDiffers: -10 },
  /** Bits taken off an exact name per doubling of the organisations (distinct codes) that carry it. */
  nameSharedPenalty: 3,
  phoneMax: 8,
  legalRep: { agreeMax: 5, differ: -3 },
  address: { same: 8, sameTown: 2, sameCounty: 1, otherStreet: -2, otherCounty: -4 },
  founded: { same: 7, differ: -3 },
  kind: { differ: -10 },
  region: { differ: -7 },
} as const;

/** Auto-merge at or above `merge`; the review queue between `review` and `merge`; apart below `review`. */
export const THRESHOLDS = { merge: 12, review: 8 } as const;

/** How many distinct names carry a phone / a legal representative: the u-probability of their agreement. */
export interface ValueFrequencies {
  phone: Map<string, number>;
  legalRep: Map<string, number>;
  /** Distinct organisations (codes) per name core; absent or 1: a name only one organisation carries. */
  name?: Map<string, number>;
}

/** The key a name's frequency is counted under: its core, and the branch (a branch is not its parent's namesake). */
export function nameKey(n: NameParts): string {
  return n.branch ? `${n.core}|${n.branch}` : n.core;
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

/**
 * Addresses compare by region and by road + house number: the same road and number in the same county is
 * near-conclusive (u ≈ 1 / streets × numbers), the same township with another road or number weighs against
 * (a firm has a registered and an operating address, so only mildly), another county weighs against more.
 */
function addressEvidence(x: AddressInfo, y: AddressInfo): FieldEvidence | null {
  const w = WEIGHTS.address;
  const countyOk = !x.county || !y.county || x.county === y.county;
  const sameStreet = x.road && x.number ? x.road === y.road && x.number === y.number : x.rest !== '' && x.rest === y.rest;
  if (sameStreet && countyOk && (!x.town || !y.town || x.town === y.town)) return { field: 'address', level: 'same', weight: w.same };
  const streetsDiffer = x.road !== '' && y.road !== '' && (x.road !== y.road || (x.number !== '' && y.number !== '' && x.number !== y.number));
  if (x.county && y.county && x.county !== y.county) return { field: 'address', level: 'otherCounty', weight: w.otherCounty };
  if (streetsDiffer && (x.town === y.town || x.county === y.county)) return { field: 'address', level: 'otherStreet', weight: w.otherStreet };
  if (x.town && x.town === y.town) return { field: 'address', level: 'sameTown', weight: w.sameTown };
  if (x.county && x.county === y.county) return { field: 'address', level: 'sameCounty', weight: w.sameCounty };
  return null;
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
    const k = n.level === 'exact' ? Math.max(1, f.name?.get(nameKey(a.name)) ?? 1) : 1;
    // a name several organisations carry (namesakes across a province) is weaker evidence than a rare one
    if (k > 1) evidence.push({ field: 'name', level: `exact×${k}`, weight: Math.round((n.weight - WEIGHTS.nameSharedPenalty * Math.log2(k)) * 10) / 10 });
    else evidence.push({ field: 'name', level: n.level, weight: n.weight });
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
    const e = addressEvidence(a.address, b.address);
    if (e) evidence.push(e);
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
