import { useEffect } from 'react';
import { Form, InputNumber, Modal, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useI18n } from '../../platform/i18n';
import { useAct } from './useAct';

interface Settings { weights: Record<'party_org' | 'residents' | 'departments' | 'experts', number>; thresholds: { excellent: number; good: number; pass: number } }
const PARTIES = ['party_org', 'residents', 'departments', 'experts'] as const;
const url = (city: string) => `/projects/evaluation-settings/${city}`;

/** The city's 考榜 weights (sum 100) and grade thresholds; the server checks both and audits the change. */
export function SettingsModal({ cityCode, onClose }: { cityCode: string; onClose: () => void }) {
  const { t } = useI18n();
  const act = useAct('');
  const [form] = Form.useForm<Settings>();
  const q = useQuery({ queryKey: ['projects', 'settings', cityCode], queryFn: () => api<Settings>(url(cityCode)) });
  useEffect(() => { if (q.data) form.setFieldsValue(q.data); }, [q.data, form]);
  const weights = Form.useWatch('weights', form);
  const sum = PARTIES.reduce((a, p) => a + (weights?.[p] ?? 0), 0);
  return (
    <Modal open title={t('projects.settings.title')} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      {q.error && <ErrorAlert error={q.error} />}
      <Form form={form} layout="vertical" onFinish={async (v) => { if (await act(() => api(url(cityCode), { method: 'PUT', body: v }))) onClose(); }}>
        <Typography.Title level={5}>{t('projects.settings.weights')}</Typography.Title>
        <Space wrap>
          {PARTIES.map((p) => <Form.Item key={p} name={['weights', p]} label={t(`projects.party.${p}`)} rules={[{ required: true }]}><InputNumber min={0} max={100} addonAfter="%" style={{ width: 120 }} /></Form.Item>)}
        </Space>
        <Typography.Paragraph type={sum === 100 ? 'secondary' : 'danger'}>{t('projects.settings.sum', { sum })}</Typography.Paragraph>
        <Typography.Title level={5}>{t('projects.settings.thresholds')}</Typography.Title>
        <Space wrap>
          {(['excellent', 'good', 'pass'] as const).map((g) => <Form.Item key={g} name={['thresholds', g]} label={`${t(`projects.grade.${g}`)} ≥`} rules={[{ required: true }]}><InputNumber min={1} max={100} style={{ width: 100 }} /></Form.Item>)}
        </Space>
      </Form>
    </Modal>
  );
}
