import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Drawer, Form, Input, InputNumber, Select, Table, Tag } from 'antd';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CatalogueItem } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { applyFieldErrors } from '../../platform/errors';
import { formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { CATALOGUE_CLASSES, parseYuanToFen, SERVICE_DOMAINS } from '../../platform/kernel';
import { useIsMobile } from '../../platform/useIsMobile';
import { createItem, myItems, setItemStatus } from './catalogue.api';

type FormValues = { catalogueClass: string; category: string; title: string; content: string; regions: string; price: string; monthlyCapacity: number };

/** 本组织服务项目: an organisation publishes, withdraws and republishes the services it offers on the menu. */
export default function ItemsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const client = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const list = useQuery({ queryKey: ['catalogue', 'items', page], queryFn: () => myItems({ page, pageSize: 20 }), placeholderData: keepPreviousData });
  const refresh = () => client.invalidateQueries({ queryKey: ['catalogue'] });

  const onFinish = async (v: FormValues) => {
    setError(null);
    const fen = parseYuanToFen(v.price || '0');
    if (fen === null) { form.setFields([{ name: 'price', errors: [t('catalogue.items.price')] }]); return; }
    try {
      await createItem({ catalogueClass: v.catalogueClass as never, category: v.category as never, title: v.title, content: v.content, regionCodes: v.regions.split(/[,，\s]+/).filter(Boolean), priceFen: Number(fen), monthlyCapacity: v.monthlyCapacity });
      message.success(t('catalogue.items.saved'));
      setCreating(false);
      form.resetFields();
      await refresh();
    } catch (e) { setError(e); applyFieldErrors(form, e, ['catalogueClass', 'category', 'title', 'content', 'monthlyCapacity']); }
  };
  const toggle = async (it: CatalogueItem) => {
    try { await setItemStatus(it.id, it.status === 'published' ? 'withdraw' : 'publish', it.version); await refresh(); } catch (e) { setError(e); }
  };

  return (
    <Card title={t('catalogue.items.title')} extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="item-create">{t('catalogue.items.create')}</Button>}>
      <ErrorAlert error={!creating && error} />
      <Table<CatalogueItem> rowKey="id" loading={list.isLoading} dataSource={list.data?.items ?? []} scroll={{ x: 800 }} data-testid="items-table"
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('catalogue.items.name'), dataIndex: 'title' },
          { title: t('catalogue.items.class'), dataIndex: 'catalogueClass', render: (v: string) => t(`catalogue.class.${v}`) },
          { title: t('catalogue.items.regions'), dataIndex: 'regionNames', render: (v: string[]) => v.join('、') },
          { title: t('catalogue.items.price'), dataIndex: 'priceFen', render: (v: number) => (v ? formatFen(v) : t('catalogue.public.free')) },
          { title: t('catalogue.items.capacity'), dataIndex: 'monthlyCapacity' },
          { title: t('catalogue.items.status'), dataIndex: 'status', render: (v: string) => <Tag color={v === 'published' ? 'green' : 'default'}>{t(`catalogue.itemStatus.${v}`)}</Tag> },
          { title: t('common.actions'), key: 'a', render: (_: unknown, it) => <Button size="small" onClick={() => toggle(it)}>{t(it.status === 'published' ? 'catalogue.items.withdraw' : 'catalogue.items.publish')}</Button> },
        ]} />
      <Drawer open={creating} onClose={() => setCreating(false)} title={t('catalogue.items.create')} size={mobile ? '100%' : 560} destroyOnHidden>
        <ErrorAlert error={error} />
        <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ price: '0', monthlyCapacity: 20 }}>
          <Form.Item name="catalogueClass" label={t('catalogue.items.class')} rules={[{ required: true }]}><Select options={CATALOGUE_CLASSES.map((c) => ({ value: c, label: t(`catalogue.class.${c}`) }))} /></Form.Item>
          <Form.Item name="category" label={t('catalogue.items.category')} rules={[{ required: true }]}><Select options={SERVICE_DOMAINS.map((d) => ({ value: d, label: t(`enums.serviceDomain.${d}`) }))} /></Form.Item>
          <Form.Item name="title" label={t('catalogue.items.name')} rules={[{ required: true, min: 2 }]}><Input maxLength={60} /></Form.Item>
          <Form.Item name="content" label={t('catalogue.items.content')} rules={[{ required: true, min: 5 }]}><Input.TextArea rows={4} /></Form.Item>
          <Form.Item name="regions" label={t('catalogue.items.regions')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="price" label={t('catalogue.items.price')}><Input inputMode="decimal" /></Form.Item>
          <Form.Item name="monthlyCapacity" label={t('catalogue.items.capacity')} rules={[{ required: true }]}><InputNumber min={1} max={100000} style={{ width: '100%' }} /></Form.Item>
          <Button type="primary" htmlType="submit" block>{t('common.save')}</Button>
        </Form>
      </Drawer>
    </Card>
  );
}
