import { Alert } from 'antd';
import { describeError } from './errors';
import { useI18n } from './i18n';

interface Props {
  error: unknown;
  testId?: string;
  /**
   * Forms pass the field errors no field could show; the rest already sit under their fields, so repeating
   * the server's combined detail would say everything twice.
   */
  unplaced?: string[];
}

/** Shows a failed request as its i18n title with the server's detail underneath. */
export function ErrorAlert({ error, testId, unplaced }: Props) {
  const { t } = useI18n();
  if (!error) return null;
  const { title, detail } = describeError(error, t);
  const description = unplaced
    ? (unplaced.length ? <ul style={{ margin: 0, paddingLeft: 18 }}>{unplaced.map((l) => <li key={l}>{l}</li>)}</ul> : undefined)
    : detail;
  return <Alert data-testid={testId ?? 'error-alert'} type="error" showIcon title={title} description={description} style={{ marginBottom: 16 }} />;
}
