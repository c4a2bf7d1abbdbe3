import { Card, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Assessment } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { myAssessments } from './needs.api';

/** 我的评估任务: the needs assigned to this expert or third-party evaluator. */
export default function AssessmentsPage() {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ['needs', 'my-assessments'], queryFn: myAssessments });
  return (
    <Card title={t('needs.assessments.title')}>
      <ErrorAlert error={q.error} />
      <Table<Assessment> rowKey="id" loading={q.isLoading} dataSource={q.data ?? []} pagination={false} locale={{ emptyText: t('needs.assessments.empty') }} scroll={{ x: 600 }} data-testid="assessments-table"
        columns={[
          { title: t('needs.list.number'), dataIndex: 'needNumber', render: (v: string, a) => <Link to={`/needs/${a.needId}`}>{v}</Link> },
          { title: t('needs.list.titleCol'), dataIndex: 'needTitle' },
          { title: t('needs.list.status'), dataIndex: 'status', render: (v: string) => <Tag color={v === 'assigned' ? 'orange' : 'green'}>{t(v === 'assigned' ? 'needs.detail.pending' : 'needs.detail.done')}</Tag> },
          { title: t('needs.list.createdAt'), dataIndex: 'assignedAt', render: (v: string) => formatInstant(v) },
          { title: '', key: 'go', render: (_: unknown, a) => a.status === 'assigned' && <Link to={`/needs/${a.needId}`}>{t('needs.assessments.open')}</Link> },
        ]} />
    </Card>
  );
}
