import { Alert } from 'antd';
import { describeError } from '../../platform/errors';
import { useI18n } from '../../platform/i18n';

/** Shows a failed request as its i18n title with the server's detail underneath. */
export function ErrorAlert({ error, testId }: { error: unknown; testId?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const { title, detail } = describeError(error, t);
  return <Alert data-testid={testId ?? 'error-alert'} type="error" showIcon title={title} description={detail} style={{ marginBottom: 16 }} />;
}
