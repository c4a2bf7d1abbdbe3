import { useState } from 'react';
import { App, Button, Card, Drawer, Empty, Form, Input, Pagination, Rate, Segmented, Space, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CatalogueClass, OrderInput } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { CATALOGUE_CLASSES } from '../../platform/kernel';
import { useIsMobile } from '../../platform/useIsMobile';
import { useCan, useMe } from '../auth';
import { placeOrder, publicCatalogue, type PublicItem } from './catalogue.api';

/** 服务菜单 (public, no login): the published items by class; signed-in residents and communities order from here. */
export default function PublicCataloguePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const me = useMe().data;
  const can = useCan();
  const [klass, setKlass] = useState<CatalogueClass | 'all'>('all');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [ordering, setOrdering] = useState<PublicItem | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Signed in with a home region: show what serves it (anyone may still browse the whole menu signed out).
  const query = { catalogueClass: klass === 'all' ? undefined : klass, q: q || undefined, regionCode: me?.regionCode ?? undefined, page, pageSize: 12 };
  const list = useQuery({ queryKey: ['catalogue', 'public', query], queryFn: () => publicCatalogue(query), placeholderData: keepPreviousData });

  const submit = async (v: Omit<OrderInput, 'itemId'>) => {
    setError(null);
    try {
      const o = await placeOrder({ ...v, itemId: ordering!.id });
      message.success(t('catalogue.order.placed', { number: o.number }));
      setOrdering(null);
    } catch (e) { setError(e); }
  };

  return (
    <div style={{ maxWidth: 1100, margin: '0 auto', padding: mobile ? 12 : 24 }} data-testid="public-catalogue">
      <Typography.Title level={mobile ? 4 : 3} style={{ marginBottom: 4 }}>{t('catalogue.public.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('catalogue.public.intro')}</Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
        <div style={{ overflowX: 'auto' }}>
          <Segmented value={klass} onChange={(v) => { setKlass(v as CatalogueClass | 'all'); setPage(1); }}
            options={[{ value: 'all', label: t('catalogue.public.all') }, ...CATALOGUE_CLASSES.map((c) => ({ value: c, label: t(`catalogue.class.${c}`) }))]} />
        </div>
        <Input.Search allowClear placeholder={t('catalogue.public.search')} onSearch={(v) => { setQ(v.trim()); setPage(1); }} style={{ maxWidth: 360 }} />
      </Space>
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <Empty description={t('catalogue.public.empty')} />}
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: mobile ? '1fr' : 'repeat(auto-fill, minmax(320px, 1fr))' }}>
        {(list.data?.items ?? []).map((it) => (
          <Card key={it.id} size="small" data-testid="catalogue-item" title={it.title}
            extra={<Tag color={it.priceFen === 0 ? 'green' : 'orange'}>{it.priceFen === 0 ? t('catalogue.public.free') : formatFen(it.priceFen)}</Tag>}
            actions={[me && can('catalogue:order:create')
              ? <Button type="link" key="o" onClick={() => setOrdering(it)} data-testid="order-button">{t('catalogue.public.order')}</Button>
              : <Link key="l" to="/login">{t('catalogue.public.login')}</Link>]}>
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap size={4}><Tag>{t(`catalogue.class.${it.catalogueClass}`)}</Tag><Tag>{t(`enums.serviceDomain.${it.category}`)}</Tag></Space>
              <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3 }}>{it.content}</Typography.Paragraph>
              <Typography.Text type="secondary">{t('catalogue.public.provider')}：{it.organisationName}</Typography.Text>
              <Typography.Text type="secondary">{t('catalogue.public.serves')}：{it.regionNames.join('、')} · {t('catalogue.public.perMonth', { n: it.monthlyCapacity })}</Typography.Text>
              {it.ratingAverage !== null
                ? <Space size={4}><Rate disabled allowHalf value={it.ratingAverage} style={{ fontSize: 14 }} /><span>{t('catalogue.public.rating', { avg: it.ratingAverage, n: it.ratingCount })}</span></Space>
                : <Typography.Text type="secondary">{t('catalogue.public.noRating')}</Typography.Text>}
            </Space>
          </Card>
        ))}
      </div>
      {list.data && list.data.total > 12 && <Pagination style={{ marginTop: 16 }} current={page} pageSize={12} total={list.data.total} onChange={setPage} showSizeChanger={false} simple={mobile} />}
      <Drawer open={!!ordering} onClose={() => setOrdering(null)} title={`${t('catalogue.order.title')}：${ordering?.title ?? ''}`} size={mobile ? '100%' : 520} destroyOnHidden>
        <ErrorAlert error={error} />
        <Form layout="vertical" onFinish={submit} initialValues={{ regionCode: me?.regionCode ?? undefined, contactName: me?.displayName.replace(/（.*）/, '') }}>
          <Form.Item name="regionCode" label={t('catalogue.order.region')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="note" label={t('catalogue.order.note')} rules={[{ required: true, min: 2 }]}><Input.TextArea rows={3} data-testid="order-note" /></Form.Item>
          <Form.Item name="contactName" label={t('catalogue.order.contactName')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="contactPhone" label={t('catalogue.order.contactPhone')} rules={[{ required: true }]}><Input inputMode="tel" data-testid="order-phone" /></Form.Item>
          <Button type="primary" htmlType="submit" block data-testid="order-submit">{t('catalogue.order.submit')}</Button>
        </Form>
      </Drawer>
    </div>
  );
}
