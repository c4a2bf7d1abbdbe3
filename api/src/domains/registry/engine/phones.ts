/** Phone keys for comparison: a mobile as 11 digits, a landline as its local number (area code dropped). */
import { normalisePhone } from '@wushe/common';

/** Splits a cell that holds several numbers (0477-1234567/13912345678, …；…) and keys each. */
export function phoneKeys(raw: string | undefined): string[] {
  if (!raw) return [];
  const out = new Set<string>();
  for (const part of raw.split(/[,，;；/、|]|\s{2,}|或/)) {
    const d = normalisePhone(part);
    if (/^1[3-9]\d{9}$/.test(d)) out.add(d);
    else if (/^0[12]\d\d{7,8}$/.test(d)) out.add(d.slice(3));
    else if (/^0\d{3}\d{7,8}$/.test(d)) out.add(d.slice(4));
    else if (/^\d{7,8}$/.test(d)) out.add(d);
  }
  return [...out];
}
