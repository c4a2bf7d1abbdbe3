import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { RegistrySettingsInput } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useMe } from '../auth';
import { RegionPicker } from '../regions';
import { errorText } from './errorText';
import { getSettings, registryKeys, saveSettings } from './registry.api';

/** The city a code lies in: 12-digit statistical codes carry it in their first four digits. */
const cityOf = (code: string | null | undefined) => (code && /^\d{12}/.test(code) ? `${code.slice(0, 4)}00000000` : undefined);

/**
 * 底册规则: the city's industry → party committee keyword rules (管行业管党建) and the source trust tiers. Saving
 * re-applies them to every entry not corrected by hand and says how many changed.
 */
export function SettingsPanel() {
  const { t } = useI18n();
  const me = useMe().data;
  const [picked, setPicked] = useState<string | undefined>();
  const cityCode = picked ?? cityOf(me?.regionCode);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {me?.regionCode ? null : <RegionPicker value={picked} onChange={setPicked} placeholder={t('registry.settings.pickCity')} style={{ width: 280 }} testId="settings-city" />}
      {cityCode ? <SettingsForm cityCode={cityCode} key={cityCode} /> : null}
    </Space>
  );
}

function SettingsForm({ cityCode }: { cityCode: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<RegistrySettingsInput>();
  const [busy, setBusy] = useState(false);
  const q = useQuery({ queryKey: registryKeys.settings(cityCode), queryFn: () => getSettings(cityCode) });
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return null;
  const s = q.data;
  const submit = async (v: Omit<RegistrySettingsInput, 'version'>) => {
    setBusy(true);
    try {
      const saved = await saveSettings(cityCode, {
        committeeRules: v.committeeRules ?? [], socialCommittee: v.socialCommittee, defaultCommittee: v.defaultCommittee, trustOrder: v.trustOrder ?? [], version: s.version,
      });
      message.success(t('registry.settings.saved', { n: saved.changedEntities ?? 0 }));
      await client.invalidateQueries({ queryKey: registryKeys.all });
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={s} key={s.version}>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('registry.settings.intro', { city: s.cityName })}
        description={s.isDefault ? t('registry.settings.isDefault') : undefined} />
      <Card size="small" title={t('registry.settings.rules')} style={{ marginBottom: 12 }}>
        <Form.List name="committeeRules">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }} data-testid={`rule-${i}`}>
                  <Typography.Text style={{ width: 24, display: 'inline-block', paddingTop: 5 }}>{i + 1}</Typography.Text>
                  <Form.Item name={[f.name, 'keywords']} rules={[{ required: true, message: t('registry.settings.keywordsRequired') }]} style={{ marginBottom: 0 }}>
                    <Select mode="tags" style={{ width: 340, maxWidth: '80vw' }} placeholder={t('registry.settings.keywords')} tokenSeparators={[',', '，', ' ', '、']} open={false} data-testid={`rule-${i}-keywords`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'committee']} rules={[{ required: true, min: 2, message: t('registry.settings.committeeRequired') }]} style={{ marginBottom: 0 }}>
                    <Input style={{ width: 220 }} placeholder={t('registry.settings.committee')} data-testid={`rule-${i}-committee`} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('registry.settings.remove')} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ keywords: [], committee: '' }, 0)} data-testid="rule-add">{t('registry.settings.addRule')}</Button>
            </>
          )}
        </Form.List>
        <Space wrap style={{ marginTop: 12 }}>
          <Form.Item name="socialCommittee" label={t('registry.settings.socialCommittee')} rules={[{ required: true, min: 2 }]}><Input style={{ width: 240 }} /></Form.Item>
          <Form.Item name="defaultCommittee" label={t('registry.settings.defaultCommittee')} rules={[{ required: true, min: 2 }]}><Input style={{ width: 240 }} /></Form.Item>
        </Space>
      </Card>
      <Card size="small" title={t('registry.settings.trust')} style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary">{t('registry.settings.trustHint')}</Typography.Paragraph>
        <Form.List name="trustOrder">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" style={{ display: 'flex', marginBottom: 4 }}>
                  <Typography.Text style={{ width: 56, display: 'inline-block', paddingTop: 5 }}>{t('registry.settings.tier', { n: i + 1 })}</Typography.Text>
                  <Form.Item name={f.name} rules={[{ required: true }]} style={{ marginBottom: 0 }}>
                    <Select mode="tags" open={false} style={{ width: 420, maxWidth: '70vw' }} tokenSeparators={[',', '，', ' ', '、']} data-testid={`tier-${i}`} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('registry.settings.remove')} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add([])}>{t('registry.settings.addTier')}</Button>
            </>
          )}
        </Form.List>
      </Card>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="settings-save">{t('registry.settings.save')}</Button>
    </Form>
  );
}
