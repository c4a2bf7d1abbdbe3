/** The columns of the organisation register spreadsheet, shared by the template, the export and the parser. */

export type ColumnKey =
  | 'name' | 'creditCode' | 'type' | 'serviceDomains' | 'isHub' | 'isBrand' | 'registrationRegion' | 'operatingRegion'
  | 'legalRepresentative' | 'phone' | 'address' | 'foundedOn' | 'grade' | 'gradeValidUntil';

export interface ColumnDef {
  key: ColumnKey;
  /** zh-CN title without the required mark; error messages name the column by this. */
  title: string;
  required: boolean;
  /** Other titles offices use for the same column (matched after normalising). */
  synonyms: readonly string[];
  /** Width in Excel character units for the template. */
  width: number;
}

/** Column order of the import template and of the export (issue 3 register fields). */
export const COLUMNS: readonly ColumnDef[] = [
  { key: 'name', title: '组织名称', required: true, synonyms: ['名称', '单位名称', '社会组织名称', '机构名称'], width: 36 },
  { key: 'creditCode', title: '统一社会信用代码', required: false, synonyms: ['信用代码', '社会信用代码', '统一信用代码'], width: 24 },
  { key: 'type', title: '组织类型', required: true, synonyms: ['类型', '组织类别'], width: 30 },
  { key: 'serviceDomains', title: '服务领域', required: false, synonyms: ['领域'], width: 24 },
  { key: 'isHub', title: '是否枢纽型', required: false, synonyms: ['枢纽型', '是否枢纽型组织'], width: 12 },
  { key: 'isBrand', title: '是否品牌性', required: false, synonyms: ['品牌性', '是否品牌型', '品牌型'], width: 12 },
  { key: 'registrationRegion', title: '登记区划', required: true, synonyms: ['登记地区', '登记地'], width: 30 },
  { key: 'operatingRegion', title: '实际运营区划', required: true, synonyms: ['运营区划', '实际运营地', '运营地'], width: 30 },
  { key: 'legalRepresentative', title: '法定代表人', required: false, synonyms: ['法人', '负责人', '法人代表'], width: 12 },
  { key: 'phone', title: '联系电话', required: false, synonyms: ['电话', '手机号码', '手机号', '手机', '联系方式'], width: 16 },
  { key: 'address', title: '地址', required: false, synonyms: ['住所', '办公地址', '联系地址'], width: 40 },
  { key: 'foundedOn', title: '成立日期', required: false, synonyms: ['成立时间', '登记日期'], width: 14 },
  { key: 'grade', title: '等级', required: false, synonyms: ['评估等级'], width: 8 },
  { key: 'gradeValidUntil', title: '等级有效期至', required: false, synonyms: ['等级有效期', '有效期至'], width: 14 },
];

/** Rows one import may hold (and the template's drop-downs cover); larger registers go in batches. */
export const MAX_IMPORT_ROWS = 5000;

/** The title a template header cell shows: required columns carry a trailing *. */
export function templateTitle(c: ColumnDef): string {
  return c.required ? `${c.title}*` : c.title;
}

/** Folds a header the way people vary it: full-width forms, spaces, line breaks, required marks. */
function foldHeader(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s*]/g, '');
}

const HEADER_INDEX: ReadonlyMap<string, ColumnKey> = new Map(
  COLUMNS.flatMap((c) => [c.title, ...c.synonyms].map((t) => [foldHeader(t), c.key] as const)),
);

/** The column a header cell names, or null; a trailing note in brackets ("成立日期（年-月-日）") is ignored. */
export function matchHeader(raw: string): ColumnKey | null {
  const folded = foldHeader(raw);
  if (!folded) return null;
  const exact = HEADER_INDEX.get(folded);
  if (exact) return exact;
  const bare = folded.replace(/(\(.*\)|【.*】|\[.*\])$/, '');
  return bare && bare !== folded ? HEADER_INDEX.get(bare) ?? null : null;
}

/** Columns by key, for lookups. */
export const COLUMN_BY_KEY: ReadonlyMap<ColumnKey, ColumnDef> = new Map(COLUMNS.map((c) => [c.key, c]));

/** Spreadsheet column letters for 1-based indexes (A…Z, AA…). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
