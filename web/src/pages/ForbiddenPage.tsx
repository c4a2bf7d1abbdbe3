import { Result } from 'antd';
import { useI18n } from '../platform/i18n';

/** Shown when a role opens a page it has no permission for (e.g. from a bookmark). */
export function ForbiddenPage() {
  const { t } = useI18n();
  return <Result status="403" title={t('app.forbidden.title')} subTitle={t('app.forbidden.subtitle')} />;
}
