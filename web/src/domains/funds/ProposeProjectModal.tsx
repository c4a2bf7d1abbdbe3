import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Fund } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useI18n } from '../../platform/i18n';
import { SERVICE_DOMAINS, type ServiceDomain } from '../../platform/kernel';
import { useCan } from '../auth';
import { amountRules, yuanToFen } from './amount';
import { proposeProject, searchNeeds } from './staff.api';
import { useFormAction } from './useFormAction';

interface Values { needId?: string; title: string; description: string; category: ServiceDomain; beneficiaries: number; budget: string }
const FIELDS = ['needId', 'title', 'description', 'category', 'beneficiaries'] as const;

/** 居民点单 → 提交基金项目: picks a need in scope (its text pre-fills the form) and proposes it to the committee. */
export function ProposeProjectModal({ fund, onClose, onDone }: { fund: Fund; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const can = useCan();
  const needs = useQuery({ queryKey: ['funds', 'needs', q], queryFn: () => searchNeeds(q), enabled: can('needs:need:view') });
  const byId = new Map((needs.data?.items ?? []).map((n) => [n.id, n]));
  const action = useFormAction(form, FIELDS, async (v) => {
    const p = await proposeProject(fund.id, {
      needId: v.needId ?? null, title: v.title.trim(), description: v.description.trim(), category: v.category,
      beneficiaries: v.beneficiaries, budgetFen: yuanToFen(v.budget)!,
    });
    message.success(t('funds.staff.project.proposed', { title: p.title }));
    onDone();
  });
  const fromNeed = (id: string | undefined) => {
    const n = id ? byId.get(id) : undefined;
    if (n) form.setFieldsValue({ title: n.title.slice(0, 100), description: n.description.slice(0, 2000), category: n.category as ServiceDomain, beneficiaries: n.peopleAffected });
  };

  return (
    <Modal open title={t('funds.staff.project.propose')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={action.saving} destroyOnHidden okButtonProps={{ 'data-testid': 'project-submit' } as never}>
      <ErrorAlert error={action.error} unplaced={action.unplaced} testId="project-error" />
      <Form<Values> form={form} layout="vertical" onFinish={action.submit} initialValues={{ beneficiaries: 0 }}>
        <Form.Item name="needId" label={t('funds.staff.project.need')} extra={t('funds.staff.project.needHint')}>
          <Select allowClear showSearch filterOption={false} onSearch={setQ} onChange={fromNeed} loading={needs.isFetching} data-testid="project-need"
            options={(needs.data?.items ?? []).map((n) => ({ value: n.id, label: `${n.number} ${n.title}（${n.regionName}）` }))} />
        </Form.Item>
        <Form.Item name="title" label={t('funds.staff.project.title')} rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('funds.staff.project.titleRequired') }]}>
          <Input maxLength={100} data-testid="project-title" />
        </Form.Item>
        <Form.Item name="description" label={t('funds.staff.project.description')} rules={[{ required: true, whitespace: true, min: 2, max: 2000, message: t('funds.staff.project.descriptionRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="project-description" />
        </Form.Item>
        <Form.Item name="category" label={t('funds.staff.project.category')} rules={[{ required: true, message: t('funds.staff.project.categoryRequired') }]}>
          <Select data-testid="project-category" options={SERVICE_DOMAINS.map((d) => ({ value: d, label: t(`enums.serviceDomain.${d}`) }))} />
        </Form.Item>
        <Form.Item name="beneficiaries" label={t('funds.staff.project.beneficiaries')} rules={[{ required: true }]}>
          <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} data-testid="project-beneficiaries" />
        </Form.Item>
        <Form.Item name="budget" label={t('funds.staff.project.budget')} rules={amountRules(t)}>
          <Input inputMode="decimal" prefix="¥" data-testid="project-budget" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
