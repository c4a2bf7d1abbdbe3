import { useState } from 'react';
import { Button, DatePicker, Empty, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { ProjectDetail } from '@wushe/common';
import { formatDate, formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { StepTag } from './tags';
import { actOnComplaint, answerRectification, createRectification, listProjectComplaints, projectKeys, reviewRectification } from './projects.api';
import { useAct } from './useAct';

/** 整改: officials raise a request with a deadline, the provider answers, the official closes or reopens it. */
export function RectificationsPanel({ p, isProvider, canManage }: { p: ProjectDetail; isProvider: boolean; canManage: boolean }) {
  const { t, locale } = useI18n();
  const act = useAct(p.id);
  const [dialog, setDialog] = useState<{ kind: 'new' | 'answer' | 'reopen'; id?: string } | null>(null);
  const [form] = Form.useForm();
  const open = (kind: 'new' | 'answer' | 'reopen', id?: string) => { form.resetFields(); setDialog({ kind, id }); };
  const onFinish = async (v: { requirement?: string; deadline?: { format(f: string): string }; text?: string }) => {
    const d = dialog!;
    const ok = await act(() => d.kind === 'new' ? createRectification(p.id, { requirement: v.requirement, deadline: v.deadline!.format('YYYY-MM-DD') })
      : d.kind === 'answer' ? answerRectification(p.id, d.id!, v.text!) : reviewRectification(p.id, d.id!, { action: 'reopen', comment: v.text }));
    if (ok) setDialog(null);
  };
  return (
    <>
      {canManage && ['contracted', 'in_delivery', 'delivered'].includes(p.status) && <Button type="primary" style={{ marginBottom: 12 }} onClick={() => open('new')}>{t('projects.detail.rectify')}</Button>}
      {p.rectifications.length === 0 ? <Empty description={t('projects.detail.noRectifications')} /> : (
        <List dataSource={p.rectifications} renderItem={(r) => (
          <List.Item actions={[
            isProvider && (r.status === 'open' || r.status === 'reopened') && <Button key="a" size="small" type="primary" onClick={() => open('answer', r.id)}>{t('projects.detail.answer')}</Button>,
            canManage && r.status === 'answered' && <Button key="c" size="small" type="primary" onClick={() => act(() => reviewRectification(p.id, r.id, { action: 'close' }))}>{t('projects.detail.closeRect')}</Button>,
            canManage && r.status === 'answered' && <Button key="r" size="small" danger onClick={() => open('reopen', r.id)}>{t('projects.detail.reopen')}</Button>,
          ].filter(Boolean)}>
            <List.Item.Meta title={<Space wrap>{r.requirement}<StepTag group="rectificationStatus" status={r.status} />{r.overdue && <Tag color="red">{t('projects.detail.overdue')}</Tag>}</Space>}
              description={<Space direction="vertical" size={0}>
                <Typography.Text>{t('projects.detail.deadline')}：{formatDate(r.deadline, locale)}</Typography.Text>
                {r.answer && <Typography.Text>{t('projects.detail.answerLabel')}：{r.answer}</Typography.Text>}
                {r.reviewComment && <Typography.Text type="warning">{t('projects.detail.reviewComment', { text: r.reviewComment })}</Typography.Text>}
              </Space>} />
          </List.Item>
        )} />
      )}
      <Modal open={!!dialog} title={dialog ? t(dialog.kind === 'new' ? 'projects.detail.rectify' : dialog.kind === 'answer' ? 'projects.detail.answer' : 'projects.detail.reopen') : ''} onCancel={() => setDialog(null)} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={onFinish}>
          {dialog?.kind === 'new' ? (<>
            <Form.Item name="requirement" label={t('projects.detail.requirement')} rules={[{ required: true, max: 1000 }]}><Input.TextArea rows={3} /></Form.Item>
            <Form.Item name="deadline" label={t('projects.detail.deadline')} rules={[{ required: true }]}><DatePicker /></Form.Item>
          </>) : (
            <Form.Item name="text" label={t(dialog?.kind === 'answer' ? 'projects.detail.answerLabel' : 'projects.detail.reopenReason')} rules={[{ required: true, max: 2000 }]}><Input.TextArea rows={4} /></Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}

/** Complaints on this project; officials take them up and decide. Residents' identities are not shown. */
export function ComplaintsPanel({ p, canManage }: { p: ProjectDetail; canManage: boolean }) {
  const { t } = useI18n();
  const act = useAct(p.id);
  const list = useQuery({ queryKey: projectKeys.complaints(p.id), queryFn: () => listProjectComplaints(p.id) });
  const decide = (id: string, action: 'uphold' | 'dismiss') => {
    let resolution = '';
    Modal.confirm({
      title: t(`projects.detail.${action}`), content: <Input.TextArea rows={3} placeholder={t('projects.detail.resolution')} onChange={(e) => { resolution = e.target.value; }} />,
      onOk: () => act(() => actOnComplaint(id, { action, resolution })),
    });
  };
  if (!list.data?.items.length) return <Empty description={t('projects.detail.noComplaints')} />;
  return (
    <List dataSource={list.data.items} renderItem={(c) => (
      <List.Item actions={canManage ? [
        c.status === 'filed' && <Button key="h" size="small" onClick={() => act(() => actOnComplaint(c.id, { action: 'handle' }))}>{t('projects.detail.handle')}</Button>,
        c.status === 'handling' && <Button key="u" size="small" danger onClick={() => decide(c.id, 'uphold')}>{t('projects.detail.uphold')}</Button>,
        c.status === 'handling' && <Button key="d" size="small" onClick={() => decide(c.id, 'dismiss')}>{t('projects.detail.dismiss')}</Button>,
      ].filter(Boolean) : []}>
        <List.Item.Meta title={<Space>{c.content}<StepTag group="complaintStatus" status={c.status} /></Space>}
          description={<Space direction="vertical" size={0}><span>{formatInstant(c.createdAt)}</span>{c.resolution && <span>{t('projects.detail.resolution')}：{c.resolution}</span>}</Space>} />
      </List.Item>
    )} />
  );
}
