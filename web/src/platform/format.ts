import { formatDateTime, formatDateZh, formatFen } from './kernel';
import type { Locale } from './i18n';

export { formatFen, formatDateTime };

/** A calendar date for display: 2026年11月23日 in Chinese, 2026-11-23 otherwise; '—' when absent. */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  return locale === 'zh-CN' ? formatDateZh(iso) : iso.slice(0, 10);
}

/** An instant in Asia/Shanghai, the same in both languages (2026-11-23 19:05). */
export function formatInstant(iso: string | null | undefined): string {
  return iso ? formatDateTime(iso) : '—';
}

/** Thousands separators for counts such as population. */
export function formatCount(n: number | null | undefined, locale: Locale): string {
  return n === null || n === undefined ? '—' : n.toLocaleString(locale);
}
