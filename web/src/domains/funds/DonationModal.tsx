import { App, Col, DatePicker, Form, Input, Modal, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DONATION_CHANNELS, type Campaign, type Fund } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { amountRules, yuanToFen } from './amount';
import { recordDonation } from './staff.api';
import { useFormAction } from './useFormAction';
import { useIdempotencyKey } from './useIdempotencyKey';

type Channel = (typeof DONATION_CHANNELS)[number];
interface Values { amount: string; campaignId?: string; channel: Channel; channelRef: string; isAnonymous: boolean; donorName?: string; message?: string; receivedAt: Dayjs }
const FIELDS = ['campaignId', 'channel', 'channelRef', 'donorName', 'message', 'receivedAt'] as const;

/**
 * Staff entry of a donation from bank records. The amount is typed in yuan and converted to integer fen from the
 * decimal string. One Idempotency-Key per entry: kept across retries of the same values, renewed when they change.
 */
export function DonationModal({ fund, campaigns, onClose, onDone }: { fund: Fund; campaigns: Campaign[]; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const anonymous = Form.useWatch('isAnonymous', form);
  const { keyFor, done } = useIdempotencyKey();
  const action = useFormAction(form, FIELDS, async (v) => {
    const d = await recordDonation(keyFor(), {
      fundId: fund.id, campaignId: v.campaignId ?? null, amountFen: yuanToFen(v.amount)!, channel: v.channel, channelRef: v.channelRef.trim(),
      donorName: v.isAnonymous ? null : v.donorName?.trim() || null, isAnonymous: v.isAnonymous, message: v.message?.trim() || null, receivedAt: v.receivedAt.toISOString(),
    });
    done();
    message.success(t('funds.staff.donation.recorded', { amount: formatFen(d.amountFen), receiptNo: d.receiptNo }));
    onDone();
  });

  return (
    <Modal open title={t('funds.staff.donation.record')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={action.saving} destroyOnHidden okButtonProps={{ 'data-testid': 'donation-submit' } as never}>
      <ErrorAlert error={action.error} unplaced={action.unplaced} testId="donation-error" />
      <Form<Values> form={form} layout="vertical" onFinish={action.submit} onValuesChange={() => done()}
        initialValues={{ channel: 'bank_transfer', isAnonymous: false, receivedAt: dayjs() }}>
        <Row gutter={8}>
          <Col xs={24} sm={12}>
            <Form.Item name="amount" label={t('funds.staff.amountYuan')} rules={amountRules(t)}>
              <Input inputMode="decimal" prefix="¥" data-testid="donation-amount" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="channel" label={t('funds.staff.donation.channel')} rules={[{ required: true }]}>
              <Select data-testid="donation-channel" options={DONATION_CHANNELS.map((c) => ({ value: c, label: t(`funds.channel.${c}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="campaignId" label={t('funds.staff.donation.campaign')}>
          <Select allowClear data-testid="donation-campaign" options={campaigns.filter((c) => c.status === 'open').map((c) => ({ value: c.id, label: c.title }))} />
        </Form.Item>
        <Form.Item name="channelRef" label={t('funds.staff.donation.channelRef')} rules={[{ required: true, whitespace: true, max: 64, message: t('funds.staff.donation.channelRefRequired') }]}>
          <Input maxLength={64} data-testid="donation-ref" />
        </Form.Item>
        <Row gutter={8} align="bottom">
          <Col xs={16}>
            <Form.Item name="donorName" label={t('funds.staff.donation.donor')} dependencies={['isAnonymous']}
              rules={[({ getFieldValue }) => ({ validator: (_, v?: string) => (getFieldValue('isAnonymous') || v?.trim() ? Promise.resolve() : Promise.reject(new Error(t('funds.staff.donation.donorRequired')))) })]}>
              <Input maxLength={60} disabled={!!anonymous} data-testid="donation-donor" />
            </Form.Item>
          </Col>
          <Col xs={8}>
            <Form.Item name="isAnonymous" label={t('funds.staff.donation.anonymous')} valuePropName="checked">
              <Switch data-testid="donation-anonymous" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="message" label={t('funds.staff.donation.message')}>
          <Input maxLength={200} data-testid="donation-message" />
        </Form.Item>
        <Form.Item name="receivedAt" label={t('funds.staff.donation.receivedAt')} rules={[{ required: true, message: t('funds.staff.donation.receivedAtRequired') }]}>
          <DatePicker showTime style={{ width: '100%' }} data-testid="donation-receivedAt" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
