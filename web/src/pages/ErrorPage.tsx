import { useEffect } from 'react';
import { Button, Result, Space } from 'antd';
import { useRouteError } from 'react-router';
import { useI18n } from '../platform/i18n';

/** A friendly screen for unexpected failures; plain links so it works even when the router itself failed. */
export function ErrorPage() {
  const { t } = useI18n();
  return (
    <Result
      data-testid="error-page"
      status="500"
      title={t('app.error.title')}
      subTitle={t('app.error.subtitle')}
      extra={
        <Space wrap>
          <Button type="primary" onClick={() => window.location.reload()}>{t('app.error.reload')}</Button>
          <Button href="/">{t('app.error.back')}</Button>
        </Space>
      }
    />
  );
}

/** Route-level error element: keeps the cause in the console for developers, shows the friendly page to users. */
export function RouteErrorPage() {
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return <ErrorPage />;
}
