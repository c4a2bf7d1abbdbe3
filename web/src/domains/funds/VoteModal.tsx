import { App, Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Fund, FundProject } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useI18n } from '../../platform/i18n';
import { recordVote } from './staff.api';
import { useFormAction } from './useFormAction';

interface Values { present: string[]; for: number; against: number; abstain: number; decisionNo: string; decidedOn: Dayjs }
const FIELDS = ['present', 'for', 'against', 'abstain', 'decisionNo', 'decidedOn'] as const;

/** 管委会立项: who was present and how they voted. The API judges quorum and majority; its errors name the fields. */
export function VoteModal({ fund, project, onClose, onDone }: { fund: Fund; project: FundProject; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const present = Form.useWatch('present', form) ?? [];
  const members = fund.committee.length;
  const action = useFormAction(form, FIELDS, async (v) => {
    const p = await recordVote(project.id, {
      present: v.present, for: v.for, against: v.against, abstain: v.abstain, decisionNo: v.decisionNo.trim(), decidedOn: v.decidedOn.format('YYYY-MM-DD'),
    });
    if (p.vote?.passed) message.success(t('funds.staff.vote.passed'));
    else message.warning(t('funds.staff.vote.failed'));
    onDone();
  });
  const count = (name: 'for' | 'against' | 'abstain') => (
    <Col xs={8} key={name}>
      <Form.Item name={name} label={t(`funds.staff.vote.${name}`)} rules={[{ required: true }]}>
        <InputNumber min={0} max={50} precision={0} style={{ width: '100%' }} data-testid={`vote-${name}`} />
      </Form.Item>
    </Col>
  );

  return (
    <Modal open title={t('funds.staff.vote.title', { title: project.title })} onCancel={onClose} onOk={() => form.submit()} confirmLoading={action.saving} destroyOnHidden okButtonProps={{ 'data-testid': 'vote-submit' } as never}>
      <ErrorAlert error={action.error} unplaced={action.unplaced} testId="vote-error" />
      <Form<Values> form={form} layout="vertical" onFinish={action.submit} initialValues={{ present: [], for: 0, against: 0, abstain: 0 }}>
        <Form.Item name="present" label={t('funds.staff.vote.present')} extra={t('funds.staff.vote.presentHint', { members: String(members), quorum: String(Math.ceil((members * 2) / 3)) })}
          rules={[{ required: true, type: 'array', min: 1, message: t('funds.staff.vote.presentRequired') }]}>
          <Checkbox.Group data-testid="vote-present" options={fund.committee.map((m) => ({ value: m.name, label: `${m.name} · ${m.title}` }))} />
        </Form.Item>
        <Row gutter={8}>{(['for', 'against', 'abstain'] as const).map(count)}</Row>
        <div style={{ marginTop: -12, marginBottom: 12, color: '#888' }}>{t('funds.staff.vote.sumHint', { present: String(present.length) })}</div>
        <Row gutter={8}>
          <Col xs={24} sm={12}>
            <Form.Item name="decisionNo" label={t('funds.staff.vote.decisionNo')} rules={[{ required: true, whitespace: true, max: 40, message: t('funds.staff.vote.decisionRequired') }]}>
              <Input maxLength={40} data-testid="vote-decisionNo" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="decidedOn" label={t('funds.staff.vote.decidedOn')} rules={[{ required: true, message: t('funds.staff.vote.dateRequired') }]}>
              <DatePicker style={{ width: '100%' }} data-testid="vote-decidedOn" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
