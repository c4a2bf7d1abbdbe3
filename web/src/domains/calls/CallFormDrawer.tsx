import { useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Button, Checkbox, DatePicker, Divider, Drawer, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { CallInput } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { applyFieldErrors } from '../../platform/errors';
import { ORG_GRADES, ORG_TYPES } from '../../platform/kernel';
import { useSession } from '../auth';
import { callKeys, createCall, needCandidates } from './calls.api';

const FUNDING = ['government_purchase', 'community_fund', 'venture_philanthropy', 'social_donation'] as const;
type FormValues = Omit<CallInput, 'budgetFen' | 'deadline'> & { budgetYuan: number; deadline: Dayjs };
const FIELDS = ['title', 'serviceContent', 'regionCode', 'budgetYuan', 'fundingSource', 'deadline', 'criteria', 'needIds', 'eligibility', 'maxConcurrentAwards', 'noticeDays', 'documents'];

/** 编制榜单: an official drafts a call from accepted needs; weights must total 100 (shown live). */
export function CallFormDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<string[] | undefined>();
  const [saving, setSaving] = useState(false);
  const needs = useQuery({ queryKey: ['calls', 'need-candidates'], queryFn: needCandidates });
  const criteria = Form.useWatch('criteria', form) as { weight?: number }[] | undefined;
  const sum = (criteria ?? []).reduce((s, c) => s + (c?.weight ?? 0), 0);

  const onFinish = async (v: FormValues) => {
    setSaving(true);
    setError(null);
    try {
      const { budgetYuan, deadline, ...rest } = v;
      const call = await createCall({ ...rest, budgetFen: Math.round(budgetYuan * 100), deadline: deadline.toISOString(), documents: rest.documents ?? [] });
      message.success(t('calls.form.saved'));
      await client.invalidateQueries({ queryKey: callKeys.all });
      navigate(`/calls/${call.id}`);
    } catch (e) {
      setError(e);
      setUnplaced(applyFieldErrors(form, e, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer open width={720} title={t('calls.form.title')} onClose={onClose} destroyOnHidden
      extra={<Button type="primary" loading={saving} data-testid="call-save" onClick={() => form.submit()}>{t('calls.form.save')}</Button>}>
      <ErrorAlert error={error} unplaced={unplaced} />
      <Form<FormValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{
        regionCode: me.regionCode ?? '', fundingSource: 'government_purchase', maxConcurrentAwards: 2, noticeDays: 5, deadline: dayjs().add(14, 'day').hour(17).minute(0).second(0),
        criteria: [{ key: 'plan', name: '服务方案', weight: 40 }, { key: 'team', name: '团队能力', weight: 30 }, { key: 'budget', name: '预算合理性', weight: 15 }, { key: 'record', name: '既往绩效', weight: 15 }],
        eligibility: { orgTypes: [], minGrade: '3A', requireLocal: true, excludeBlackListed: true, excludeAbnormal: true }, documents: [], needIds: [],
      }}>
        <Form.Item name="title" label={t('calls.form.name')} rules={[{ required: true, min: 2 }]}><Input data-testid="call-title" maxLength={120} /></Form.Item>
        <Form.Item name="serviceContent" label={t('calls.form.content')} rules={[{ required: true, min: 2 }]}><Input.TextArea data-testid="call-content" rows={3} /></Form.Item>
        <Form.Item name="needIds" label={t('calls.form.needs')} rules={[{ required: true }]}>
          <Select mode="multiple" data-testid="call-needs" loading={needs.isLoading} optionFilterProp="label"
            options={(needs.data ?? []).map((n) => ({ value: n.id, label: `${n.number} ${n.title}（${n.requestCount}人）` }))} />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item name="regionCode" label={t('calls.form.region')} rules={[{ required: true }]}><Input data-testid="call-region" style={{ width: 200 }} /></Form.Item>
          <Form.Item name="budgetYuan" label={t('calls.form.budget')} rules={[{ required: true }]}><InputNumber data-testid="call-budget" min={0.01} precision={2} style={{ width: 180 }} /></Form.Item>
          <Form.Item name="fundingSource" label={t('calls.form.funding')}><Select style={{ width: 180 }} options={FUNDING.map((f) => ({ value: f, label: t(`calls.funding.${f}`) }))} /></Form.Item>
          <Form.Item name="deadline" label={t('calls.form.deadline')} rules={[{ required: true }]}><DatePicker showTime data-testid="call-deadline" /></Form.Item>
        </Space>
        <Divider titlePlacement="left">{t('calls.form.criteria')}</Divider>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} wrap align="baseline">
                  <Form.Item name={[f.name, 'key']} rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{0,31}$/ }]}><Input placeholder={t('calls.form.criterionKey')} style={{ width: 110 }} /></Form.Item>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true }]}><Input placeholder={t('calls.form.criterionName')} style={{ width: 180 }} /></Form.Item>
                  <Form.Item name={[f.name, 'weight']} rules={[{ required: true }]}><InputNumber min={1} max={100} placeholder={t('calls.form.weight')} /></Form.Item>
                  <Button type="link" danger onClick={() => remove(f.name)}>×</Button>
                </Space>
              ))}
              <Space><Button onClick={() => add({ key: '', name: '', weight: 10 })}>{t('calls.form.addCriterion')}</Button>
                <Typography.Text type={sum === 100 ? 'success' : 'danger'} data-testid="call-weight-sum">{t('calls.form.weightSum', { sum })}</Typography.Text></Space>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="left">{t('calls.form.eligibility')}</Divider>
        <Form.Item name={['eligibility', 'orgTypes']} label={t('calls.form.orgTypes')}>
          <Select mode="multiple" options={ORG_TYPES.map((o) => ({ value: o, label: t(`enums.orgType.${o}`) }))} />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item name={['eligibility', 'minGrade']} label={t('calls.form.minGrade')}>
            <Select style={{ width: 120 }} options={[{ value: null, label: t('calls.form.noGrade') }, ...ORG_GRADES.map((g) => ({ value: g, label: g }))]} />
          </Form.Item>
          <Form.Item name="maxConcurrentAwards" label={t('calls.form.maxAwards')}><InputNumber min={1} max={20} /></Form.Item>
          <Form.Item name="noticeDays" label={t('calls.form.noticeDays')}><InputNumber min={1} max={30} /></Form.Item>
        </Space>
        <Form.Item name={['eligibility', 'requireLocal']} valuePropName="checked"><Checkbox>{t('calls.form.requireLocal')}</Checkbox></Form.Item>
        <Form.Item name={['eligibility', 'excludeBlackListed']} valuePropName="checked"><Checkbox>{t('calls.form.excludeBlack')}</Checkbox></Form.Item>
        <Form.Item name={['eligibility', 'excludeAbnormal']} valuePropName="checked"><Checkbox>{t('calls.form.excludeAbnormal')}</Checkbox></Form.Item>
        <Divider titlePlacement="left">{t('calls.form.documents')}</Divider>
        <Form.List name="documents">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} wrap align="baseline">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true }]}><Input placeholder={t('calls.form.docName')} /></Form.Item>
                  <Form.Item name={[f.name, 'url']} rules={[{ required: true }]}><Input placeholder={t('calls.form.docUrl')} style={{ width: 260 }} /></Form.Item>
                  <Button type="link" danger onClick={() => remove(f.name)}>×</Button>
                </Space>
              ))}
              <Button onClick={() => add({ name: '', url: '' })}>{t('calls.form.addDoc')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
