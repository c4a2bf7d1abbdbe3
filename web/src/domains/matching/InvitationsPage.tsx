import { useState } from 'react';
import { App, Button, Card, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Invitation } from '@wushe/common';
import { describeError } from '../../platform/errors';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatFen, formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useCan } from '../auth';
import { listInvitations, matchingKeys, respondToInvitation } from './matching.api';

const STATUS_COLOR = { pending: 'gold', accepted: 'green', declined: 'default' } as const;

/** 对接邀请: an organisation's staff see the invitations confirmed fairs sent it and accept or decline; officials see those in their region. */
export default function InvitationsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const client = useQueryClient();
  const q = useQuery({ queryKey: matchingKeys.invitations, queryFn: listInvitations });
  const [answering, setAnswering] = useState<{ invitation: Invitation; action: 'accept' | 'decline' } | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!answering) return;
    setBusy(true);
    try {
      await respondToInvitation(answering.invitation.id, answering.action, { version: answering.invitation.version, ...(note.trim() ? { note: note.trim() } : {}) });
      message.success(t(answering.action === 'accept' ? 'matching.invitations.accepted' : 'matching.invitations.declined'));
      setAnswering(null);
      setNote('');
      await client.invalidateQueries({ queryKey: matchingKeys.invitations });
    } catch (e) {
      const { title, detail } = describeError(e, t);
      message.error(detail ? t('common.errorWithDetail', { title, detail }) : title);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <div className="page-header"><Typography.Title level={4}>{t('matching.invitations.title')}</Typography.Title></div>
      {q.error && <ErrorAlert error={q.error} />}
      <Card size="small">
        <Table<Invitation> rowKey="id" size="small" loading={q.isLoading} dataSource={q.data ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('matching.invitations.empty') }} scroll={{ x: 900 }}
          columns={[
            { title: t('matching.invitations.need'), dataIndex: 'needTitle', render: (v: string, r) => <span data-testid="invitation-need">{v}{r.regionName ? <Typography.Text type="secondary">（{r.regionName}）</Typography.Text> : null}</span> },
            { title: t('matching.invitations.fair'), dataIndex: 'fairTitle' },
            { title: t('matching.invitations.organisation'), dataIndex: 'organisationName' },
            { title: t('matching.invitations.amount'), dataIndex: 'amountFen', render: (v: number) => formatFen(v) },
            { title: t('matching.invitations.score'), dataIndex: 'score', render: (v: number) => (v * 100).toFixed(1) },
            { title: t('matching.invitations.status'), dataIndex: 'status', render: (s: Invitation['status'], r) => (
              <Space orientation="vertical" size={0}>
                <Tag color={STATUS_COLOR[s]} data-testid="invitation-status">{t(`matching.invitations.statusName.${s}`)}</Tag>
                {r.responseNote && <Typography.Text type="secondary">{r.responseNote}</Typography.Text>}
              </Space>
            ) },
            { title: t('matching.invitations.receivedAt'), dataIndex: 'createdAt', render: (v: string) => formatInstant(v) },
            ...(can('matching:invitation:respond') ? [{
              title: t('common.actions'), render: (_: unknown, r: Invitation) => r.status === 'pending' && (
                <Space>
                  <Button size="small" type="primary" data-testid="invitation-accept" onClick={() => setAnswering({ invitation: r, action: 'accept' })}>{t('matching.invitations.accept')}</Button>
                  <Button size="small" danger onClick={() => setAnswering({ invitation: r, action: 'decline' })}>{t('matching.invitations.decline')}</Button>
                </Space>
              ),
            }] : []),
          ]} />
      </Card>
      <Modal open={!!answering} title={answering ? `${t(`matching.invitations.${answering.action}`)}：${answering.invitation.needTitle}` : ''} onCancel={() => setAnswering(null)}
        onOk={submit} confirmLoading={busy} okButtonProps={{ disabled: answering?.action === 'decline' && !note.trim(), 'data-testid': 'invitation-submit' } as never}>
        <Input.TextArea rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500}
          placeholder={t(answering?.action === 'decline' ? 'matching.invitations.declineReason' : 'matching.invitations.acceptNote')} />
      </Modal>
    </Space>
  );
}
