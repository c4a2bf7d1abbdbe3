import type { FormInstance } from 'antd';
import { ApiError } from './api';
import type { Translate } from './i18n';

/** Title and detail to show for any failure: the i18n text of the code, plus the server's zh-CN detail when it adds something. */
export function describeError(error: unknown, t: Translate): { title: string; detail?: string } {
  if (error instanceof ApiError) {
    const title = t(`errors.${error.code}`);
    const shown = title === `errors.${error.code}` ? t('errors.INTERNAL') : title;
    const detail = error.detail && error.detail !== shown ? error.detail : undefined;
    return { title: shown, detail };
  }
  return { title: t('errors.INTERNAL') };
}

/**
 * Turns a problem path into a form field name. Paths arrive as "creditCode", "/creditCode" (JSON pointer from
 * schema validation) or "serviceDomains/2" / "serviceDomains[2]"; the top-level field carries the message.
 */
export function fieldNameOf(path: string): string {
  return path.replace(/^\/+/, '').split(/[/.[]/)[0] ?? '';
}

/**
 * Puts the API's field errors on the matching form fields; returns the ones no field could take,
 * so the caller can show them in the summary instead of dropping them.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fieldNames: readonly string[]): string[] | undefined {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return undefined;
  const byField = new Map<string, string[]>();
  const leftovers: string[] = [];
  for (const e of error.fieldErrors) {
    const name = fieldNameOf(e.path);
    if (fieldNames.includes(name)) byField.set(name, [...(byField.get(name) ?? []), e.message]);
    else leftovers.push(e.path ? `${e.path}: ${e.message}` : e.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  const first = byField.keys().next();
  if (!first.done) form.scrollToField(first.value);
  return leftovers;
}
