import { Alert, Button, Card, Form, Input, Space, Typography, App } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { useI18n } from '../../platform/i18n';
import { LanguageSwitch } from '../../platform/i18n/LanguageSwitch';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useChangePassword, useLogout, useMe } from './session';

interface Values { oldPassword: string; newPassword: string; confirmPassword: string }

/** Mirrors the server's rule (PASSWORD_TOO_WEAK) so the user learns it before submitting. */
const STRONG = /^(?=.*[A-Za-z])(?=.*\d).{8,}$/;

/** Change-password screen; forced (no way back) while Me.mustChangePassword is true. */
export default function ChangePasswordPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const change = useChangePassword();
  const logout = useLogout();

  if (me === null) return <Navigate to="/login" replace />;
  const forced = !!me?.mustChangePassword;

  const onFinish = (v: Values) =>
    change.mutate({ oldPassword: v.oldPassword, newPassword: v.newPassword }, {
      onSuccess: () => {
        message.success(t('auth.password.success'));
        navigate('/', { replace: true });
      },
    });

  return (
    <div className="auth-screen">
      <div className="auth-lang"><LanguageSwitch /></div>
      <Card className="auth-card">
        <Typography.Title level={3} style={{ marginTop: 0 }}>{t('auth.password.title')}</Typography.Title>
        {forced && <Alert type="warning" showIcon title={t('auth.password.forcedHint')} style={{ marginBottom: 16 }} />}
        <ErrorAlert error={change.error} testId="password-error" />
        <Form<Values> layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item name="oldPassword" label={t('auth.password.oldPassword')} rules={[{ required: true, message: t('auth.password.required') }]}>
            <Input.Password data-testid="password-old" autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('auth.password.newPassword')}
            extra={t('auth.password.rule')}
            dependencies={['oldPassword']}
            rules={[
              { required: true, message: t('auth.password.required') },
              { pattern: STRONG, message: t('auth.password.rule') },
              ({ getFieldValue }) => ({
                validator: (_, v) => (v && v === getFieldValue('oldPassword') ? Promise.reject(new Error(t('auth.password.sameAsOld'))) : Promise.resolve()),
              }),
            ]}
          >
            <Input.Password data-testid="password-new" autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('auth.password.confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('auth.password.required') },
              ({ getFieldValue }) => ({
                validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('auth.password.mismatch')))),
              }),
            ]}
          >
            <Input.Password data-testid="password-confirm" autoComplete="new-password" />
          </Form.Item>
          <Space wrap>
            <Button data-testid="password-submit" type="primary" htmlType="submit" loading={change.isPending}>{t('auth.password.submit')}</Button>
            {forced
              ? <Button onClick={() => logout.mutate()}>{t('app.header.logout')}</Button>
              : <Button onClick={() => navigate(-1)}>{t('auth.password.back')}</Button>}
          </Space>
        </Form>
      </Card>
    </div>
  );
}
