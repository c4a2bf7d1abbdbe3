/** Pure readers for each register column: spreadsheet cell in, value or a zh-CN message naming the column out. */
import {
  checkCreditCode, describeCreditCodeProblem, isValidIsoDate, isValidPhone, normaliseCreditCode, normalisePhone,
  ORG_GRADES, ORG_TYPES, ORG_TYPE_ZH, SERVICE_DOMAINS, SERVICE_DOMAIN_ZH,
  type OrgGrade, type OrgType, type ServiceDomain,
} from '@wushe/common';
import { scalarText, type CellScalar } from './cells.js';

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = (message: string): FieldResult<never> => ({ ok: false, message });

/** Folds full-width forms and drops whitespace, for matching labels people type. */
function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

const DAY_MS = 86_400_000;
/** Excel's 1900 system counts from 1899-12-30 because it keeps Lotus's phantom 1900-02-29 (serial 60). */
const EXCEL_1900_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH = Date.UTC(1904, 0, 1);
/** Years a register date can plausibly fall in; anything else is a typo. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** The calendar date of an Excel serial number (days since the workbook's epoch), as 'YYYY-MM-DD'. */
export function excelSerialToIsoDate(serial: number, date1904 = false): string {
  const days = Math.floor(serial);
  const ms = date1904 ? EXCEL_1904_EPOCH + days * DAY_MS : EXCEL_1900_EPOCH + (days < 61 ? days + 1 : days) * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

function isoOf(y: string | number, m: string | number, d: string | number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Reads a date written any common Chinese way, or an Excel date cell or serial number, as 'YYYY-MM-DD'. */
export function readDate(c: CellScalar, title: string, date1904 = false): FieldResult<string | null> {
  let iso: string | null = null;
  const shown = scalarText(c);
  switch (c.kind) {
    case 'empty':
      return ok(null);
    case 'date':
      iso = isoOf(c.value.getUTCFullYear(), c.value.getUTCMonth() + 1, c.value.getUTCDate());
      break;
    case 'number': {
      const n = c.value;
      if (Number.isInteger(n) && n >= 10_000_000 && n <= 99_999_999) iso = isoOf(String(n).slice(0, 4), String(n).slice(4, 6), String(n).slice(6, 8));
      else if (n >= 1 && n < 2_958_466) iso = excelSerialToIsoDate(n, date1904);
      break;
    }
    case 'text': {
      const t = c.text.normalize('NFKC').trim();
      const sep = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(t);
      const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
      const m = sep ?? compact;
      if (m) iso = isoOf(m[1]!, m[2]!, m[3]!);
      break;
    }
    case 'boolean':
      break;
  }
  if (iso === null) return fail(`${title}“${shown}”无法识别，请按2021-03-05的格式填写`);
  if (!isValidIsoDate(iso)) return fail(`${title}“${shown}”不是有效日期`);
  const year = Number(iso.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(`${title}“${shown}”的年份不在${MIN_YEAR}—${MAX_YEAR}之间`);
  return ok(iso);
}

const TRUE_WORDS = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√', '对']);
const FALSE_WORDS = new Set(['否', 'N', 'NO', 'FALSE', '0', '×', 'X', '不是']);

/** Reads 是/否, Y/N, true/false (also Excel's own TRUE/FALSE cells); blank means 否. */
export function readYesNo(c: CellScalar, title: string): FieldResult<boolean> {
  if (c.kind === 'empty') return ok(false);
  if (c.kind === 'boolean') return ok(c.value);
  const t = fold(scalarText(c)).toUpperCase();
  if (TRUE_WORDS.has(t)) return ok(true);
  if (FALSE_WORDS.has(t)) return ok(false);
  return fail(`${title}应填“是”或“否”，实际为“${scalarText(c)}”`);
}

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

/** Reads an evaluation grade: 3A, 3A级, AAA, AAA级, 三A → '3A'. */
export function readGrade(c: CellScalar): FieldResult<OrgGrade | null> {
  if (c.kind === 'empty') return ok(null);
  const t = fold(scalarText(c)).toUpperCase().replace(/级$/, '');
  let n: number | null = null;
  const digit = /^([1-5])A$/.exec(t);
  const chinese = /^([一二三四五])A$/.exec(t);
  if (digit) n = Number(digit[1]);
  else if (chinese) n = CHINESE_DIGITS[chinese[1]!]!;
  else if (/^A{1,5}$/.test(t)) n = t.length;
  const grade = n === null ? undefined : ORG_GRADES.find((g) => g === `${n}A`);
  return grade ? ok(grade) : fail(`等级“${scalarText(c)}”无法识别，应为1A—5A（如3A、AAA）`);
}

/** Names offices use for the types besides the dictionary labels. */
const ORG_TYPE_ALIASES: Record<string, OrgType> = {
  民办非企业单位: 'social_service', 民非: 'social_service', 社会服务机构: 'social_service',
  社区社会组织: 'community_filed', 社区社会组织备案: 'community_filed',
  行业协会: 'trade_association', 商会: 'trade_association', 行业商会: 'trade_association',
  非公有制企业: 'private_enterprise', 民营企业: 'private_enterprise',
};

const ORG_TYPE_INDEX: ReadonlyMap<string, OrgType> = new Map<string, OrgType>([
  ...ORG_TYPES.map((k) => [fold(ORG_TYPE_ZH[k]), k] as const),
  ...ORG_TYPES.map((k) => [k.toLowerCase(), k] as const),
  ...Object.entries(ORG_TYPE_ALIASES).map(([zh, k]) => [fold(zh), k] as const),
]);

/** Reads an organisation type from its Chinese label (either bracket width), a common alias, or its English key. */
export function readOrgType(c: CellScalar): FieldResult<OrgType | null> {
  if (c.kind === 'empty') return ok(null);
  const t = fold(scalarText(c));
  const type = ORG_TYPE_INDEX.get(t) ?? ORG_TYPE_INDEX.get(t.toLowerCase());
  if (type) return ok(type);
  return fail(`组织类型“${scalarText(c)}”无法识别，应为：${ORG_TYPES.map((k) => ORG_TYPE_ZH[k]).join('、')}`);
}

const SERVICE_DOMAIN_INDEX: ReadonlyMap<string, ServiceDomain> = new Map<string, ServiceDomain>([
  ...SERVICE_DOMAINS.map((k) => [fold(SERVICE_DOMAIN_ZH[k]), k] as const),
  ...SERVICE_DOMAINS.map((k) => [k, k] as const),
]);

/** Reads 、-separated service domains (commas, semicolons, slashes and line breaks also separate). */
export function readServiceDomains(c: CellScalar): FieldResult<ServiceDomain[]> {
  if (c.kind === 'empty') return ok([]);
  const parts = scalarText(c).normalize('NFKC').split(/[、,，;；/|\s]+/).filter(Boolean);
  const found: ServiceDomain[] = [];
  const unknown: string[] = [];
  for (const p of parts) {
    const d = SERVICE_DOMAIN_INDEX.get(p) ?? SERVICE_DOMAIN_INDEX.get(p.toLowerCase());
    if (!d) unknown.push(p);
    else if (!found.includes(d)) found.push(d);
  }
  if (unknown.length) {
    return fail(`服务领域“${unknown.join('、')}”无法识别，可选：${SERVICE_DOMAINS.map((k) => SERVICE_DOMAIN_ZH[k]).join('、')}`);
  }
  return ok(found);
}

/** Region codes: 12-digit statistical code, grids append G01, micro-grids M01 (common/contracts RegionCode). */
const REGION_CODE = /^[0-9]{12}(G[0-9]{2,3}(M[0-9]{2,3})?)?$/;

export interface RegionCell {
  /** The code when the cell gives one; otherwise the caller resolves `name`. */
  code: string | null;
  name: string | null;
  text: string;
}

/** Reads a region as 名称（代码）, a bare code, or a bare name left for the caller to resolve. */
export function readRegion(c: CellScalar, title: string): FieldResult<RegionCell | null> {
  if (c.kind === 'empty') return ok(null);
  const text = scalarText(c);
  const withCode = /^(.*?)\s*[(（]\s*([0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+)\s*[)）]$/.exec(text);
  if (withCode && /\d{6}/.test(fold(withCode[2]!))) {
    const code = fold(withCode[2]!).toUpperCase();
    if (!REGION_CODE.test(code)) return fail(`${title}中的区划代码“${code}”无效，应为12位数字`);
    return ok({ code, name: withCode[1]!.trim() || null, text });
  }
  const bare = fold(text).toUpperCase();
  if (REGION_CODE.test(bare)) return ok({ code: bare, name: null, text });
  if (/^\d+$/.test(bare)) return fail(`${title}“${text}”不是有效的区划代码，应为12位数字`);
  return ok({ code: null, name: text, text });
}

/** What offices write in a code cell to mean "none". */
const NONE_WORDS = new Set(['无', '暂无', '/', '\\', '—', '——', '-', '--']);

/** Reads a credit code: normalised, checked to the character; blank gives null (the row decides if that is allowed). */
export function readCreditCode(c: CellScalar): FieldResult<string | null> {
  if (c.kind === 'empty') return ok(null);
  // Excel keeps 15 significant digits, so an all-digit code typed into a number cell has already lost its tail.
  if (c.kind === 'number') return fail('请以文本格式填写统一社会信用代码');
  const raw = scalarText(c);
  if (NONE_WORDS.has(raw.trim())) return ok(null);
  const code = normaliseCreditCode(raw);
  if (!code) return ok(null);
  const problem = checkCreditCode(code);
  if (!problem) return ok(code);
  const text = describeCreditCodeProblem(problem);
  return fail(text.startsWith('统一社会信用代码') ? text : `统一社会信用代码${text}`);
}

/** True when a phone cell holds a masked number, as wushe's own export writes it. */
export function isMaskedPhone(c: CellScalar): boolean {
  return c.kind !== 'empty' && /[*＊]/.test(scalarText(c));
}

/** Reads a phone as digits; masked exports (138****1234) are refused so a masked number never overwrites a real one. */
export function readPhone(c: CellScalar): FieldResult<string | null> {
  if (c.kind === 'empty') return ok(null);
  const raw = scalarText(c);
  if (/[*＊]/.test(raw)) return fail(`联系电话“${raw}”是脱敏号码，请填写完整号码`);
  const digits = normalisePhone(raw);
  if (!isValidPhone(digits)) return fail(`联系电话“${raw}”格式不正确（手机号为11位，座机须带区号，如0471-1234567）`);
  return ok(digits);
}

/** Reads free text with a length limit in characters (code points, as the API schema counts). */
export function readText(c: CellScalar, title: string, min: number, max: number): FieldResult<string | null> {
  const text = scalarText(c).replace(/\s*[\r\n]+\s*/g, ' ');
  if (!text) return ok(null);
  const length = [...text].length;
  if (length < min || length > max) {
    return fail(min > 1 ? `${title}应为${min}—${max}个字，实际为${length}个字` : `${title}不能超过${max}个字，实际为${length}个字`);
  }
  return ok(text);
}
