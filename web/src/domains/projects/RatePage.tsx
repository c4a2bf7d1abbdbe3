import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Radio, Result, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useI18n } from '../../platform/i18n';
import { LanguageSwitch } from '../../platform/i18n/LanguageSwitch';
import { useMe } from '../auth';
import { fileComplaint, ratingInfo, requestCode, submitRating } from './projects.api';

const LEVELS = [100, 80, 60, 40, 20] as const;

/**
 * 码上评, the page behind the printed QR code: a resident on a phone proves a number with a one-time code (or
 * uses a logged-in resident account) and scores the project once. No login is needed for the code path.
 */
export default function RatePage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  const me = useMe().data;
  const info = useQuery({ queryKey: ['rating', token], queryFn: () => ratingInfo(token), retry: false });
  const [form] = Form.useForm();
  const [cooldown, setCooldown] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const [done, setDone] = useState(false);
  const [complaint, setComplaint] = useState<'idle' | 'open' | 'sent'>('idle');
  const asResident = me?.role === 'resident';

  useEffect(() => {
    if (cooldown <= 0) return;
    const h = setTimeout(() => setCooldown((c) => c - 1), 1000);
    return () => clearTimeout(h);
  }, [cooldown]);

  const getCode = async () => {
    setError(null);
    try {
      await form.validateFields(['phone']);
      await requestCode(token, form.getFieldValue('phone'));
      setSent(true);
      setCooldown(60);
    } catch (e) {
      if (e instanceof Error) setError(e);
    }
  };
  const submit = async (v: { phone?: string; code?: string; score: number; comment?: string }) => {
    setError(null);
    try {
      await submitRating(token, asResident ? { score: v.score, comment: v.comment || undefined } : { phone: v.phone, code: v.code, score: v.score, comment: v.comment || undefined });
      setDone(true);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div style={{ maxWidth: 480, margin: '0 auto', padding: 12, minHeight: '100vh', background: '#f5f5f5' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}><Typography.Title level={3} style={{ margin: 0, color: '#c0392b' }}>{t('projects.rate.title')}</Typography.Title><LanguageSwitch /></Space>
      {info.error ? <ErrorAlert error={info.error} /> : info.data && (
        <Card style={{ marginTop: 12 }}>
          <Typography.Title level={4} data-testid="rate-title">{info.data.title}</Typography.Title>
          <Typography.Paragraph type="secondary">{info.data.organisationName} · {info.data.regionName}</Typography.Paragraph>
          {done ? <Result status="success" title={t('projects.rate.thanks')} /> : !info.data.open ? <Alert type="info" message={t('projects.rate.closed')} /> : (
            <Form form={form} layout="vertical" onFinish={submit} size="large">
              {error ? <ErrorAlert error={error} /> : null}
              {asResident ? <Alert type="success" message={t('projects.rate.asResident', { name: me!.displayName })} style={{ marginBottom: 12 }} /> : (<>
                <Form.Item name="phone" label={t('projects.rate.phone')} rules={[{ required: true, pattern: /^1\d{10}$/ }]}><Input inputMode="tel" maxLength={11} data-testid="rate-phone" /></Form.Item>
                <Space.Compact style={{ width: '100%', marginBottom: 24 }}>
                  <Form.Item name="code" noStyle rules={[{ required: true, pattern: /^\d{6}$/ }]}><Input inputMode="numeric" maxLength={6} placeholder={t('projects.rate.code')} data-testid="rate-code" /></Form.Item>
                  <Button onClick={getCode} disabled={cooldown > 0} data-testid="rate-get-code">{cooldown > 0 ? t('projects.rate.resend', { s: cooldown }) : t('projects.rate.getCode')}</Button>
                </Space.Compact>
                {sent && <Typography.Paragraph type="success">{t('projects.rate.codeSent')}</Typography.Paragraph>}
              </>)}
              <Form.Item name="score" label={t('projects.rate.satisfaction')} rules={[{ required: true }]}>
                <Radio.Group style={{ width: '100%' }}>
                  <Space direction="vertical" style={{ width: '100%' }}>
                    {LEVELS.map((l) => <Radio.Button key={l} value={l} style={{ width: '100%', textAlign: 'center' }} data-testid={`rate-level-${l}`}>{t(`projects.rate.levels.${l}`)}</Radio.Button>)}
                  </Space>
                </Radio.Group>
              </Form.Item>
              <Form.Item name="comment" label={t('projects.rate.comment')}><Input.TextArea rows={3} maxLength={300} /></Form.Item>
              <Button type="primary" htmlType="submit" block data-testid="rate-submit">{t('projects.rate.submit')}</Button>
            </Form>
          )}
          <div style={{ marginTop: 16, textAlign: 'center' }}>
            {complaint === 'sent' ? <Typography.Text type="success">{t('projects.rate.complaintSent')}</Typography.Text>
              : !asResident ? <Typography.Text type="secondary">{t('projects.rate.loginToComplain')}</Typography.Text>
              : complaint === 'idle' ? <Button type="link" onClick={() => setComplaint('open')}>{t('projects.rate.complain')}</Button> : (
                <Form layout="vertical" onFinish={async (v) => { try { await fileComplaint(token, v.content); setComplaint('sent'); } catch (e) { setError(e); } }}>
                  <Form.Item name="content" label={t('projects.rate.complaintContent')} rules={[{ required: true, max: 1000 }]}><Input.TextArea rows={3} /></Form.Item>
                  <Button htmlType="submit" block>{t('projects.rate.complain')}</Button>
                </Form>
              )}
          </div>
        </Card>
      )}
    </div>
  );
}
