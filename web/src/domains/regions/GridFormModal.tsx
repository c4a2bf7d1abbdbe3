import { useEffect, useState } from 'react';
import { Form, Input, InputNumber, Modal } from 'antd';
import type { Region } from '@wushe/common';
import { applyFieldErrors } from '../../platform/errors';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { createGrid, updateGrid } from './regions.api';

export type GridFormTarget =
  | { mode: 'create'; parent: Region; level: 'grid' | 'microgrid' }
  | { mode: 'edit'; region: Region };

interface Values { name: string; population?: number | null }
const FIELDS = ['name', 'population'] as const;

/** Creates a grid/micro-grid under a community or grid, or renames one and corrects its population. */
export function GridFormModal({ target, onClose, onSaved }: { target: GridFormTarget | null; onClose: () => void; onSaved: (r: Region) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<string[] | undefined>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setError(null);
    form.resetFields();
    if (target?.mode === 'edit') form.setFieldsValue({ name: target.region.name, population: target.region.population });
  }, [target, form]);

  if (!target) return null;
  const title = target.mode === 'create'
    ? t('regions.gridForm.createTitle', { parent: target.parent.name, level: t(`enums.regionLevel.${target.level}`) })
    : t('regions.gridForm.editTitle', { name: target.region.name });

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const population = v.population ?? null;
      const saved = target.mode === 'create'
        ? await createGrid({ parentCode: target.parent.code, name: v.name.trim(), population })
        : await updateGrid(target.region.code, { name: v.name.trim(), population });
      onSaved(saved);
    } catch (e) {
      setUnplaced(applyFieldErrors(form, e, FIELDS));
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={title} onCancel={onClose} onOk={submit} confirmLoading={saving} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
      <ErrorAlert error={error} unplaced={unplaced} testId="grid-error" />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="name" label={t('regions.gridForm.name')} rules={[{ required: true, whitespace: true, message: t('regions.gridForm.nameRequired') }]}>
          <Input data-testid="grid-field-name" maxLength={60} autoFocus />
        </Form.Item>
        <Form.Item name="population" label={t('regions.gridForm.population')}>
          <InputNumber data-testid="grid-field-population" min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
