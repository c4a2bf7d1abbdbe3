import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import type { LedgerTxn } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useI18n } from '../../platform/i18n';
import { reverseTxn } from './staff.api';
import { useFormAction } from './useFormAction';
import { useIdempotencyKey } from './useIdempotencyKey';

/**
 * 冲正: posts the mirror of a voucher with a reason (a refund of a donation, the correction of an allocation).
 * The key lives as long as the dialog, so pressing OK again after a network error cannot reverse twice. A reversal
 * cannot be undone (only reversed by a new correction), so the first OK asks once more before posting.
 */
export function ReverseModal({ txnId, label, onClose, onDone }: { txnId: string; label: string; onClose: () => void; onDone: (reversal: LedgerTxn) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const { keyFor, done } = useIdempotencyKey();
  const [confirming, setConfirming] = useState(false);
  const action = useFormAction(form, ['reason'], async (v) => {
    const txn = await reverseTxn(keyFor(), txnId, v.reason.trim());
    done();
    message.success(t('funds.staff.reverse.done', { seq: String(txn.seq) }));
    onDone(txn);
  });
  return (
    <Modal open title={`${t('funds.staff.reverse.title')}：${label}`} onCancel={onClose} onOk={() => (confirming ? form.submit() : void form.validateFields().then(() => setConfirming(true), () => undefined))}
      okText={confirming ? t('funds.staff.reverse.confirm') : t('funds.staff.reverse.next')} confirmLoading={action.saving} destroyOnHidden
      okButtonProps={{ danger: true, 'data-testid': confirming ? 'reverse-confirm' : 'reverse-submit' } as never}>
      <Typography.Paragraph type="secondary">{t('funds.staff.reverse.hint')}</Typography.Paragraph>
      {confirming && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('funds.staff.reverse.sure', { label })} data-testid="reverse-sure" />}
      <ErrorAlert error={action.error} unplaced={action.unplaced} testId="reverse-error" />
      <Form form={form} layout="vertical" onFinish={action.submit} onValuesChange={() => { done(); setConfirming(false); }}>
        <Form.Item name="reason" label={t('funds.staff.reason')} rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('funds.staff.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={200} data-testid="reverse-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
