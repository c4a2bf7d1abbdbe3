/** Chinese phone numbers as offices write them: mobiles, landlines with area code, with any separators. */

/** Strips separators, +86/0086 prefixes and full-width digits; returns digits only. */
export function normalisePhone(raw: string): string {
  let s = raw.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[^\d+]/g, '');
  s = s.replace(/^(\+86|0086)/, '');
  return s.replace(/\D/g, '');
}

/** True for an 11-digit mainland mobile or a landline with a 3–4 digit area code (0xx-xxxxxxx[x]). */
export function isValidPhone(digits: string): boolean {
  return /^1[3-9]\d{9}$/.test(digits) || /^0\d{2,3}\d{7,8}$/.test(digits);
}

/** Masks a phone for display: 138****1234 for mobiles, 0477****5678 for landlines. */
export function maskPhone(digits: string): string {
  if (digits.length < 7) return '*'.repeat(digits.length);
  const head = digits.startsWith('1') ? 3 : digits.length - 8;
  return digits.slice(0, head) + '****' + digits.slice(head + 4);
}

/** Masks an ID number: the first 4 and last 4 stay (1502**********1234). */
export function maskIdCard(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}
