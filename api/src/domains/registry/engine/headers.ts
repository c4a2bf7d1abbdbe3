/**
 * Department headers → register fields. Each department names its columns its own way; synonyms cover the
 * common ones, a department's confirmed mapping (remembered) covers the rest.
 */
import type { FieldKey } from './types.js';

/** Synonyms per field, compared after folding (no spaces, brackets, asterisks or punctuation). */
export const HEADER_SYNONYMS: Record<FieldKey, readonly string[]> = {
  name: ['单位名称', '企业名称', '组织名称', '名称', '单位全称', '企业全称', '机构名称', '社会组织名称', '市场主体名称', '纳税人名称', '用人单位名称', '用人单位', '单位', '企业', '主体名称', '商户名称', '经营者名称', '园区名称', '楼宇名称'],
  code: ['统一社会信用代码', '社会信用代码', '信用代码', '统一代码', '统一社会信用码', '纳税人识别号', '社会统一信用代码', '组织机构代码', '机构代码', '代码', '注册号', '登记证号', '统一社会信用代码注册号'],
  legalRep: ['法定代表人', '法人代表', '负责人', '法人', '法定代表人负责人', '经营者', '投资人', '主要负责人', '法人姓名', '法定代表人姓名', '会长', '理事长'],
  phone: ['联系电话', '电话', '手机号码', '手机', '联系方式', '联系人电话', '办公电话', '固定电话', '电话号码', '手机号', '法人电话', '联系手机'],
  address: ['地址', '住所', '经营地址', '注册地址', '经营场所', '办公地址', '住所地', '单位地址', '详细地址', '实际经营地址', '生产经营地址', '注册地', '通讯地址', '所在地', '单位所在地', '所在地址'],
  founded: ['成立日期', '登记日期', '注册日期', '成立时间', '设立日期', '核准日期', '登记时间', '注册时间', '开业日期', '发照日期'],
  type: ['类型', '组织类型', '企业类型', '单位类型', '主体类型', '登记类型', '社会组织类型', '经济类型', '机构类型', '市场主体类型'],
  party: ['是否建立党组织', '是否成立党组织', '党组织建立情况', '党组织组建情况', '党组织覆盖情况', '党组织组建形式', '党组织建立方式', '党组织情况', '党建情况', '是否有党组织', '党组织类型'],
  industry: ['行业', '所属行业', '行业类别', '行业门类', '国民经济行业', '业务范围', '经营范围', '行业分类', '主营业务'],
};

/** Folds a header cell: drops spaces, required marks, brackets and their notes, punctuation. */
export function foldHeader(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\(.*?\)|（.*?）|【.*?】|\[.*?\]/g, '')
    .replace(/[\s*＊:：/、·.\-_]/g, '')
    .trim();
}

const LOOKUP = new Map<string, FieldKey>();
for (const key of Object.keys(HEADER_SYNONYMS) as FieldKey[]) for (const s of HEADER_SYNONYMS[key]) LOOKUP.set(s, key);

/** The field a header means, by exact synonym first, then by the longest synonym it contains; null if none. */
export function matchHeader(raw: string, remembered?: ReadonlyMap<string, FieldKey | null>): FieldKey | null {
  const h = foldHeader(raw);
  if (!h) return null;
  if (remembered?.has(h)) return remembered.get(h) ?? null;
  const exact = LOOKUP.get(h);
  if (exact) return exact;
  // 企业联系电话, 单位注册地址 …: a synonym inside a longer header; the longest one wins (信用代码 over 代码).
  let best: { key: FieldKey; len: number } | null = null;
  for (const [syn, key] of LOOKUP) {
    if (syn.length >= 2 && h.includes(syn) && (!best || syn.length > best.len)) best = { key, len: syn.length };
  }
  return best?.key ?? null;
}

export interface HeaderMapping {
  /** 0-based index of the header row in the sheet. */
  headerRow: number;
  /** Column index → field (null: not used). */
  columns: (FieldKey | null)[];
  headers: string[];
  /** Headers no synonym covers, for the user to map once per department. */
  unknown: string[];
}

/**
 * Finds the header among the first rows (title rows above it are common) as the row that maps the most
 * columns and includes a name column. The first column mapped to a field keeps it; later duplicates are
 * left unmapped (a second 电话 column is reported, not silently merged).
 */
export function detectHeader(rows: readonly (readonly string[])[], remembered?: ReadonlyMap<string, FieldKey | null>, scan = 15): HeaderMapping | null {
  let best: HeaderMapping | null = null;
  let bestHits = 1;
  for (let r = 0; r < Math.min(rows.length, scan); r++) {
    const headers = rows[r]!.map((c) => String(c ?? '').trim());
    const seen = new Set<FieldKey>();
    const columns = headers.map((h) => {
      const key = matchHeader(h, remembered);
      if (!key || seen.has(key)) return null;
      seen.add(key);
      return key;
    });
    const hits = seen.size;
    if (seen.has('name') && hits > bestHits) {
      bestHits = hits;
      const unknown = headers.filter((h, i) => h && columns[i] === null && !/^(序号|编号|备注|序|No\.?)$/i.test(foldHeader(h)));
      best = { headerRow: r, columns, headers, unknown };
    }
  }
  return best;
}
