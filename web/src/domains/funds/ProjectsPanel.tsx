import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { Campaign, Fund, FundProject } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatDate, formatFen } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useCan } from '../auth';
import { CampaignModal } from './CampaignModal';
import { ProposeProjectModal } from './ProposeProjectModal';
import { closeCampaign, listCampaigns, listProjects, moveProject, staffKeys } from './staff.api';
import { VoteModal } from './VoteModal';

type Dialog = { kind: 'propose' } | { kind: 'vote' | 'campaign'; project: FundProject } | null;

/** 居民点单—管委会立项—社会筹款: the fund's projects with their committee decision, and its campaigns. */
export function ProjectsPanel({ fund }: { fund: Fund }) {
  const { t, locale } = useI18n();
  const can = useCan();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const projects = useQuery({ queryKey: staffKeys.part(fund.id, 'projects'), queryFn: () => listProjects(fund.id) });
  const campaigns = useQuery({ queryKey: staffKeys.part(fund.id, 'campaigns'), queryFn: () => listCampaigns(fund.id) });
  const manage = can('funds:project:manage');
  const { message } = App.useApp();
  /** One-click steps (结项, 进场实施, 结束募捐): the server checks the transition; its zh-CN refusal is shown as is. */
  const step = async (run: () => Promise<unknown>, ok: string) => {
    try {
      await run();
      message.success(ok);
      void qc.invalidateQueries({ queryKey: staffKeys.one(fund.id) });
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const done = () => {
    setDialog(null);
    void qc.invalidateQueries({ queryKey: staffKeys.one(fund.id) });
  };
  const status = (s: string) => <Tag color={s === 'rejected' || s === 'cancelled' ? 'red' : s === 'proposed' ? 'orange' : 'green'}>{t(`funds.status.${s}`)}</Tag>;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {manage && <Button type="primary" onClick={() => setDialog({ kind: 'propose' })} data-testid="project-propose">{t('funds.staff.project.propose')}</Button>}
      <ErrorAlert error={projects.error ?? campaigns.error} />
      <Table<FundProject> rowKey="id" size="small" loading={projects.isLoading} dataSource={projects.data} pagination={false} scroll={{ x: 'max-content' }} data-testid="staff-projects"
        locale={{ emptyText: t('funds.staff.project.none') }}
        columns={[
          { title: t('funds.staff.col.title'), dataIndex: 'title' },
          { title: t('funds.staff.col.status'), dataIndex: 'status', render: status },
          { title: t('funds.staff.col.budget'), dataIndex: 'budgetFen', align: 'right', render: formatFen },
          { title: t('funds.staff.col.decision'), key: 'decision', responsive: ['md'], render: (_, p) => (p.vote ? `${p.vote.decisionNo}（${t('funds.staff.vote.tally', { for: String(p.vote.for), against: String(p.vote.against), abstain: String(p.vote.abstain) })}）` : '—') },
          {
            title: t('funds.staff.col.actions'), key: 'actions', render: (_, p) => manage && (
              <Space wrap>
                {p.status === 'proposed' && <Button size="small" onClick={() => setDialog({ kind: 'vote', project: p })} data-testid={`project-vote-${p.title}`}>{t('funds.staff.project.vote')}</Button>}
                {p.status === 'approved' && <Button size="small" onClick={() => setDialog({ kind: 'campaign', project: p })} data-testid={`project-campaign-${p.title}`}>{t('funds.staff.project.campaign')}</Button>}
                {(p.status === 'approved' || p.status === 'fundraising') && (
                  <Popconfirm title={t('funds.staff.project.confirmStart')} onConfirm={() => step(() => moveProject(p.id, 'in_progress'), t('funds.staff.project.started'))}>
                    <Button size="small" data-testid={`project-start-${p.title}`}>{t('funds.staff.project.start')}</Button>
                  </Popconfirm>
                )}
                {p.status === 'in_progress' && (
                  <Popconfirm title={t('funds.staff.project.confirmComplete')} onConfirm={() => step(() => moveProject(p.id, 'completed'), t('funds.staff.project.completed'))}>
                    <Button size="small" data-testid={`project-complete-${p.title}`}>{t('funds.staff.project.complete')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]} />
      <Typography.Title level={5}>{t('funds.staff.campaign.list')}</Typography.Title>
      <Table<Campaign> rowKey="id" size="small" dataSource={campaigns.data} pagination={false} scroll={{ x: 'max-content' }} data-testid="staff-campaigns"
        columns={[
          { title: t('funds.c.title'), dataIndex: 'title' },
          { title: t('funds.staff.col.status'), dataIndex: 'status', render: status },
          { title: t('funds.c.raised'), key: 'raised', render: (_, c) => t('funds.staff.campaign.raised', { raised: formatFen(c.raisedFen), target: formatFen(c.targetFen), count: String(c.donations) }) },
          { title: t('funds.c.deadline'), dataIndex: 'deadline', responsive: ['md'], render: (d: string) => formatDate(d, locale) },
          {
            title: t('funds.staff.col.actions'), key: 'actions', render: (_, c) => manage && c.status === 'open' && (
              <Popconfirm title={t('funds.staff.campaign.confirmClose')} onConfirm={() => step(() => closeCampaign(c.id), t('funds.staff.campaign.closed'))}>
                <Button size="small" data-testid={`campaign-close-${c.title}`}>{t('funds.staff.campaign.close')}</Button>
              </Popconfirm>
            ),
          },
        ]} />
      {dialog?.kind === 'propose' && <ProposeProjectModal fund={fund} onClose={() => setDialog(null)} onDone={done} />}
      {dialog?.kind === 'vote' && <VoteModal fund={fund} project={dialog.project} onClose={() => setDialog(null)} onDone={done} />}
      {dialog?.kind === 'campaign' && <CampaignModal project={dialog.project} onClose={() => setDialog(null)} onDone={done} />}
    </Space>
  );
}
