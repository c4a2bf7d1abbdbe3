import { useState } from 'react';
import { App, Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import type { Bid, CallDetail } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { reviewBid } from './calls.api';

/** A panellist scores every criterion of one bid, or declares a conflict of interest and drops out of it. */
export function ReviewModal({ call, bid, onClose }: { call: CallDetail; bid: Bid; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ conflict: boolean; conflictReason?: string; scores: Record<string, number>; comment?: string }>();
  const conflict = Form.useWatch('conflict', form);
  const [error, setError] = useState<unknown>(null);
  const onOk = async () => {
    const v = await form.validateFields();
    try {
      await reviewBid(call.id, bid.id, v.conflict ? { conflict: true, conflictReason: v.conflictReason } : { conflict: false, scores: v.scores, comment: v.comment || undefined });
      message.success(t('calls.detail.scored'));
      onClose();
    } catch (e) { setError(e); }
  };
  return (
    <Modal open title={`${t('calls.detail.score')} · ${bid.leadOrganisationName}`} onCancel={onClose} onOk={onOk} okButtonProps={{ 'data-testid': 'review-save' } as Record<string, string>}>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ conflict: false, scores: {} }}>
        <Form.Item name="conflict" valuePropName="checked"><Checkbox data-testid="review-conflict">{t('calls.detail.conflict')}</Checkbox></Form.Item>
        {conflict ? <Form.Item name="conflictReason" label={t('calls.detail.conflictReason')} rules={[{ required: true }]}><Input.TextArea rows={2} /></Form.Item>
          : <>{call.criteria.map((c) => (
            <Form.Item key={c.key} name={['scores', c.key]} label={`${c.name}（${c.weight}%）`} rules={[{ required: true }]}>
              <InputNumber min={0} max={100} data-testid={`review-score-${c.key}`} style={{ width: 160 }} />
            </Form.Item>))}
            <Form.Item name="comment" label={t('calls.detail.comment')}><Input.TextArea rows={2} /></Form.Item></>}
      </Form>
    </Modal>
  );
}
