import { useEffect, useState } from 'react';
import { App, Button, Col, DatePicker, Drawer, Form, Input, Row, Select, Space, Switch } from 'antd';
import type { Organisation } from '@wushe/common';
import { ApiError } from '../../platform/api';
import { applyFieldErrors } from '../../platform/errors';
import { useI18n } from '../../platform/i18n';
import { ORG_GRADES, ORG_TYPES, SERVICE_DOMAINS } from '../../platform/kernel';
import { useIsMobile } from '../../platform/useIsMobile';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { RegionPicker } from '../regions';
import { createOrganisation, getOrganisation, updateOrganisation } from './organisations.api';
import { creditCodeProblem, EMPTY_ORG_FORM, isAcceptablePhone, ORG_FIELDS, toFormValues, toInput, toPatch, type OrgFormValues } from './orgForm';

interface Props {
  open: boolean;
  /** The organisation being edited; null registers a new one. */
  org: Organisation | null;
  onClose: () => void;
  onSaved: (org: Organisation, created: boolean) => void;
}

const tid = (name: string) => ({ 'data-testid': `org-field-${name}` });

/** Registers or edits an organisation; the API's field errors land on the fields they name. */
export function OrgFormDrawer({ open, org, onClose, onSaved }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const [form] = Form.useForm<OrgFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<string[] | undefined>();
  const [saving, setSaving] = useState(false);
  const [base, setBase] = useState<Organisation | null>(org);
  const grade = Form.useWatch('grade', form);

  useEffect(() => {
    if (!open) return;
    setError(null);
    setBase(org);
    form.resetFields();
    form.setFieldsValue(org ? toFormValues(org) : EMPTY_ORG_FORM);
  }, [open, org, form]);

  const reload = async () => {
    if (!base) return;
    const fresh = await getOrganisation(base.id);
    setBase(fresh);
    setError(null);
    form.setFieldsValue(toFormValues(fresh));
  };

  const submit = async (values: OrgFormValues) => {
    setSaving(true);
    setError(null);
    try {
      const saved = base ? await updateOrganisation(base.id, toPatch(values, base.version)) : await createOrganisation(toInput(values));
      message.success(t(base ? 'organisations.form.updated' : 'organisations.form.created', { name: saved.name }));
      onSaved(saved, !base);
    } catch (e) {
      setUnplaced(applyFieldErrors(form, e, ORG_FIELDS));
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const isConflict = error instanceof ApiError && error.code === 'CONFLICT';
  const options = <T extends string>(values: readonly T[], enumName: string) => values.map((v) => ({ value: v, label: t(`enums.${enumName}.${v}`) }));
  const half = { xs: 24, md: 12 };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={mobile ? '100%' : 760}
      destroyOnHidden
      title={base ? t('organisations.form.editTitle', { name: base.name }) : t('organisations.form.createTitle')}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="org-submit" type="primary" loading={saving} onClick={() => form.submit()}>{t('organisations.form.submit')}</Button>
        </Space>
      }
    >
      <ErrorAlert error={error} unplaced={unplaced} testId="org-form-error" />
      {isConflict && <Button style={{ marginBottom: 16 }} onClick={reload}>{t('organisations.form.reload')}</Button>}
      <Form<OrgFormValues> form={form} layout="vertical" onFinish={submit} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="name" label={t('organisations.form.name')} rules={[
              { required: true, whitespace: true, message: t('organisations.form.nameRequired') },
              { min: 2, max: 100, message: t('organisations.form.nameLength') },
            ]}>
              <Input {...tid('name')} maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="type" label={t('organisations.form.type')} rules={[{ required: true, message: t('organisations.form.typeRequired') }]}>
              <Select {...tid('type')} options={options(ORG_TYPES, 'orgType')} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="creditCode"
              label={t('organisations.form.creditCode')}
              extra={t('organisations.form.creditCodeHint')}
              dependencies={['type']}
              rules={[({ getFieldValue }) => ({
                validator: (_, v: string | undefined) => {
                  const p = creditCodeProblem(v, getFieldValue('type'), locale, t('organisations.form.creditCodeRequired'));
                  return p ? Promise.reject(new Error(p)) : Promise.resolve();
                },
              })]}
            >
              <Input {...tid('creditCode')} maxLength={40} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="serviceDomains" label={t('organisations.form.serviceDomains')}>
              <Select {...tid('serviceDomains')} mode="multiple" allowClear options={options(SERVICE_DOMAINS, 'serviceDomain')} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="registrationRegionCode" label={t('organisations.form.registrationRegion')} rules={[{ required: true, message: t('organisations.form.regionRequired') }]}>
              <RegionPicker testId="org-field-registrationRegionCode" knownName={base?.registrationRegionName} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="operatingRegionCode" label={t('organisations.form.operatingRegion')} rules={[{ required: true, message: t('organisations.form.regionRequired') }]}>
              <RegionPicker testId="org-field-operatingRegionCode" knownName={base?.operatingRegionName} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="legalRepresentative" label={t('organisations.form.legalRepresentative')}>
              <Input {...tid('legalRepresentative')} maxLength={40} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="phone"
              label={t('organisations.form.phone')}
              rules={[{ validator: (_, v: string | undefined) => (isAcceptablePhone(v) ? Promise.resolve() : Promise.reject(new Error(t('organisations.form.invalidPhone')))) }]}
            >
              <Input {...tid('phone')} maxLength={30} inputMode="tel"
                placeholder={base?.phone ? t('organisations.form.phoneKeep', { masked: base.phone }) : undefined} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="address" label={t('organisations.form.address')}>
              <Input {...tid('address')} maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="foundedOn" label={t('organisations.form.foundedOn')}>
              <DatePicker {...tid('foundedOn')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="isHub" label={t('organisations.form.isHub')} valuePropName="checked">
              <Switch {...tid('isHub')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="isBrand" label={t('organisations.form.isBrand')} valuePropName="checked">
              <Switch {...tid('isBrand')} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="grade" label={t('organisations.form.grade')}>
              <Select {...tid('grade')} allowClear placeholder={t('organisations.form.gradeNone')} options={ORG_GRADES.map((g) => ({ value: g, label: g }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="gradeValidUntil" label={t('organisations.form.gradeValidUntil')}>
              <DatePicker {...tid('gradeValidUntil')} style={{ width: '100%' }} disabled={!grade} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
