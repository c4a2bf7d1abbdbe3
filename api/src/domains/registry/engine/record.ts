/** One mapped source row → the normalised record comparison works on. */
import { foldForSearch } from '../../../platform/text.js';
import { parseCode } from './codes.js';
import { parseDate } from './dates.js';
import { parseName } from './names.js';
import { phoneKeys } from './phones.js';
import { parseAddress, type RegionIndex } from './regions.js';
import type { AddressInfo, NameParts, NormRecord, OrgKind, SourceRow, CodeInfo } from './types.js';

const SOCIAL_FORMS = new Set(['基金会', '协会', '商会', '学会', '研究会', '促进会', '联合会', '服务中心', '服务社', '服务站', '研究院', '中心']);

export function kindOf(code: CodeInfo, typeText: string, name: NameParts | null): OrgKind {
  const c = code.credit;
  if (c) return c[0] === '5' ? 'social' : c.startsWith('92') ? 'individual' : c[0] === '9' ? 'enterprise' : 'unknown';
  if (/社会团体|民办非企业|社会服务机构|基金会|社会组织|社团/.test(typeText)) return 'social';
  if (/个体/.test(typeText)) return 'individual';
  if (/公司|企业|合作社|合伙/.test(typeText)) return 'enterprise';
  if (name && SOCIAL_FORMS.has(name.form)) return 'social';
  if (name && ['co', 'coop', 'sole', 'partner'].includes(name.form)) return 'enterprise';
  return 'unknown';
}

const ROAD = /^(.*?(?:大街|大道|路|街|巷|胡同|道))(?=\d|[一二三四五六七八九十]|$)/;

/** Address → regions, then the road and the house/building numbers (the tokens two spellings share). */
export function addressInfo(folded: string, index: RegionIndex): AddressInfo {
  const parsed = parseAddress(folded, index);
  const road = ROAD.exec(parsed.rest)?.[1] ?? '';
  const numbers = parsed.rest.slice(road.length).match(/\d+/g);
  return { folded, ...parsed, road, number: numbers ? numbers.join('-') : '' };
}

/**
 * Equal values normalised from different rows share one string or object: a province repeats each firm's
 * address, representative and date across departments, and a million records must fit a small heap.
 */
const MAX_INTERNED = 400_000;
const interned = { text: new Map<string, string>(), code: new Map<string, CodeInfo>(), address: new WeakMap<RegionIndex, Map<string, AddressInfo>>() };
function intern(s: string): string {
  if (!s) return '';
  const hit = interned.text.get(s);
  if (hit !== undefined) return hit;
  if (interned.text.size >= MAX_INTERNED) interned.text.clear();
  interned.text.set(s, s);
  return s;
}
function addressOf(folded: string, index: RegionIndex): AddressInfo {
  let cache = interned.address.get(index);
  if (!cache) interned.address.set(index, (cache = new Map()));
  const hit = cache.get(folded);
  if (hit) return hit;
  if (cache.size >= MAX_INTERNED) cache.clear();
  const info = Object.freeze(addressInfo(folded, index));
  cache.set(folded, info);
  return info;
}
function codeOf(raw: string | undefined): CodeInfo {
  if (!raw) return parseCode(raw);
  const hit = interned.code.get(raw);
  if (hit) return hit;
  if (interned.code.size >= MAX_INTERNED) interned.code.clear();
  const info = Object.freeze(parseCode(raw));
  interned.code.set(raw, info);
  return info;
}
const NO_PROBLEMS: NormRecord['problems'] = Object.freeze([]) as unknown as NormRecord['problems'];
const NO_PHONES: string[] = Object.freeze([]) as unknown as string[];

export function normaliseRow(row: SourceRow, idx: number, index: RegionIndex): NormRecord {
  const c = row.cells;
  let problems: NormRecord['problems'] = NO_PROBLEMS;
  const name = c.name ? parseName(c.name, index) : null;
  const code = codeOf(c.code);
  let founded = '';
  if (c.founded && c.founded.trim()) {
    const d = parseDate(c.founded);
    if (d) founded = d;
    else problems = [{ field: 'founded', message: `日期“${c.founded.trim()}”无法识别` }];
  }
  const addrFolded = c.address ? foldForSearch(c.address).replace(/[()（）]/g, '') : '';
  const address = addrFolded ? addressOf(addrFolded, index) : null;
  const phones = phoneKeys(c.phone);
  const typeText = (c.type ?? '').trim();
  return {
    idx,
    file: row.file,
    department: row.department,
    row: row.row,
    name,
    code,
    phones: phones.length ? phones.map(intern) : NO_PHONES,
    legalRep: c.legalRep ? intern(foldForSearch(c.legalRep).replace(/[^\p{Script=Han}a-z·]/gu, '')) : '',
    address,
    founded: intern(founded),
    kind: kindOf(code, typeText, name),
    industryText: intern((c.industry ?? '').trim()),
    problems,
  };
}

/**
 * A code copied down from the row above (drag-fill in a spreadsheet): same code as the previous row of
 * the same file while the names share nothing. Such a code is evidence of nothing and is dropped.
 */
export function markFilledDownCodes(records: NormRecord[]): number {
  let marked = 0;
  // compare with the previous row's code as written, so a code dragged over several rows is caught on each
  let prev = records[0] ? { ...records[0], code: records[0].code } : undefined;
  for (let i = 1; i < records.length; i++) {
    const cur = records[i]!;
    const before = prev!;
    prev = { ...cur, code: cur.code };
    if (before.file !== cur.file || cur.row !== before.row + 1) continue;
    const same = (cur.code.credit && cur.code.credit === before.code.credit) || (cur.code.invalid && cur.code.invalid === before.code.invalid)
      || (!cur.code.credit && cur.code.org && cur.code.org === before.code.org);
    if (!same || !cur.name || !before.name) continue;
    const sameName = cur.name.core === before.name.core || cur.name.trade === before.name.trade;
    // a namesake listed right under its twin (sheets sorted by name) differs in boss or phone
    const otherBoss = cur.legalRep && before.legalRep && cur.legalRep !== before.legalRep;
    const otherPhone = cur.phones.length > 0 && before.phones.length > 0 && !cur.phones.some((p) => before.phones.includes(p));
    if (sameName && !otherBoss && !otherPhone) continue;
    cur.code = { credit: null, org: null, invalid: null, suspect: true };
    marked++;
  }
  return marked;
}

/**
 * A branch written with a code that a head entity (no branch suffix) also carries: departments put the
 * parent's code on its branches. The code then identifies the parent, not the branch, and is dropped.
 */
export function markParentCodesOnBranches(records: NormRecord[]): number {
  const headCodes = new Set<string>();
  for (const r of records) if (r.name && !r.name.branch && r.code.org) headCodes.add(r.code.org);
  let marked = 0;
  for (const r of records) {
    if (r.name?.branch && r.code.org && headCodes.has(r.code.org)) {
      r.code = { credit: null, org: null, invalid: null, suspect: true };
      marked++;
    }
  }
  return marked;
}
