import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, List, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import type { CallDetail } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen, formatInstant } from '../../platform/format';
import { useCan } from '../auth';
import { answerObjection, awardBid, callKeys, getScores, panelCandidates, recordRoadshow, setPanel, type ScoreRow } from './calls.api';

type Run = (fn: () => Promise<unknown>) => Promise<void>;

/** 承榜: panel, roadshow, the score board (weighted mean and z-score side by side), award and objections. */
export function SelectionCard({ call, run }: { call: CallDetail; run: Run }) {
  const { t } = useI18n();
  const can = useCan();
  const official = call.canEdit;
  const scores = useQuery({ queryKey: callKeys.scores(call.id), queryFn: () => getScores(call.id) });
  const candidates = useQuery({ queryKey: ['calls', 'panel-candidates'], queryFn: panelCandidates, enabled: official && can('calls:panel:manage') });
  const [panel, setPanelValue] = useState<{ username: string; kind: string }[]>([]);
  const [roadshow, setRoadshow] = useState(false);
  const [rsForm] = Form.useForm<{ heldAt: Dayjs; place: string; notes: string }>();
  const [answering, setAnswering] = useState<{ id: string; upheld: boolean } | null>(null);
  const [answer, setAnswer] = useState('');

  const board = scores.data;
  return (
    <Card title={`${t('calls.detail.panel')} · ${t('calls.detail.scores')} · ${t('calls.detail.awards')}`}>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <div>
          <Typography.Title level={5}>{t('calls.detail.panel')}</Typography.Title>
          <Space wrap>{call.panel.map((p) => <Tag key={p.userId}>{p.displayName} · {t(`calls.panelKind.${p.kind}`)}</Tag>)}</Space>
          {official && can('calls:panel:manage') && call.status === 'closed' && (
            <Space wrap style={{ marginTop: 8 }}>
              <Select mode="multiple" data-testid="panel-select" style={{ minWidth: 320 }} placeholder={t('calls.detail.setPanel')}
                value={panel.map((p) => p.username)} onChange={(names: string[]) => setPanelValue(names.map((n) => {
                  const role = candidates.data?.find((c) => c.username === n)?.role;
                  return { username: n, kind: role === 'expert' ? 'expert' : role === 'community_worker' ? 'community' : role === 'street_official' ? 'street' : 'department' };
                }))}
                options={(candidates.data ?? []).map((c) => ({ value: c.username, label: `${c.displayName}` }))} />
              <Button data-testid="panel-save" disabled={!panel.length} onClick={() => run(() => setPanel(call.id, panel))}>{t('calls.detail.setPanel')}</Button>
            </Space>)}
          {call.roadshow && <div style={{ marginTop: 8 }}>{t('calls.detail.roadshowRecorded', { place: call.roadshow.place })} · {formatInstant(call.roadshow.heldAt)} · {call.roadshow.notes}</div>}
          {official && can('calls:panel:manage') && call.status === 'evaluating' && <Button style={{ marginTop: 8 }} onClick={() => setRoadshow(true)}>{t('calls.detail.roadshow')}</Button>}
        </div>
        <div>
          <Typography.Title level={5}>{t('calls.detail.scores')}</Typography.Title>
          <ErrorAlert error={scores.error} />
          {board && board.reviewsMissing > 0 && <Typography.Text type="warning">{t('calls.detail.missing', { n: board.reviewsMissing })}</Typography.Text>}
          <Table<ScoreRow> rowKey="bidId" size="small" pagination={false} dataSource={board?.bids ?? []} scroll={{ x: 700 }} data-testid="score-table" columns={[
            { title: t('calls.col.title'), dataIndex: 'organisationName' },
            { title: t('calls.detail.weighted'), dataIndex: 'weightedMean', align: 'right', render: (v: number | null) => v ?? '—' },
            { title: t('calls.detail.rankW'), dataIndex: 'rankWeighted', align: 'right', render: (v: number | null) => v ?? '—' },
            { title: t('calls.detail.zscore'), dataIndex: 'zMean', align: 'right', render: (v: number | null) => v ?? '—' },
            { title: t('calls.detail.rankZ'), dataIndex: 'rankZ', align: 'right', render: (v: number | null) => v ?? '—' },
            { title: t('calls.detail.panellists'), render: (_: unknown, r) => `${r.panellists} / ${t('calls.detail.conflicts')} ${r.conflicts}` },
            { title: '', render: (_: unknown, r) => official && can('calls:award:manage') && call.status === 'evaluating' && r.status === 'submitted'
              ? <Button size="small" type="primary" data-testid={`award-${r.organisationName}`} onClick={() => run(() => awardBid(call.id, r.bidId, `综合得分${r.weightedMean ?? ''}，评审组推荐`))}>{t('calls.detail.award')}</Button> : null },
          ]} />
        </div>
        {call.awards.length > 0 && <div>
          <Typography.Title level={5}>{t('calls.detail.awards')}</Typography.Title>
          {call.awards.map((a) => <div key={a.id} data-testid="award-row"><Tag color={a.status === 'cancelled' ? 'red' : 'gold'}>{t(`calls.awardStatus.${a.status}`)}</Tag>
            {a.organisationName} · {formatFen(a.amountFen)} · {t('calls.detail.noticeUntil', { date: formatInstant(a.noticeEndsAt) })}</div>)}
          <List size="small" header={t('calls.detail.objections')} dataSource={call.objections} rowKey="id" renderItem={(o) => (
            <List.Item actions={official && can('calls:award:manage') && o.status === 'open' ? [
              <Button key="d" size="small" onClick={() => setAnswering({ id: o.id, upheld: false })}>{t('calls.detail.dismissed')}</Button>,
              <Button key="u" size="small" danger onClick={() => setAnswering({ id: o.id, upheld: true })}>{t('calls.detail.upheld')}</Button>] : []}>
              <div>{formatInstant(o.filedAt)}：{o.text}{o.answer && <div style={{ color: '#666' }}>{t('calls.pub.answer', { text: o.answer })}</div>}</div>
            </List.Item>)} />
        </div>}
      </Space>
      <Modal open={roadshow} title={t('calls.detail.roadshow')} onCancel={() => setRoadshow(false)} onOk={async () => {
        const v = await rsForm.validateFields();
        await run(() => recordRoadshow(call.id, { heldAt: v.heldAt.toISOString(), place: v.place, notes: v.notes }));
        setRoadshow(false);
      }}>
        <Form form={rsForm} layout="vertical" initialValues={{ heldAt: dayjs() }}>
          <Form.Item name="heldAt" label={t('calls.detail.roadshowAt')} rules={[{ required: true }]}><DatePicker showTime /></Form.Item>
          <Form.Item name="place" label={t('calls.detail.roadshowPlace')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="notes" label={t('calls.detail.roadshowNotes')} rules={[{ required: true }]}><Input.TextArea rows={3} /></Form.Item>
        </Form>
      </Modal>
      <Modal open={!!answering} title={answering?.upheld ? t('calls.detail.upheld') : t('calls.detail.dismissed')} onCancel={() => setAnswering(null)} okButtonProps={{ disabled: !answer.trim() }}
        onOk={async () => { await run(() => answerObjection(call.id, answering!.id, answering!.upheld, answer.trim())); setAnswering(null); setAnswer(''); }}>
        <Input.TextArea rows={3} placeholder={t('calls.detail.answerText')} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      </Modal>
    </Card>
  );
}
