import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { NeedDetail } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useI18n } from '../../platform/i18n';
import { useCan, useSession } from '../auth';
import { assignAssessors, decideNeed, listAssessors, mergeNeed, similarNeeds, submitAssessment } from './needs.api';

/** The 评榜 actions the actor may take on this need now: assign, score, decide, merge a duplicate. */
export function NeedActions({ detail, onChanged }: { detail: NeedDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const me = useSession();
  const [error, setError] = useState<unknown>(null);
  const need = detail.need;
  const open = need.status === 'submitted' || need.status === 'assessing';
  const assessors = useQuery({ queryKey: ['needs', 'assessors'], queryFn: listAssessors, enabled: open && can('needs:assessment:assign') });
  const similar = useQuery({ queryKey: ['needs', 'similar', need.id], queryFn: () => similarNeeds(need.id), enabled: open && can('needs:need:merge') });
  const mine = detail.assessments.find((a) => a.assessorId === me.id && a.status === 'assigned');
  const run = async (fn: () => Promise<unknown>, ok: string) => {
    setError(null);
    try { await fn(); message.success(ok); onChanged(); } catch (e) { setError(e); }
  };
  if (!open) return null;
  const scoreField = (name: string, label: string) => <Form.Item name={name} label={label} rules={[{ required: true }]}><InputNumber min={1} max={5} data-testid={`score-${name}`} /></Form.Item>;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ErrorAlert error={error} />
      {can('needs:assessment:assign') && (
        <Card size="small" title={t('needs.detail.assign')}>
          <Form layout="inline" onFinish={(v: { ids: string[] }) => run(() => assignAssessors(need.id, v.ids, need.version), t('needs.detail.assignOk'))}>
            <Form.Item name="ids" rules={[{ required: true }]} style={{ minWidth: 260 }}>
              <Select mode="multiple" placeholder={t('needs.detail.assessors')} data-testid="assessor-select" options={(assessors.data ?? []).map((a) => ({ value: a.id, label: a.displayName }))} />
            </Form.Item>
            <Button htmlType="submit" data-testid="assign-submit">{t('needs.detail.assign')}</Button>
          </Form>
        </Card>
      )}
      {mine && can('needs:assessment:score') && (
        <Card size="small" title={t('needs.detail.score')}>
          <Form layout="vertical" onFinish={(v: { importance: number; urgency: number; feasibility: number; comment: string }) => run(() => submitAssessment(need.id, v), t('needs.detail.scored'))}>
            <Space wrap>{scoreField('importance', t('needs.detail.importance'))}{scoreField('urgency', t('needs.detail.urgencyScore'))}{scoreField('feasibility', t('needs.detail.feasibility'))}</Space>
            <Form.Item name="comment" label={t('needs.detail.comment')} rules={[{ required: true, min: 2 }]}><Input.TextArea rows={3} data-testid="score-comment" /></Form.Item>
            <Button type="primary" htmlType="submit" data-testid="score-submit">{t('needs.detail.score')}</Button>
          </Form>
        </Card>
      )}
      {can('needs:need:decide') && (
        <Card size="small" title={t('needs.detail.decide')}>
          <Form layout="vertical" initialValues={{ decision: 'accept', priority: detail.suggestion?.priority ?? 2 }}
            onFinish={(v: { decision: 'accept' | 'reject' | 'answer'; priority?: number; reason?: string }) => run(() => decideNeed(need.id, { ...v, priority: v.decision === 'accept' ? v.priority : undefined, version: need.version }), t('needs.detail.decided'))}>
            <Form.Item name="decision" label={t('needs.detail.decision')}>
              <Select data-testid="decision-select" options={(['accept', 'reject', 'answer'] as const).map((d) => ({ value: d, label: t(`needs.detail.${d}`) }))} />
            </Form.Item>
            <Form.Item name="priority" label={t('needs.detail.priority')}><InputNumber min={1} max={4} /></Form.Item>
            <Form.Item name="reason" label={t('needs.detail.reason')}><Input.TextArea rows={2} data-testid="decision-reason" /></Form.Item>
            <Button type="primary" htmlType="submit" data-testid="decision-submit">{t('needs.detail.decide')}</Button>
          </Form>
        </Card>
      )}
      {can('needs:need:merge') && (similar.data ?? []).length > 0 && (
        <Card size="small" title={t('needs.detail.similar')} data-testid="similar-card">
          {similar.data!.map((s) => (
            <Space key={s.id} style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 8 }}>
              <span>{s.number} {s.title}（{t('needs.detail.requestCount', { n: s.requestCount })}）</span>
              <Button size="small" onClick={() => run(() => mergeNeed(need.id, s.id, need.version), t('needs.detail.merged'))}>{t('needs.detail.merge')} {s.number}</Button>
            </Space>
          ))}
        </Card>
      )}
    </Space>
  );
}
