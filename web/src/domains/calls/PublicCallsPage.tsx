import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App, Button, Card, Form, Input, List, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen, formatInstant } from '../../platform/format';
import { CallFacts, CallTimeline } from './CallTimeline';
import { STATUS_COLOR } from './CallsPage';
import { callKeys, fileObjection, getPublicCall, listPublicCalls } from './calls.api';

const shell = { maxWidth: 960, margin: '0 auto', padding: 12 } as const;

/** 公开榜单 (no login): published calls, newest first; readable on a 390px phone. */
export function PublicCallsPage() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const list = useQuery({ queryKey: callKeys.pub(page), queryFn: () => listPublicCalls(page) });
  return (
    <div style={shell}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}><Typography.Title level={3}>{t('calls.pub.title')}</Typography.Title><Link to="/login">{t('calls.pub.login')}</Link></Space>
      <Typography.Paragraph type="secondary">{t('calls.pub.subtitle')}</Typography.Paragraph>
      <ErrorAlert error={list.error} />
      <List data-testid="public-calls" loading={list.isLoading} dataSource={list.data?.items ?? []} rowKey="id"
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
        renderItem={(c) => (
          <List.Item>
            <List.Item.Meta title={<Link to={`/open/calls/${c.id}`}>{c.title}</Link>}
              description={<Space wrap size={4}><Tag color={STATUS_COLOR[c.status]}>{t(`calls.status.${c.status}`)}</Tag><span>{c.regionName}</span>
                <span>{formatFen(c.budgetFen)}</span><span>{t('calls.col.deadline')} {formatInstant(c.deadline)}</span></Space>} />
          </List.Item>)} />
    </div>
  );
}

/** One public call: facts, timeline, award notice with scores, and the objection form while the notice runs. */
export function PublicCallPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const call = useQuery({ queryKey: ['public-call', id], queryFn: () => getPublicCall(id) });
  const [form] = Form.useForm<{ text: string; contact?: string }>();
  const [error, setError] = useState<unknown>(null);
  if (call.error) return <div style={shell}><ErrorAlert error={call.error} /></div>;
  const c = call.data;
  if (!c) return <div style={shell}><Card loading /></div>;
  const open = c.awards.find((a) => a.objectionsOpen);
  const send = async (v: { text: string; contact?: string }) => {
    setError(null);
    try {
      await fileObjection(id, { awardId: open!.id, text: v.text, contact: v.contact || undefined });
      message.success(t('calls.pub.sent'));
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['public-call', id] });
    } catch (e) { setError(e); }
  };
  return (
    <div style={shell}>
      <Link to="/open/calls">← {t('calls.pub.title')}</Link>
      <Typography.Title level={3} data-testid="public-call-title">{c.title} <Tag color={STATUS_COLOR[c.status]}>{t(`calls.status.${c.status}`)}</Tag></Typography.Title>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card><CallFacts call={c} /></Card>
        <Card title={t('calls.detail.awards')}>
          {c.awards.length === 0 ? <Typography.Text type="secondary">{t('calls.pub.noAward')}</Typography.Text> : c.awards.map((a) => (
            <Alert key={a.id} type={a.status === 'cancelled' ? 'error' : 'success'} style={{ marginBottom: 8 }} data-testid="public-award"
              title={`${a.organisationName} · ${formatFen(a.amountFen)} · ${t(`calls.awardStatus.${a.status}`)}`}
              description={t('calls.detail.noticeUntil', { date: formatInstant(a.noticeEndsAt) })} />))}
          {c.scores.length > 0 && <Table size="small" rowKey="organisationName" pagination={false} dataSource={c.scores} data-testid="public-scores" columns={[
            { title: t('calls.pub.scores'), dataIndex: 'organisationName' },
            { title: t('calls.detail.weighted'), dataIndex: 'weightedMean', align: 'right' },
            { title: t('calls.detail.zscore'), dataIndex: 'zMean', align: 'right' },
          ]} />}
          {c.objections.map((o) => <div key={o.filedAt} style={{ marginTop: 8 }}>{formatInstant(o.filedAt)}：{o.text}{o.answer && <div style={{ color: '#666' }}>{t('calls.pub.answer', { text: o.answer })}</div>}</div>)}
        </Card>
        {open && <Card title={t('calls.pub.objection')}>
          <ErrorAlert error={error} />
          <Form form={form} layout="vertical" onFinish={send}>
            <Form.Item name="text" label={t('calls.pub.objectionText')} rules={[{ required: true, min: 5 }]}><Input.TextArea data-testid="objection-text" rows={4} maxLength={2000} /></Form.Item>
            <Form.Item name="contact" label={t('calls.pub.contact')}><Input maxLength={100} /></Form.Item>
            <Button type="primary" htmlType="submit" data-testid="objection-send" block>{t('calls.pub.send')}</Button>
          </Form>
        </Card>}
        <Card title={t('calls.detail.timeline')}><CallTimeline events={c.events} /></Card>
        <a href={`/api/public/calls/${c.id}/ocds`} target="_blank" rel="noreferrer">{t('calls.detail.ocds')}</a>
      </Space>
    </div>
  );
}
