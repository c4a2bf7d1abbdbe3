import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { FundProject } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useI18n } from '../../platform/i18n';
import { amountRules, yuanToFen } from './amount';
import { openCampaign } from './staff.api';
import { useFormAction } from './useFormAction';

interface Values { title: string; target: string; deadline: Dayjs }
const FIELDS = ['title', 'deadline'] as const;

/** 社会筹款: an approved project opens a campaign with a target and a deadline. */
export function CampaignModal({ project, onClose, onDone }: { project: FundProject; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const action = useFormAction(form, FIELDS, async (v) => {
    await openCampaign(project.id, { title: v.title.trim(), targetFen: yuanToFen(v.target)!, deadline: v.deadline.format('YYYY-MM-DD') });
    message.success(t('funds.staff.campaign.opened'));
    onDone();
  });
  return (
    <Modal open title={t('funds.staff.campaign.title', { title: project.title })} onCancel={onClose} onOk={() => form.submit()} confirmLoading={action.saving} destroyOnHidden okButtonProps={{ 'data-testid': 'campaign-submit' } as never}>
      <ErrorAlert error={action.error} unplaced={action.unplaced} testId="campaign-error" />
      <Form<Values> form={form} layout="vertical" onFinish={action.submit} initialValues={{ title: project.title }}>
        <Form.Item name="title" label={t('funds.staff.campaign.name')} rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('funds.staff.campaign.nameRequired') }]}>
          <Input maxLength={100} data-testid="campaign-title" />
        </Form.Item>
        <Form.Item name="target" label={t('funds.staff.campaign.target')} rules={amountRules(t)}>
          <Input inputMode="decimal" prefix="¥" data-testid="campaign-target" />
        </Form.Item>
        <Form.Item name="deadline" label={t('funds.staff.campaign.deadline')} rules={[{ required: true, message: t('funds.staff.campaign.deadlineRequired') }]}>
          <DatePicker style={{ width: '100%' }} data-testid="campaign-deadline" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
