/**
 * Codes as departments write them: the 18-character 统一社会信用代码 (any case, spaces, full width), the old
 * 9-character 组织机构代码 (eight characters, a hyphen and a check character: characters 9–17 of the credit code), or a mistyped one.
 */
import { checkCreditCode, computeOrgCodeCheck, normaliseCreditCode } from '@wushe/common';
import type { CodeInfo } from './types.js';

const ORG_CODE = /^[0-9A-Z]{8}[0-9X]$/;

export function isValidOrgCode(code: string): boolean {
  return ORG_CODE.test(code) && computeOrgCodeCheck(code.slice(0, 8)) === code[8];
}

/** One shared object for every blank code (a province has hundreds of thousands); never mutated, only replaced. */
const NO_CODE: CodeInfo = Object.freeze({ credit: null, org: null, invalid: null, suspect: false });

export function parseCode(raw: string | undefined): CodeInfo {
  const none = NO_CODE;
  if (!raw) return none;
  const s = normaliseCreditCode(raw).replace(/[^0-9A-Z]/g, '');
  if (!s || /^0+$/.test(s) || s === '无') return none;
  if (s.length === 18) {
    if (checkCreditCode(s) === null) return { credit: s, org: s.slice(8, 17), invalid: null, suspect: false };
    return { ...none, invalid: s };
  }
  if (s.length === 9) return isValidOrgCode(s) ? { ...none, org: s } : { ...none, invalid: s };
  // 15-digit 工商注册号 and other registration numbers: kept for exact comparison only.
  return s.length >= 6 ? { ...none, invalid: s } : none;
}

/** Hamming distance ≤ 1 or one adjacent transposition: the typing slips a check digit catches. */
export function nearCode(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { diff.push(i); if (diff.length > 2) return false; }
  if (diff.length <= 1) return true;
  const [i, j] = diff as [number, number];
  return j === i + 1 && a[i] === b[j] && a[j] === b[i];
}
