/** 公民身份号码 (GB 11643-1999): 17 digits and a MOD 11-2 check character. */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECKS = '10X98765432';

export type IdCardProblem =
  | { kind: 'format' }
  | { kind: 'birthDate'; value: string }
  | { kind: 'check'; expected: string };

/** Computes the 18th character from the first 17 digits. */
export function computeIdCardCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECKS[sum % 11]!;
}

/** Returns the first problem with an 18-digit ID number, or null when valid. */
export function checkIdCard(raw: string): IdCardProblem | null {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { kind: 'format' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1800 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { kind: 'birthDate', value: id.slice(6, 14) };
  }
  const expected = computeIdCardCheck(id.slice(0, 17));
  if (id[17] !== expected) return { kind: 'check', expected };
  return null;
}

/** zh-CN explanation of an ID-number problem. */
export function describeIdCardProblem(p: IdCardProblem): string {
  if (p.kind === 'format') return '身份证号应为18位（前17位为数字，末位为数字或X）';
  if (p.kind === 'birthDate') return `第7—14位出生日期“${p.value}”无效`;
  return `第18位校验码应为${p.expected}`;
}
