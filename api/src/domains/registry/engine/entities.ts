/**
 * A cluster of source rows → one register entry: each field from the most trusted department that filled it
 * (configurable order), every other distinct value kept as a conflict, the ledger, the industry party
 * committee and the operating region (the township or county most of the addresses resolve to).
 */
import { committeeOf, ledgerOf, trustRank, DEFAULT_COMMITTEE_RULES, DEFAULT_TRUST_ORDER, type CommitteeRule } from './ledger.js';
import type { Resolution } from './resolve.js';
import { partyCoverageOf } from './party.js';
import { FIELD_KEYS, type FieldKey, type Ledger, type OrgKind, type SourceRow } from './types.js';

export interface FieldValue {
  value: string;
  /** Index of the source row the value came from. */
  source: number;
  department: string;
}

export interface EntitySummary {
  cluster: number;
  /** Source row indexes, most trusted first. */
  rows: number[];
  fields: Partial<Record<FieldKey, FieldValue>>;
  /** Fields whose sources disagree (after normalisation), with every distinct value. */
  conflicts: Partial<Record<FieldKey, FieldValue[]>>;
  creditCode: string | null;
  kind: OrgKind;
  ledger: Ledger;
  committee: string;
  regionCode: string;
}

export interface SummariseOptions {
  trustOrder?: readonly (readonly string[])[];
  committeeRules?: readonly CommitteeRule[];
}

export function summariseEntities(rows: readonly SourceRow[], res: Resolution, options: SummariseOptions = {}): EntitySummary[] {
  const order = options.trustOrder ?? DEFAULT_TRUST_ORDER;
  const members: number[][] = Array.from({ length: res.clusters }, () => []);
  for (let i = 0; i < res.clusterOf.length; i++) members[res.clusterOf[i]!]!.push(i);
  return members.map((list, cluster) => {
    list.sort((a, b) => trustRank(rows[a]!.department, order) - trustRank(rows[b]!.department, order) || a - b);
    const fields: EntitySummary['fields'] = {};
    const conflicts: EntitySummary['conflicts'] = {};
    const clusterCredits = list.map((i) => res.records[i]!.code.credit).filter((c): c is string => !!c);
    for (const key of FIELD_KEYS) {
      const seen = new Map<string, FieldValue>();
      for (const i of list) {
        const v = rows[i]!.cells[key];
        if (!v) continue;
        const norm = comparable(key, i, res, clusterCredits, v);
        if (!seen.has(norm)) seen.set(norm, { value: v, source: i, department: rows[i]!.department });
      }
      const values = [...seen.values()];
      if (values[0]) fields[key] = values[0];
      if (values.length > 1) conflicts[key] = values;
    }
    const creditCode = list.map((i) => res.records[i]!.code.credit).find(Boolean) ?? null;
    const kinds = list.map((i) => res.records[i]!.kind).filter((k) => k !== 'unknown');
    const kind: OrgKind = kinds[0] ?? 'unknown';
    const name = fields.name?.value ?? '';
    const typeText = fields.type?.value ?? '';
    const ledger = ledgerOf(kind, res.records[list[0]!]!.name?.folded ?? name, typeText);
    const committee = committeeOf(ledger, `${name}${fields.industry?.value ?? ''}${typeText}`, options.committeeRules ?? DEFAULT_COMMITTEE_RULES);
    return { cluster, rows: list, fields, conflicts, creditCode, kind, ledger, committee, regionCode: operatingRegion(list, res) };
  });
}

/**
 * The value as compared, so 0477-1234567 and 04771234567 are not a conflict, nor is an old 9-character organisation
 * code that is characters 9–17 of the entry's credit code (the same registration, written the old way).
 */
function comparable(key: FieldKey, i: number, res: Resolution, clusterCredits: readonly string[], value: string): string {
  const r = res.records[i]!;
  switch (key) {
    case 'name': return r.name?.folded ?? '';
    case 'code': {
      const org = r.code.org;
      const inCredit = org && !r.code.credit ? clusterCredits.find((c) => c.slice(8, 17) === org) : undefined;
      return r.code.credit ?? inCredit ?? org ?? r.code.invalid ?? (r.code.suspect ? `suspect:${i}` : '');
    }
    case 'phone': return r.phones.join('/');
    case 'legalRep': return r.legalRep;
    case 'address': return r.address ? `${r.address.county}${r.address.town}${r.address.rest}` : '';
    case 'founded': return r.founded || `unread:${i}`;
    // 否 / 未建立 / 无 are one answer; a bare 是 is compared as written
    case 'party': return partyCoverageOf(value) ?? value;
    default: return '';
  }
}

/** The township most addresses name (else the county), ties to the more trusted source. */
function operatingRegion(list: readonly number[], res: Resolution): string {
  const votes = new Map<string, number>();
  for (const i of list) {
    const a = res.records[i]!.address;
    const code = a?.town || a?.county;
    if (code) votes.set(code, (votes.get(code) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [code, v] of votes) if (v > n) { best = code; n = v; }
  return best;
}
