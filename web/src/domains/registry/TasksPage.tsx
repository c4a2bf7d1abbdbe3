import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, List, Radio, Select, Tag } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PARTY_COVERAGES, type RegistryTask, type RegistryTaskResult } from '@wushe/common';
import { describeError } from '../../platform/errors';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatDate } from '../../platform/format';
import { myTasks, recordTask, registryKeys } from './registry.api';

/** 核实任务 on a phone (390 px): the street staff's own tasks, each recorded where they stand. */
export default function RegistryTasksPage() {
  const { t } = useI18n();
  const q = useQuery({ queryKey: registryKeys.tasks, queryFn: myTasks });
  if (q.error) return <ErrorAlert error={q.error} />;
  return (
    <Card title={t('registry.tasks.title')} styles={{ body: { padding: 8 } }}>
      <List loading={q.isFetching} dataSource={q.data ?? []} locale={{ emptyText: <Empty description={t('registry.tasks.empty')} /> }}
        renderItem={(task) => <List.Item style={{ padding: 4 }}><TaskCard task={task} /></List.Item>} />
    </Card>
  );
}

function TaskCard({ task }: { task: RegistryTask }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const done = task.status !== 'assigned';
  const submit = async (values: RegistryTaskResult) => {
    setBusy(true);
    try {
      const clean = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) as RegistryTaskResult;
      await recordTask(task.id, clean);
      message.success(t('registry.tasks.saved'));
      await client.invalidateQueries({ queryKey: registryKeys.all });
    } catch (e) {
      message.error(describeError(e, t).title);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" style={{ width: '100%' }} title={task.entityName} data-testid="task-card"
      extra={<Tag color={done ? 'green' : 'blue'}>{done ? t('registry.tasks.done') : t(`registry.tasks.method.${task.method}`)}</Tag>}>
      {task.dueOn ? <p style={{ marginTop: 0 }} data-testid="task-due-on">{t('registry.tasks.due', { date: formatDate(task.dueOn, locale) })}</p> : null}
      {task.note ? <p style={{ marginTop: 0 }}>{task.note}</p> : null}
      {done ? null : (
        <Form layout="vertical" onFinish={submit} initialValues={{ outcome: 'confirmed' }}>
          <Form.Item name="outcome" style={{ marginBottom: 8 }}>
            <Radio.Group optionType="button" options={(['confirmed', 'corrected', 'not_found'] as const).map((o) => ({ value: o, label: t(`registry.tasks.outcome.${o}`) }))} />
          </Form.Item>
          <Form.Item name="phone" label={t('registry.tasks.phone')} style={{ marginBottom: 8 }}><Input inputMode="tel" /></Form.Item>
          <Form.Item name="address" label={t('registry.tasks.address')} style={{ marginBottom: 8 }}><Input /></Form.Item>
          <Form.Item name="partyCoverage" label={t('registry.columns.coverage')} style={{ marginBottom: 8 }}>
            <Select allowClear options={PARTY_COVERAGES.map((c) => ({ value: c, label: t(`registry.coverage.${c}`) }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="task-submit">{t('registry.tasks.record')}</Button>
        </Form>
      )}
    </Card>
  );
}
