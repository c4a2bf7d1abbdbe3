import { useState } from 'react';
import { Button, Card, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import type { ProjectDetail } from '@wushe/common';
import { formatDate, formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { PhotoPicker } from './PhotoPicker';
import { StepTag } from './tags';
import { reviewMilestone, submitMilestone } from './projects.api';
import { useAct } from './useAct';

type M = ProjectDetail['milestones'][number];

/** Milestones with deliverables and payment; the provider submits with evidence, officials approve or return. */
export function MilestonesPanel({ p, isProvider, canManage }: { p: ProjectDetail; isProvider: boolean; canManage: boolean }) {
  const { t, locale } = useI18n();
  const act = useAct(p.id);
  const [submitting, setSubmitting] = useState<M | null>(null);
  const [returning, setReturning] = useState<M | null>(null);
  const [form] = Form.useForm();
  const recording = p.status === 'contracted' || p.status === 'in_delivery';
  return (
    <>
      <List dataSource={p.milestones} data-testid="milestones" renderItem={(m) => (
        <List.Item actions={[
          isProvider && recording && (m.status === 'pending' || m.status === 'returned') && <Button key="s" type="primary" size="small" onClick={() => { form.resetFields(); setSubmitting(m); }}>{t('projects.detail.submit')}</Button>,
          canManage && p.status === 'in_delivery' && m.status === 'submitted' && <Button key="a" type="primary" size="small" onClick={() => act(() => reviewMilestone(p.id, m.id, { action: 'approve' }))}>{t('projects.detail.approve')}</Button>,
          canManage && p.status === 'in_delivery' && m.status === 'submitted' && <Button key="r" size="small" danger onClick={() => { form.resetFields(); setReturning(m); }}>{t('projects.detail.return')}</Button>,
        ].filter(Boolean)}>
          <List.Item.Meta
            title={<Space wrap><span>{m.seq}. {m.title}</span><StepTag group="milestoneStatus" status={m.status} />{m.overdue && <Tag color="red">{t('projects.detail.overdue')}</Tag>}</Space>}
            description={<Space direction="vertical" size={0}>
              <Typography.Text>{t('projects.detail.due', { date: formatDate(m.dueOn, locale) })} · {formatFen(m.paymentFen)}</Typography.Text>
              <Typography.Text type="secondary">{t('projects.detail.deliverables', { text: m.deliverables })}</Typography.Text>
              {m.evidence && <Typography.Text>{t('projects.detail.evidence', { text: m.evidence })}</Typography.Text>}
              {m.reviewComment && <Typography.Text type="warning">{t('projects.detail.reviewComment', { text: m.reviewComment })}</Typography.Text>}
            </Space>}
          />
        </List.Item>
      )} />
      <Modal open={!!submitting} title={`${t('projects.detail.submit')}：${submitting?.title ?? ''}`} onCancel={() => setSubmitting(null)} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ photoIds: [] }} onFinish={async (v) => { if (await act(() => submitMilestone(p.id, submitting!.id, v))) setSubmitting(null); }}>
          <Form.Item name="evidence" label={t('projects.detail.evidenceLabel')} rules={[{ required: true, max: 2000 }]}><Input.TextArea rows={4} /></Form.Item>
          <Form.Item name="photoIds" label={t('projects.detail.photos')}><PhotoPicker projectId={p.id} /></Form.Item>
        </Form>
      </Modal>
      <Modal open={!!returning} title={t('projects.detail.return')} onCancel={() => setReturning(null)} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={async (v) => { if (await act(() => reviewMilestone(p.id, returning!.id, { action: 'return', comment: v.comment }))) setReturning(null); }}>
          <Form.Item name="comment" label={t('projects.detail.returnReason')} rules={[{ required: true, max: 500 }]}><Input.TextArea rows={3} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function MoneyCard({ p }: { p: ProjectDetail }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('projects.detail.money')}>
      <Space size="large" wrap>
        <span>{t('projects.detail.budget')}：<b>{formatFen(p.money.budgetFen)}</b></span>
        <span>{t('projects.detail.paid')}：<b>{formatFen(p.money.paidFen)}</b></span>
        <span>{t('projects.detail.spent')}：<b>{formatFen(p.money.spentFen)}</b></span>
      </Space>
    </Card>
  );
}
