import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useSearchParams } from 'react-router';
import type { LoginBody } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { LanguageSwitch } from '../../platform/i18n/LanguageSwitch';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useLogin, useMe } from './session';

/** Only same-site paths are followed after login, so a crafted link cannot bounce the user elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The sign-in screen. */
export default function LoginPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const { data: me } = useMe();
  const login = useLogin();

  if (me) return <Navigate to={me.mustChangePassword ? '/change-password' : safeNext(params.get('next'))} replace />;

  return (
    <div className="auth-screen">
      <div className="auth-lang"><LanguageSwitch /></div>
      <Card className="auth-card">
        <div className="auth-brand">
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>{t('auth.login.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('auth.login.subtitle')}</Typography.Text>
        </div>
        <ErrorAlert error={login.error} testId="login-error" />
        <Form<LoginBody> layout="vertical" size="large" onFinish={(v) => login.mutate(v)} requiredMark={false}>
          <Form.Item name="username" label={t('auth.login.username')} rules={[{ required: true, message: t('auth.login.usernameRequired') }]}>
            <Input data-testid="login-username" prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('auth.login.password')} rules={[{ required: true, message: t('auth.login.passwordRequired') }]}>
            <Input.Password data-testid="login-password" prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={login.isPending}>
            {t('auth.login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t('auth.login.demoHint')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
