/**
 * Dates as Chinese offices write them: 2021-03-05, 2021/3/5, 2021年3月5日, 20210305, 2021.03.05, 2021-3,
 * Excel serial numbers (days since 1899-12-30) and ISO timestamps. Returns yyyy-mm-dd, or null with no guess.
 */

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function valid(y: number, m: number, d: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Excel's serial day (1900 date system, with its phantom 1900-02-29 accounted for by the 1899-12-30 epoch). */
export function fromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 80000) return null;
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000;
  const d = new Date(ms);
  return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0D\uFF0F\uFF0E]/g;
const CN_DIGITS: Record<string, string> = { '〇': '0', '零': '0', '○': '0', 'Ｏ': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };

/** 二〇二一年三月五日 → 2021年3月5日 (digit-by-digit year, 十 in month and day). */
function chineseNumerals(s: string): string {
  if (!/[〇零○一二三四五六七八九十]/.test(s)) return s;
  const tens = (t: string): string => {
    const m = /^([一二三]?)十([一二三四五六七八九]?)$/.exec(t);
    if (!m) return t.replace(/./g, (c) => CN_DIGITS[c] ?? c);
    const hi = m[1] ? Number(CN_DIGITS[m[1]]) : 1;
    const lo = m[2] ? Number(CN_DIGITS[m[2]]) : 0;
    return String(hi * 10 + lo);
  };
  return s.replace(/[〇零○一二三四五六七八九十]+/g, (run) => tens(run));
}

export function parseDate(raw: string): string | null {
  let s = raw.trim().replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!s) return null;
  s = chineseNumerals(s);
  // Excel serials arrive as plain numbers (possibly with a fraction for a time of day).
  if (/^\d{5}(\.\d+)?$/.test(s)) return fromExcelSerial(Number(s));
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  // Month precision (2021-03, 2021年3月): the first of the month, as registers commonly record it.
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, 1);
  return null;
}
