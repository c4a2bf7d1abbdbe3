import { ApiError } from '../../platform/api';
import { describeError } from '../../platform/errors';
import type { useI18n } from '../../platform/i18n';

/** The error's title and, when the API named a field, that field's message (it says what to fix). */
export function errorText(e: unknown, t: ReturnType<typeof useI18n>['t']): string {
  const title = describeError(e, t).title;
  const field = e instanceof ApiError ? e.fieldErrors[0]?.message : undefined;
  return field ? `${title}：${field}` : title;
}
