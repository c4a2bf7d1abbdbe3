import { useState } from 'react';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { FUNDING_SOURCES, type Organisation } from '@wushe/common';
import { api, type PageOf } from '../../platform/api';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { applyFieldErrors } from '../../platform/errors';
import { formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useSession } from '../auth';
import { createProject } from './projects.api';

interface FormValues {
  title: string; organisationId: string; regionCode: string; budgetYuan: number; fundingSource: string;
  milestones: { title: string; dueOn: Dayjs; deliverables: string; paymentYuan: number }[];
}
const fen = (yuan: number | undefined) => Math.round((yuan ?? 0) * 100);

/** 直接委托立项: the contract with its milestones and payment schedule; the sum must equal the budget. */
export function CreateProjectDrawer({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useSession();
  const [form] = Form.useForm<FormValues>();
  const [search, setSearch] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const orgs = useQuery({ queryKey: ['organisations', 'pick', search], queryFn: () => api<PageOf<Organisation>>('/organisations', { query: { q: search, pageSize: 20, status: 'active' } }) });
  const budget = Form.useWatch('budgetYuan', form);
  const milestones = Form.useWatch('milestones', form) ?? [];
  const sum = milestones.reduce((a, m) => a + fen(m?.paymentYuan), 0);

  const onFinish = async (v: FormValues) => {
    setSaving(true);
    setError(null);
    try {
      const p = await createProject({
        title: v.title, organisationId: v.organisationId, regionCode: v.regionCode, budgetFen: fen(v.budgetYuan), fundingSource: v.fundingSource as never, needIds: [],
        milestones: v.milestones.map((m) => ({ title: m.title, dueOn: m.dueOn.format('YYYY-MM-DD'), deliverables: m.deliverables, paymentFen: fen(m.paymentYuan) })),
      });
      message.success(t('projects.create.created'));
      onCreated(p.id);
    } catch (e) {
      applyFieldErrors(form, e, ['title', 'organisationId', 'regionCode', 'budgetFen', 'fundingSource', 'milestones']);
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer open width={720} title={t('projects.create.title')} onClose={onClose} destroyOnHidden
      extra={<Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="project-create-submit">{t('projects.create.submit')}</Button>}>
      {!!error && <ErrorAlert error={error} />}
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ regionCode: me.regionCode ?? '', fundingSource: 'government_purchase', milestones: [{}] }}>
        <Form.Item name="title" label={t('projects.create.name')} rules={[{ required: true, max: 120 }]}><Input /></Form.Item>
        <Form.Item name="organisationId" label={t('projects.create.organisation')} rules={[{ required: true }]}>
          <Select showSearch filterOption={false} onSearch={setSearch} placeholder={t('projects.create.organisationSearch')} loading={orgs.isFetching}
            options={orgs.data?.items.map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="regionCode" label={t('projects.create.region')} rules={[{ required: true, pattern: /^\d{12}$/ }]}><Input style={{ width: 180 }} /></Form.Item>
          <Form.Item name="budgetYuan" label={t('projects.create.budget')} rules={[{ required: true }]}><InputNumber min={0} precision={2} style={{ width: 180 }} /></Form.Item>
          <Form.Item name="fundingSource" label={t('projects.create.funding')} rules={[{ required: true }]}>
            <Select style={{ width: 180 }} options={FUNDING_SOURCES.map((f) => ({ value: f, label: t(`projects.funding.${f}`) }))} />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>{t('projects.create.milestones')}</Typography.Title>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" wrap style={{ display: 'flex', marginBottom: 8, borderBottom: '1px dashed #eee' }}>
                  <Form.Item name={[f.name, 'title']} label={`${t('projects.create.milestoneTitle')} ${i + 1}`} rules={[{ required: true }]}><Input style={{ width: 160 }} /></Form.Item>
                  <Form.Item name={[f.name, 'dueOn']} label={t('projects.create.dueOn')} rules={[{ required: true }]}><DatePicker /></Form.Item>
                  <Form.Item name={[f.name, 'paymentYuan']} label={t('projects.create.payment')} rules={[{ required: true }]}><InputNumber min={0} precision={2} /></Form.Item>
                  <Form.Item name={[f.name, 'deliverables']} label={t('projects.create.deliverables')} rules={[{ required: true }]}><Input style={{ width: 220 }} /></Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined style={{ marginTop: 38 }} onClick={() => remove(f.name)} />}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>{t('projects.create.addMilestone')}</Button>
            </>
          )}
        </Form.List>
        <Typography.Paragraph type={sum === fen(budget) ? 'secondary' : 'danger'} style={{ marginTop: 12 }}>
          {t('projects.create.sumHint', { sum: formatFen(sum), budget: formatFen(fen(budget)) })}
        </Typography.Paragraph>
      </Form>
    </Drawer>
  );
}
