import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../platform/i18n';

/** Shown for any path the router does not know. */
export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      data-testid="not-found"
      status="404"
      title={t('app.notFound.title')}
      subTitle={t('app.notFound.subtitle')}
      extra={<Link to="/"><Button type="primary">{t('app.notFound.back')}</Button></Link>}
    />
  );
}
