import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { RegistryBulkTaskInput, RegistryTaskInput } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { errorText } from './errorText';
import { createTask, createTasks, listAssignees, registryKeys } from './registry.api';

const METHODS = ['phone', 'visit', 'site'] as const;

/** A week from today, as YYYY-MM-DD in local time (the default due date). */
function inAWeek(): string {
  const d = new Date(Date.now() + 7 * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** One entry, or every entry the list filter selects. */
  target: { entityId: string; regionCode: string } | { filter: RegistryBulkTaskInput['filter']; total: number };
}

/** 派发核实任务: method, street staff covering the entry (or the filtered street), due date. */
export function TaskModal({ open, onClose, target }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const regionCode = 'entityId' in target ? target.regionCode : target.filter.regionCode;
  const assignees = useQuery({ queryKey: registryKeys.assignees(regionCode), queryFn: () => listAssignees(regionCode), enabled: open });
  const submit = async (v: { method: RegistryTaskInput['method']; assigneeId: string; dueOn: string; note?: string }) => {
    setBusy(true);
    try {
      const note = v.note?.trim() || undefined;
      if ('entityId' in target) {
        await createTask({ entityId: target.entityId, method: v.method, assigneeId: v.assigneeId, dueOn: v.dueOn, note });
        message.success(t('registry.task.created'));
      } else {
        const r = await createTasks({ filter: target.filter, method: v.method, assigneeId: v.assigneeId, dueOn: v.dueOn, note });
        message.success(t('registry.task.bulkCreated', { created: r.created, skipped: r.skipped }));
      }
      await client.invalidateQueries({ queryKey: registryKeys.all });
      onClose();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} onCancel={onClose} destroyOnClose confirmLoading={busy} onOk={() => form.submit()} okText={t('registry.task.submit')}
      title={'entityId' in target ? t('registry.task.title') : t('registry.task.bulkTitle', { total: target.total })} okButtonProps={{ 'data-testid': 'task-create-submit' } as ButtonProps}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ method: 'phone', dueOn: inAWeek() }} preserve={false}>
        <Form.Item name="method" label={t('registry.task.method')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={METHODS.map((m) => ({ value: m, label: t(`registry.tasks.method.${m}`) }))} />
        </Form.Item>
        <Form.Item name="assigneeId" label={t('registry.task.assignee')} rules={[{ required: true, message: t('registry.task.assigneeRequired') }]}
          extra={assignees.data?.length === 0 ? t('registry.task.noAssignee') : undefined}>
          <Select data-testid="task-assignee" loading={assignees.isFetching}
            options={(assignees.data ?? []).map((a) => ({ value: a.id, label: `${a.displayName} · ${a.regionName}` }))} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('registry.task.dueOn')} rules={[{ required: true }]}>
          <Input type="date" data-testid="task-due" />
        </Form.Item>
        <Form.Item name="note" label={t('registry.task.note')}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}
