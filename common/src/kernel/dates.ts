/** Dates: timestamps are UTC instants; calendar dates are 'YYYY-MM-DD' in the region's zone (Asia/Shanghai). */

export const REGION_TIME_ZONE = 'Asia/Shanghai';

/** Formats a calendar date 'YYYY-MM-DD' as 2026年11月23日 for prose. */
export function formatDateZh(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** The calendar date of an instant in Asia/Shanghai, as 'YYYY-MM-DD'. */
export function toRegionDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: REGION_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Formats an instant as 2026-11-23 19:05 in Asia/Shanghai (tables and logs). */
export function formatDateTime(instant: Date | string): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: REGION_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour') === '24' ? '00' : get('hour')}:${get('minute')}`;
}

/** True when 'YYYY-MM-DD' names a real calendar day. */
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
