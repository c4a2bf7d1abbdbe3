import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Input, Modal, Space, Tabs, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatDate, formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useCan, useSession } from '../auth';
import { ActivitiesPanel, SpendingsPanel } from './ActivitiesPanel';
import { EvaluationPanel } from './EvaluationPanel';
import { MilestonesPanel, MoneyCard } from './MilestonesPanel';
import { ComplaintsPanel, RectificationsPanel } from './RectificationsPanel';
import { GradeTag, StatusTag } from './tags';
import { getProject, projectKeys, transition } from './projects.api';
import { useAct } from './useAct';

/** One project: contract, delivery records, rectifications, complaints, 考榜 and the timeline (过程留痕). */
export default function ProjectDetailPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const can = useCan();
  const me = useSession();
  const act = useAct(id);
  const q = useQuery({ queryKey: projectKeys.one(id), queryFn: () => getProject(id) });
  if (q.error) return <ErrorAlert error={q.error} />;
  const p = q.data;
  if (!p) return <Card loading />;
  const canManage = can('projects:project:manage');
  const isProvider = can('projects:delivery:record') && me.organisationId === p.organisationId;
  const recording = isProvider && (p.status === 'contracted' || p.status === 'in_delivery');

  const confirm = (action: string, label: string) => Modal.confirm({ title: t('projects.detail.confirmAction', { action: label }), onOk: () => act(() => transition(id, action)) });
  const terminate = () => {
    let reason = '';
    Modal.confirm({ title: t('projects.detail.terminate'), content: <Input.TextArea rows={3} placeholder={t('projects.detail.terminateReason')} onChange={(e) => { reason = e.target.value; }} />, onOk: () => act(() => transition(id, 'terminate', reason)) });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Link to="/projects"><ArrowLeftOutlined /> {t('projects.detail.back')}</Link>
      <Card title={<Space wrap><span data-testid="project-title">{p.title}</span><StatusTag status={p.status} />{p.grade && <GradeTag grade={p.grade} />}</Space>}
        extra={<Space wrap>
          {p.status === 'contracted' && (canManage || isProvider) && <Button onClick={() => confirm('start', t('projects.detail.start'))}>{t('projects.detail.start')}</Button>}
          {canManage && p.status === 'delivered' && <Button type="primary" data-testid="open-evaluation" onClick={() => confirm('open_evaluation', t('projects.detail.openEvaluation'))}>{t('projects.detail.openEvaluation')}</Button>}
          {canManage && p.status === 'evaluated' && <Button onClick={() => confirm('close', t('projects.detail.close'))}>{t('projects.detail.close')}</Button>}
          {canManage && ['contracted', 'in_delivery', 'delivered'].includes(p.status) && <Button danger onClick={terminate}>{t('projects.detail.terminate')}</Button>}
        </Space>}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={[
          { key: 'n', label: t('projects.list.number'), children: p.number },
          { key: 'o', label: t('projects.list.organisation'), children: p.organisationName },
          { key: 'r', label: t('projects.list.region'), children: p.regionName },
          { key: 'f', label: t('projects.create.funding'), children: t(`projects.funding.${p.fundingSource}`) },
          { key: 'c', label: t('projects.create.dueOn'), children: formatDate(p.milestones.at(-1)?.dueOn, locale) },
        ]} />
      </Card>
      <MoneyCard p={p} />
      <Card>
        <Tabs items={[
          { key: 'm', label: t('projects.detail.tabs.milestones'), children: <MilestonesPanel p={p} isProvider={isProvider} canManage={canManage} /> },
          { key: 'a', label: t('projects.detail.tabs.activities'), children: <ActivitiesPanel p={p} canRecord={recording} /> },
          { key: 's', label: t('projects.detail.tabs.spendings'), children: <SpendingsPanel p={p} canRecord={recording} /> },
          { key: 'r', label: t('projects.detail.tabs.rectifications'), children: <RectificationsPanel p={p} isProvider={isProvider} canManage={canManage} /> },
          { key: 'c', label: t('projects.detail.tabs.complaints'), children: <ComplaintsPanel p={p} canManage={canManage} /> },
          { key: 'e', label: t('projects.detail.tabs.evaluation'), children: <EvaluationPanel p={p} canManage={canManage} canScore={can('projects:evaluation:score')} /> },
          { key: 't', label: t('projects.detail.tabs.timeline'), children: (
            <Timeline data-testid="timeline" items={p.timeline.map((e) => ({
              color: e.action.includes('return') || e.action.includes('reopen') || e.action.includes('black') ? 'red' : e.action.includes('approve') || e.action === 'finalise' || e.action.includes('red') ? 'green' : 'blue',
              children: <Space direction="vertical" size={0}><Typography.Text>{e.summary}</Typography.Text><Typography.Text type="secondary">{formatInstant(e.at)}{e.actorName ? ` · ${e.actorName}` : ''}</Typography.Text></Space>,
            }))} />
          ) },
        ]} />
      </Card>
    </Space>
  );
}
