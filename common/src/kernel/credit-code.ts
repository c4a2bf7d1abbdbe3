/**
 * 统一社会信用代码 (GB 32100-2015) and the older 组织机构代码 (GB 11714-1997) it embeds.
 * Every failure names the position, so an office worker can fix the exact character.
 */

/** GB 32100 alphabet: digits and capitals without I, O, Z, S, V (31 symbols, value = index). */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Position weights 3^(i-1) mod 31 for positions 1..17 (GB 32100-2015 §5.2). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714 weights for the 8 body characters of the organisation code. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** 登记管理部门代码 → the 机构类别代码 each may issue (GB 32100-2015 table 1). */
export const CREDIT_CODE_AUTHORITIES: Record<string, { name: string; types: Record<string, string> }> = {
  '1': { name: '机构编制', types: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  '2': { name: '外交', types: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': { name: '司法行政', types: { '1': '律师执业机构', '2': '公证处', '3': '基层法律服务所', '4': '司法鉴定机构', '5': '仲裁委员会', '9': '其他' } },
  '4': { name: '文化', types: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { name: '民政', types: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': { name: '旅游', types: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' } },
  '7': { name: '宗教', types: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', types: { '1': '基层工会', '9': '其他' } },
  '9': { name: '工商', types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室', types: { '1': '军队事业单位', '9': '其他' } },
  N: { name: '农业', types: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' } },
  Y: { name: '其他', types: { '1': '其他' } },
};

export type CreditCodeProblem =
  | { kind: 'length'; actual: number }
  | { kind: 'character'; position: number; char: string }
  | { kind: 'authority'; char: string }
  | { kind: 'type'; char: string }
  | { kind: 'division'; value: string }
  | { kind: 'check'; expected: string };

/** Computes the 18th character of a credit code from its first 17. */
export function computeCreditCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  const c = (31 - (sum % 31)) % 31;
  return ALPHABET[c]!;
}

/** Computes the check character of a 组织机构代码 from its 8 body characters (GB 11714). */
export function computeOrgCodeCheck(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8[i]!;
    const v = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * ORG_WEIGHTS[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Upper-cases and drops spaces, dashes and full-width forms, as people type codes into spreadsheets. */
export function normaliseCreditCode(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-‐－]/g, '')
    .toUpperCase();
}

/** Returns the first problem with a credit code, or null when it is valid. */
export function checkCreditCode(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return { kind: 'length', actual: code.length };
  for (let i = 0; i < 18; i++) {
    if (!ALPHABET.includes(code[i]!)) return { kind: 'character', position: i + 1, char: code[i]! };
  }
  const authority = CREDIT_CODE_AUTHORITIES[code[0]!];
  if (!authority) return { kind: 'authority', char: code[0]! };
  if (!authority.types[code[1]!]) return { kind: 'type', char: code[1]! };
  const division = code.slice(2, 8);
  if (!/^\d{6}$/.test(division)) return { kind: 'division', value: division };
  // Character 17 (the embedded GB 11714 check) is not enforced: some issuers' bodies predate it, and any
  // typo there is caught by character 18 anyway.
  const expected = computeCreditCheck(code.slice(0, 17));
  if (code[17] !== expected) return { kind: 'check', expected };
  return null;
}

/** zh-CN explanation of a credit-code problem, precise to the character. */
export function describeCreditCodeProblem(p: CreditCodeProblem): string {
  switch (p.kind) {
    case 'length':
      return `统一社会信用代码应为18位，实际为${p.actual}位`;
    case 'character':
      return `第${p.position}位字符“${p.char}”不允许（不使用I、O、Z、S、V）`;
    case 'authority':
      return `第1位登记管理部门代码“${p.char}”无效`;
    case 'type':
      return `第2位机构类别代码“${p.char}”与登记管理部门不符`;
    case 'division':
      return `第3—8位登记管理机关行政区划码“${p.value}”应为6位数字`;
    case 'check':
      return `第18位校验码应为${p.expected}`;
  }
}

/** en-US explanation of a credit-code problem. */
export function describeCreditCodeProblemEn(p: CreditCodeProblem): string {
  switch (p.kind) {
    case 'length':
      return `A unified social credit code has 18 characters, got ${p.actual}`;
    case 'character':
      return `Character ${p.position} "${p.char}" is not allowed (I, O, Z, S, V are never used)`;
    case 'authority':
      return `Character 1, registration authority "${p.char}", is not valid`;
    case 'type':
      return `Character 2, organisation type "${p.char}", does not fit the authority`;
    case 'division':
      return `Characters 3–8, division code "${p.value}", must be 6 digits`;
    case 'check':
      return `Character 18, the check character, should be ${p.expected}`;
  }
}

/** The 9-character 组织机构代码 (positions 9–17) inside a credit code, formatted like 70846113-6. */
export function orgCodeOf(creditCode: string): string {
  return `${creditCode.slice(8, 16)}-${creditCode[16]}`;
}
