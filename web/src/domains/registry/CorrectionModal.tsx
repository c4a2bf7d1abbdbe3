import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { PARTY_COVERAGES, REGISTRY_LEDGERS, type RegistryEntityDetail, type RegistryEntityPatch } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { useIsMobile } from '../../platform/useIsMobile';
import { RegionPicker } from '../regions';
import { errorText } from './errorText';
import { patchEntity, registryKeys } from './registry.api';

type Values = Omit<RegistryEntityPatch, 'version'>;
const TEXT_FIELDS = ['name', 'creditCode', 'legalRepresentative', 'phone', 'address', 'foundedOn', 'committee'] as const;

/** 人工更正: any field or the assignment, with the reason; only what changed is sent. Hand corrections win over files and rules. */
export function CorrectionModal({ entity, open, onClose }: { entity: RegistryEntityDetail; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const initial: Partial<Values> = {
    name: entity.name, creditCode: entity.creditCode ?? undefined, legalRepresentative: entity.legalRepresentative ?? undefined,
    address: entity.address ?? undefined, foundedOn: entity.foundedOn ?? undefined, ledger: entity.ledger, committee: entity.committee,
    regionCode: entity.regionCode, partyCoverage: entity.partyCoverage,
  };
  const submit = async (v: Values) => {
    const body: RegistryEntityPatch = { version: entity.version, reason: v.reason.trim() };
    for (const k of TEXT_FIELDS) {
      const value = v[k]?.trim();
      if (value && value !== initial[k]) body[k] = value;
    }
    if (v.ledger && v.ledger !== entity.ledger) body.ledger = v.ledger;
    if (v.partyCoverage && v.partyCoverage !== entity.partyCoverage) body.partyCoverage = v.partyCoverage;
    if (v.regionCode && v.regionCode !== entity.regionCode) body.regionCode = v.regionCode;
    setBusy(true);
    try {
      await patchEntity(entity.id, body);
      message.success(t('registry.correct.saved'));
      await client.invalidateQueries({ queryKey: registryKeys.all });
      onClose();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  const col = mobile ? 24 : 12;
  const field = (name: (typeof TEXT_FIELDS)[number], label: string, extra?: object) => (
    <Col span={col}><Form.Item name={name} label={label}><Input data-testid={`correct-${name}`} {...extra} /></Form.Item></Col>
  );
  return (
    <Modal open={open} onCancel={onClose} destroyOnClose width={mobile ? '100%' : 720} title={t('registry.correct.title')} confirmLoading={busy}
      onOk={() => form.submit()} okText={t('registry.correct.submit')} okButtonProps={{ 'data-testid': 'correct-submit' } as ButtonProps}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} preserve={false}>
        <Row gutter={12}>
          {field('name', t('registry.field.name'))}
          {field('creditCode', t('registry.field.code'), { maxLength: 18 })}
          {field('legalRepresentative', t('registry.field.legalRep'))}
          {field('phone', t('registry.field.phone'), { placeholder: entity.phoneMasked ?? '', inputMode: 'tel' })}
          {field('address', t('registry.field.address'))}
          {field('foundedOn', t('registry.field.founded'), { type: 'date' })}
          <Col span={col}>
            <Form.Item name="ledger" label={t('registry.columns.ledger')}>
              <Select data-testid="correct-ledger" options={REGISTRY_LEDGERS.map((l) => ({ value: l, label: t(`registry.ledger.${l}`) }))} />
            </Form.Item>
          </Col>
          {field('committee', t('registry.columns.committee'))}
          <Col span={col}>
            <Form.Item name="regionCode" label={t('registry.columns.region')}><RegionPicker knownName={entity.regionName} allowClear={false} testId="correct-region" /></Form.Item>
          </Col>
          <Col span={col}>
            <Form.Item name="partyCoverage" label={t('registry.columns.coverage')}>
              <Select data-testid="correct-coverage" options={PARTY_COVERAGES.map((c) => ({ value: c, label: t(`registry.coverage.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="reason" label={t('registry.correct.reason')} rules={[{ required: true, min: 2, message: t('registry.correct.reasonRequired') }]}>
              <Input data-testid="correct-reason" maxLength={200} placeholder={t('registry.correct.reasonHint')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
