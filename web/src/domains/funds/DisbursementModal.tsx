import { App, Form, Input, Modal, Select } from 'antd';
import type { Fund, FundProject } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useI18n } from '../../platform/i18n';
import { amountRules, yuanToFen } from './amount';
import { requestDisbursement } from './staff.api';
import { useFormAction } from './useFormAction';
import { useIdempotencyKey } from './useIdempotencyKey';

interface Values { projectId?: string; payeeName: string; amount: string; purpose: string }
const FIELDS = ['projectId', 'payeeName', 'purpose'] as const;

/** 申请拨付 to a project or an organisation; a different person approves it (which holds the money). */
export function DisbursementModal({ fund, projects, onClose, onDone }: { fund: Fund; projects: FundProject[]; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { keyFor, done } = useIdempotencyKey();
  const action = useFormAction(form, FIELDS, async (v) => {
    await requestDisbursement(keyFor(), { fundId: fund.id, projectId: v.projectId ?? null, payeeName: v.payeeName.trim(), amountFen: yuanToFen(v.amount)!, purpose: v.purpose.trim() });
    done();
    message.success(t('funds.staff.disb.requested'));
    onDone();
  });
  const fundable = projects.filter((p) => ['approved', 'fundraising', 'in_progress'].includes(p.status));
  return (
    <Modal open title={t('funds.staff.disb.request')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={action.saving} destroyOnHidden okButtonProps={{ 'data-testid': 'disb-submit' } as never}>
      <ErrorAlert error={action.error} unplaced={action.unplaced} testId="disb-error" />
      <Form<Values> form={form} layout="vertical" onFinish={action.submit} onValuesChange={() => done()}>
        <Form.Item name="projectId" label={t('funds.staff.disb.project')}>
          <Select allowClear data-testid="disb-project" options={fundable.map((p) => ({ value: p.id, label: p.title }))} />
        </Form.Item>
        <Form.Item name="payeeName" label={t('funds.staff.disb.payee')} rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('funds.staff.disb.payeeRequired') }]}>
          <Input maxLength={100} data-testid="disb-payee" />
        </Form.Item>
        <Form.Item name="amount" label={t('funds.staff.amountYuan')} rules={amountRules(t)}>
          <Input inputMode="decimal" prefix="¥" data-testid="disb-amount" />
        </Form.Item>
        <Form.Item name="purpose" label={t('funds.staff.disb.purpose')} rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('funds.staff.disb.purposeRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="disb-purpose" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
