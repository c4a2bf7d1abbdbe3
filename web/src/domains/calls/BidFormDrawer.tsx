import { useState } from 'react';
import { App, Button, Divider, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Bid, BidInput, CallDetail } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { applyFieldErrors } from '../../platform/errors';
import { formatFen } from '../../platform/format';
import { createBid, updateBid } from './calls.api';

type Values = { memberOrganisationIds: string[]; intentLetter: string; servicePlan: string; budgetLines: { item: string; amount: number }[]; team: BidInput['team']; timeline: BidInput['timeline'] };
const CERTS = ['assistant', 'intermediate', 'senior', 'none'] as const;
const FIELDS = ['memberOrganisationIds', 'intentLetter', 'servicePlan', 'budgetLines', 'team', 'timeline', 'totalFen'];

/** 揭榜申报: intent, plan, budget lines (the total is their sum), team by certificate level, timeline. */
export function BidFormDrawer({ call, bid, onClose }: { call: CallDetail; bid: Bid | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<string[] | undefined>();
  const lines = Form.useWatch('budgetLines', form) as { amount?: number }[] | undefined;
  const totalFen = (lines ?? []).reduce((s, l) => s + Math.round((l?.amount ?? 0) * 100), 0);

  const onFinish = async (v: Values) => {
    setError(null);
    const input: BidInput = {
      memberOrganisationIds: v.memberOrganisationIds ?? [], intentLetter: v.intentLetter, servicePlan: v.servicePlan, team: v.team, timeline: v.timeline,
      budgetLines: v.budgetLines.map((l) => ({ item: l.item, amountFen: Math.round(l.amount * 100) })), totalFen,
    };
    try {
      if (bid) await updateBid(call.id, bid.id, { ...input, version: bid.version });
      else await createBid(call.id, input);
      message.success(t('calls.bid.saved'));
      onClose();
    } catch (e) {
      setError(e);
      setUnplaced(applyFieldErrors(form, e, FIELDS));
    }
  };

  return (
    <Drawer open width={720} title={`${t('calls.bid.title')} · ${call.title}`} onClose={onClose} destroyOnHidden
      extra={<Button type="primary" data-testid="bid-save" onClick={() => form.submit()}>{t('calls.bid.save')}</Button>}>
      <ErrorAlert error={error} unplaced={unplaced} />
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={bid ? {
        memberOrganisationIds: bid.members.filter((m) => m.role === 'member').map((m) => m.organisationId), intentLetter: bid.intentLetter, servicePlan: bid.servicePlan,
        budgetLines: bid.budgetLines.map((l) => ({ item: l.item, amount: l.amountFen / 100 })), team: bid.team, timeline: bid.timeline,
      } : { memberOrganisationIds: [], budgetLines: [{ item: '人员经费', amount: 0 }], team: [{ name: '', role: '项目负责人', certificate: 'intermediate' }], timeline: [{ month: 1, task: '' }] }}>
        <Form.Item name="intentLetter" label={t('calls.bid.intent')} rules={[{ required: true, min: 2 }]}><Input.TextArea data-testid="bid-intent" rows={3} /></Form.Item>
        <Form.Item name="servicePlan" label={t('calls.bid.plan')} rules={[{ required: true, min: 2 }]}><Input.TextArea data-testid="bid-plan" rows={5} /></Form.Item>
        <Form.Item name="memberOrganisationIds" label={t('calls.bid.members')}><Select mode="tags" tokenSeparators={[',', ' ']} /></Form.Item>
        <Divider titlePlacement="left">{t('calls.bid.lines')} · {t('calls.bid.total')} {formatFen(totalFen)} / {formatFen(call.budgetFen)}</Divider>
        <Form.List name="budgetLines">{(fields, { add, remove }) => (<>
          {fields.map((f) => (
            <Space key={f.key} wrap align="baseline">
              <Form.Item name={[f.name, 'item']} rules={[{ required: true }]}><Input placeholder={t('calls.bid.item')} data-testid={`bid-line-item-${f.name}`} /></Form.Item>
              <Form.Item name={[f.name, 'amount']} rules={[{ required: true }]}><InputNumber min={0} precision={2} placeholder={t('calls.bid.amount')} data-testid={`bid-line-amount-${f.name}`} style={{ width: 160 }} /></Form.Item>
              <Button type="link" danger onClick={() => remove(f.name)}>×</Button>
            </Space>))}
          <Button onClick={() => add({ item: '', amount: 0 })}>{t('calls.bid.addLine')}</Button></>)}
        </Form.List>
        <Divider titlePlacement="left">{t('calls.bid.team')}</Divider>
        <Form.List name="team">{(fields, { add, remove }) => (<>
          {fields.map((f) => (
            <Space key={f.key} wrap align="baseline">
              <Form.Item name={[f.name, 'name']} rules={[{ required: true }]}><Input placeholder={t('calls.bid.person')} data-testid={`bid-team-name-${f.name}`} style={{ width: 120 }} /></Form.Item>
              <Form.Item name={[f.name, 'role']} rules={[{ required: true }]}><Input placeholder={t('calls.bid.role')} style={{ width: 140 }} /></Form.Item>
              <Form.Item name={[f.name, 'certificate']}><Select style={{ width: 160 }} options={CERTS.map((c) => ({ value: c, label: t(`calls.cert.${c}`) }))} /></Form.Item>
              <Button type="link" danger onClick={() => remove(f.name)}>×</Button>
            </Space>))}
          <Button onClick={() => add({ name: '', role: '', certificate: 'assistant' })}>{t('calls.bid.addPerson')}</Button></>)}
        </Form.List>
        <Divider titlePlacement="left">{t('calls.bid.timeline')}</Divider>
        <Form.List name="timeline">{(fields, { add, remove }) => (<>
          {fields.map((f) => (
            <Space key={f.key} wrap align="baseline">
              <Form.Item name={[f.name, 'month']} rules={[{ required: true }]}><InputNumber min={1} max={60} placeholder={t('calls.bid.month')} /></Form.Item>
              <Form.Item name={[f.name, 'task']} rules={[{ required: true }]}><Input placeholder={t('calls.bid.task')} data-testid={`bid-step-${f.name}`} style={{ width: 320 }} /></Form.Item>
              <Button type="link" danger onClick={() => remove(f.name)}>×</Button>
            </Space>))}
          <Button onClick={() => add({ month: fields.length + 1, task: '' })}>{t('calls.bid.addStep')}</Button></>)}
        </Form.List>
      </Form>
    </Drawer>
  );
}
