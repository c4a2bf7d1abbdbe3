/** Shared shapes of the entity-resolution engine (pure: no I/O, no database). */

/** The register fields a department column can map to. */
/** party: the department's party-organisation column (是否建立党组织…), read into the coverage status. */
export type FieldKey = 'name' | 'code' | 'legalRep' | 'phone' | 'address' | 'founded' | 'type' | 'industry' | 'party';

export const FIELD_KEYS: readonly FieldKey[] = ['name', 'code', 'legalRep', 'phone', 'address', 'founded', 'type', 'industry', 'party'];

/** One data row of one department file, cells already mapped to fields (values as written). */
export interface SourceRow {
  file: string;
  department: string;
  /** 1-based data row under the header. */
  row: number;
  cells: Partial<Record<FieldKey, string>>;
  /** Every column as written (header → cell), when the caller keeps provenance. */
  raw?: Record<string, string>;
}

/** The four ledgers of the base register (seed 002). */
export type Ledger = 'enterprise' | 'social_organisation' | 'park' | 'commercial_building';

/** Enterprise / social organisation / individual business, as far as the code, type column or legal form tell. */
export type OrgKind = 'enterprise' | 'social' | 'individual' | 'unknown';

export interface NameParts {
  /** Folded full name (simplified, half-width, no spaces, brackets dropped). */
  folded: string;
  /** Trade name + industry words: the name without region prefix, legal form and branch suffix. */
  core: string;
  trade: string;
  industry: string;
  /** Legal-form class: co (公司 family), coop, sole, partner, assoc, found, nonprofit, indiv, other, '' unknown. */
  form: string;
  /** County-level region named in the name (prefix or bracket), as its code; '' when none. */
  regionTag: string;
  /** For a branch (分公司, 分店 …): its qualifier + kind, e.g. 东胜分公司; '' for a head entity. */
  branch: string;
}

export interface CodeInfo {
  /** A valid 18-character 统一社会信用代码. */
  credit: string | null;
  /** The 9-character 组织机构代码 (from a valid credit code or a valid old code). */
  org: string | null;
  /** A code as written that fails its check (kept for near-match and for the report). */
  invalid: string | null;
  /** Looks filled down from the row above: used for nothing. */
  suspect: boolean;
}

export interface AddressInfo {
  folded: string;
  /** County-level and township-level region codes parsed from the address ('' when not found). */
  county: string;
  town: string;
  /** The street-and-number part after the regions, for exact comparison. */
  rest: string;
  /** The road or street named in `rest` (…路, …街, …大道), '' when none: 鄂尔多斯大街31号 → 鄂尔多斯大街. */
  road: string;
  /** The house number and building tokens after the road (31号 2栋 → 31-2), '' when none. */
  number: string;
}

/** A source row after normalisation: what comparison works on. */
export interface NormRecord {
  idx: number;
  file: string;
  department: string;
  row: number;
  name: NameParts | null;
  code: CodeInfo;
  /** Phone keys: mobile (11 digits) or landline local number (area code dropped). */
  phones: string[];
  legalRep: string;
  address: AddressInfo | null;
  founded: string;
  kind: OrgKind;
  industryText: string;
  /** Problems met while reading the row, by column (e.g. unreadable date). */
  problems: { field: FieldKey; message: string }[];
}

/** One field's part in a pairwise score. */
export interface FieldEvidence {
  field: 'name' | 'code' | 'phone' | 'legalRep' | 'address' | 'founded' | 'kind' | 'region' | 'branch';
  level: string;
  weight: number;
}

export interface PairScore {
  a: number;
  b: number;
  score: number;
  /** A hard reason the two can never be one entity (branch vs parent, two different valid codes …). */
  veto: string | null;
  evidence: FieldEvidence[];
}

export interface RegionNode {
  code: string;
  parentCode: string | null;
  name: string;
  level: number;
}
