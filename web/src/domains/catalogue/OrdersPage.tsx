import { useState } from 'react';
import { App, Button, Card, Checkbox, Descriptions, Drawer, Form, Input, Rate, Select, Space, Table, Tag } from 'antd';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Order, OrderStatus } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen, formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { ORDER_STATUSES } from '../../platform/kernel';
import { useIsMobile } from '../../platform/useIsMobile';
import { useCan, useSession } from '../auth';
import { ProcessTimeline } from '../needs';
import { actOnOrder, getOrder, listOrders, type OrderActionName } from './catalogue.api';

/** 服务订单: organisations accept, decline and deliver; orderers cancel and rate (居民评单); overdue answers are flagged. */
export default function OrdersPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const me = useSession();
  const mobile = useIsMobile();
  const client = useQueryClient();
  const [status, setStatus] = useState<OrderStatus | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const query = { status, overdue: overdue || undefined, page, pageSize: 20 };
  const list = useQuery({ queryKey: ['catalogue', 'orders', query], queryFn: () => listOrders(query), placeholderData: keepPreviousData });
  const detail = useQuery({ queryKey: ['catalogue', 'order', open], queryFn: () => getOrder(open!), enabled: !!open });
  const o = detail.data?.order;

  const act = async (action: OrderActionName, body: { note?: string; rating?: number; comment?: string } = {}) => {
    setError(null);
    try {
      await actOnOrder(o!.id, action, { version: o!.version, ...body });
      message.success(t('catalogue.orders.done'));
      await client.invalidateQueries({ queryKey: ['catalogue'] });
    } catch (e) { setError(e); }
  };
  const handles = can('catalogue:order:handle') && o && (me.organisationId === o.organisationId || me.dataScope === 'all');
  const mine = o?.mine;

  return (
    <Card title={t('catalogue.orders.title')} extra={<Space wrap>
      <Select allowClear placeholder={t('catalogue.orders.status')} style={{ width: 130 }} value={status} onChange={(v) => { setStatus(v); setPage(1); }} options={ORDER_STATUSES.map((s) => ({ value: s, label: t(`catalogue.status.${s}`) }))} />
      <Checkbox checked={overdue} onChange={(e) => { setOverdue(e.target.checked); setPage(1); }} data-testid="only-overdue">{t('catalogue.orders.onlyOverdue')}</Checkbox>
    </Space>}>
      <ErrorAlert error={list.error} />
      <Table<Order> rowKey="id" size="middle" loading={list.isLoading} dataSource={list.data?.items ?? []} scroll={{ x: 800 }} data-testid="orders-table"
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('catalogue.orders.number'), dataIndex: 'number', width: 150 },
          { title: t('catalogue.orders.item'), dataIndex: 'itemTitle' },
          { title: t('catalogue.orders.provider'), dataIndex: 'organisationName' },
          { title: t('catalogue.orders.place'), dataIndex: 'regionName' },
          { title: t('catalogue.orders.status'), dataIndex: 'status', width: 140, render: (v: OrderStatus, r) => <Space size={4}><Tag>{t(`catalogue.status.${v}`)}</Tag>{r.overdue && <Tag color="red" data-testid="overdue-tag">{t('catalogue.orders.overdue')}</Tag>}</Space> },
          { title: t('catalogue.orders.respondBy'), dataIndex: 'respondBy', width: 150, render: (v: string) => formatInstant(v) },
        ]} />
      <Drawer open={!!open} onClose={() => { setOpen(null); setError(null); }} title={o ? `${t('catalogue.orders.detail')} ${o.number}` : ''} size={mobile ? '100%' : 600} loading={detail.isLoading}>
        {o && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <ErrorAlert error={error} />
            <Descriptions column={1} size="small" items={[
              { label: t('catalogue.orders.item'), children: o.itemTitle }, { label: t('catalogue.orders.provider'), children: o.organisationName },
              { label: t('catalogue.orders.place'), children: o.regionName }, { label: t('catalogue.orders.price'), children: o.priceFen ? formatFen(o.priceFen) : t('catalogue.public.free') },
              { label: t('catalogue.order.note'), children: o.note }, { label: t('catalogue.order.contactName'), children: `${o.contactName} ${o.contactPhone}` },
              { label: t('catalogue.orders.status'), children: <Space><Tag>{t(`catalogue.status.${o.status}`)}</Tag>{o.overdue && <Tag color="red">{t('catalogue.orders.overdue')}</Tag>}</Space> },
              ...(o.declineReason ? [{ label: t('catalogue.orders.reason'), children: o.declineReason }] : []),
              ...(o.rating ? [{ label: t('catalogue.orders.rating'), children: <Rate disabled value={o.rating} /> }] : []),
            ]} />
            {handles && o.status === 'placed' && (
              <Form layout="inline" onFinish={(v: { note?: string }) => act('decline', v)}>
                <Button type="primary" onClick={() => act('accept')} data-testid="order-accept">{t('catalogue.orders.accept')}</Button>
                <Form.Item name="note"><Input placeholder={t('catalogue.orders.reason')} /></Form.Item>
                <Button danger htmlType="submit">{t('catalogue.orders.decline')}</Button>
              </Form>
            )}
            {handles && o.status === 'accepted' && (
              <Form layout="inline" onFinish={(v: { note?: string }) => act('deliver', v)}>
                <Form.Item name="note"><Input placeholder={t('catalogue.orders.deliveryNote')} /></Form.Item>
                <Button type="primary" htmlType="submit" data-testid="order-deliver">{t('catalogue.orders.deliver')}</Button>
              </Form>
            )}
            {mine && o.status === 'placed' && <Button onClick={() => act('cancel')}>{t('catalogue.orders.cancel')}</Button>}
            {mine && o.status === 'delivered' && can('catalogue:order:rate') && (
              <Form layout="vertical" onFinish={(v: { rating: number; comment?: string }) => act('rate', { rating: v.rating, comment: v.comment ?? '' })}>
                <Form.Item name="rating" label={t('catalogue.orders.rating')} rules={[{ required: true }]}><Rate data-testid="order-rating" /></Form.Item>
                <Form.Item name="comment" label={t('catalogue.orders.comment')}><Input.TextArea rows={2} /></Form.Item>
                <Button type="primary" htmlType="submit" data-testid="order-rate">{t('catalogue.orders.rate')}</Button>
              </Form>
            )}
            <Card size="small" title={t('catalogue.orders.timeline')}><ProcessTimeline events={detail.data!.timeline} prefix="catalogue.events" /></Card>
          </Space>
        )}
      </Drawer>
    </Card>
  );
}
