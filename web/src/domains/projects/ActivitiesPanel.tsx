import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Drawer, Empty, Form, Image, Input, InputNumber, List, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ProjectDetail } from '@wushe/common';
import { formatDate, formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useIsMobile } from '../../platform/useIsMobile';
import { PhotoPicker } from './PhotoPicker';
import { photoUrl, recordActivity, recordSpending } from './projects.api';
import { useAct } from './useAct';

/** Service activities; providers record them from a phone at the service site, photos straight from the camera. */
export function ActivitiesPanel({ p, canRecord }: { p: ProjectDetail; canRecord: boolean }) {
  const { t, locale } = useI18n();
  const act = useAct(p.id);
  const mobile = useIsMobile();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  return (
    <>
      {canRecord && <Button type="primary" icon={<PlusOutlined />} block={mobile} onClick={() => { form.resetFields(); setOpen(true); }} data-testid="activity-add" style={{ marginBottom: 12 }}>{t('projects.detail.activity')}</Button>}
      {p.activities.length === 0 ? <Empty description={t('projects.detail.noActivities')} /> : (
        <List dataSource={p.activities} renderItem={(a) => (
          <List.Item>
            <List.Item.Meta title={`${formatDate(a.heldOn, locale)} · ${a.place}`} description={<Space direction="vertical" size={4}>
              <Typography.Text>{a.content}</Typography.Text>
              <Typography.Text type="secondary">{t('projects.detail.people', { p: a.participants, b: a.beneficiaries })}</Typography.Text>
              <Image.PreviewGroup><Space wrap>{a.photoIds.map((id) => <Image key={id} src={photoUrl(p.id, id)} width={96} height={64} style={{ objectFit: 'cover' }} />)}</Space></Image.PreviewGroup>
            </Space>} />
          </List.Item>
        )} />
      )}
      <Drawer open={open} title={t('projects.detail.activity')} placement={mobile ? 'bottom' : 'right'} height="92%" width={480} onClose={() => setOpen(false)} destroyOnHidden
        extra={<Button type="primary" onClick={() => form.submit()} data-testid="activity-submit">{t('common.save')}</Button>}>
        <Form form={form} layout="vertical" initialValues={{ heldOn: dayjs(), photoIds: [], participants: 0, beneficiaries: 0 }}
          onFinish={async (v) => { if (await act(() => recordActivity(p.id, { ...v, heldOn: v.heldOn.format('YYYY-MM-DD') }))) setOpen(false); }}>
          <Form.Item name="heldOn" label={t('projects.detail.heldOn')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} inputReadOnly /></Form.Item>
          <Form.Item name="place" label={t('projects.detail.place')} rules={[{ required: true, max: 200 }]}><Input data-testid="activity-place" /></Form.Item>
          <Form.Item name="content" label={t('projects.detail.content')} rules={[{ required: true, max: 2000 }]}><Input.TextArea rows={3} data-testid="activity-content" /></Form.Item>
          <Space>
            <Form.Item name="participants" label={t('projects.detail.participants')} rules={[{ required: true }]}><InputNumber min={0} inputMode="numeric" /></Form.Item>
            <Form.Item name="beneficiaries" label={t('projects.detail.beneficiaries')} rules={[{ required: true }]}><InputNumber min={0} inputMode="numeric" /></Form.Item>
          </Space>
          <Form.Item name="photoIds" label={t('projects.detail.photos')}><PhotoPicker projectId={p.id} /></Form.Item>
        </Form>
      </Drawer>
    </>
  );
}

/** Spending against the budget. */
export function SpendingsPanel({ p, canRecord }: { p: ProjectDetail; canRecord: boolean }) {
  const { t, locale } = useI18n();
  const act = useAct(p.id);
  const [form] = Form.useForm();
  return (
    <>
      {canRecord && (
        <Form form={form} layout="inline" style={{ marginBottom: 12, rowGap: 8 }} initialValues={{ spentOn: dayjs() }}
          onFinish={async (v) => { if (await act(() => recordSpending(p.id, { spentOn: v.spentOn.format('YYYY-MM-DD'), item: v.item, amountFen: Math.round(v.amount * 100) }))) form.resetFields(); }}>
          <Form.Item name="spentOn" rules={[{ required: true }]}><DatePicker /></Form.Item>
          <Form.Item name="item" rules={[{ required: true, max: 200 }]}><Input placeholder={t('projects.detail.item')} /></Form.Item>
          <Form.Item name="amount" rules={[{ required: true }]}><InputNumber min={0.01} precision={2} placeholder={t('projects.detail.amount')} /></Form.Item>
          <Button type="primary" htmlType="submit">{t('projects.detail.spending')}</Button>
        </Form>
      )}
      <Table rowKey="id" size="small" pagination={false} dataSource={p.spendings} locale={{ emptyText: t('projects.detail.noSpendings') }} columns={[
        { title: t('projects.detail.spentOn'), dataIndex: 'spentOn', render: (v: string) => formatDate(v, locale) },
        { title: t('projects.detail.item'), dataIndex: 'item' },
        { title: t('projects.detail.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => formatFen(v) },
      ]} />
    </>
  );
}
