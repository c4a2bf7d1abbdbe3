import { useState } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, InputNumber, List, Select, Upload, type UploadFile } from 'antd';
import type { NeedInput, SimilarNeed } from '@wushe/common';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { applyFieldErrors } from '../../platform/errors';
import { useI18n } from '../../platform/i18n';
import { NEED_SOURCES, NEED_URGENCIES, SERVICE_DOMAINS } from '../../platform/kernel';
import { useSession } from '../auth';
import { createNeed, uploadAttachment } from './needs.api';

const FIELDS = ['title', 'description', 'category', 'regionCode', 'source', 'urgency', 'peopleAffected', 'contactName', 'contactPhone'] as const;

/** Records a need: the phone form residents use for 点单, and the worker's form (source, community chosen). */
export function NeedForm({ onDone, resident }: { onDone: (number: string) => void; resident: boolean }) {
  const { t } = useI18n();
  const me = useSession();
  const [form] = Form.useForm<NeedInput>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<string[] | undefined>();
  const [similar, setSimilar] = useState<SimilarNeed[]>([]);
  const required = [{ required: true, message: t('needs.form.required') }];

  const onFinish = async (values: NeedInput) => {
    setBusy(true);
    setError(null);
    try {
      const res = await createNeed({ ...values, source: resident ? 'resident_order' : values.source });
      for (const f of files) if (f.originFileObj) await uploadAttachment(res.need.id, f.originFileObj);
      setSimilar(res.similar);
      form.resetFields();
      setFiles([]);
      onDone(res.need.number);
    } catch (e) {
      setError(e);
      setUnplaced(applyFieldErrors(form, e, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorAlert error={error} unplaced={unplaced} />
      {similar.length > 0 && (
        <Alert type="warning" showIcon data-testid="similar-needs" style={{ marginBottom: 16 }} title={t('needs.form.similarTitle')}
          description={<><List size="small" dataSource={similar} renderItem={(s) => <List.Item>{s.number} {s.title}（{t('needs.detail.requestCount', { n: s.requestCount })}）</List.Item>} />{t('needs.form.similarHint')}</>} />
      )}
      <Form form={form} layout="vertical" onFinish={onFinish} data-testid="need-form"
        initialValues={{ regionCode: me.regionCode ?? undefined, urgency: 'normal', peopleAffected: 1, source: resident ? 'resident_order' : 'household_visit', contactName: resident ? me.displayName.replace(/（.*）/, '') : undefined }}>
        <Form.Item name="category" label={t('needs.form.category')} rules={required}>
          <Select data-testid="need-category" options={SERVICE_DOMAINS.map((d) => ({ value: d, label: t(`enums.serviceDomain.${d}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('needs.form.title')} rules={required}><Input data-testid="need-title" placeholder={t('needs.form.titleHint')} maxLength={60} /></Form.Item>
        <Form.Item name="description" label={t('needs.form.description')} rules={required}><Input.TextArea data-testid="need-description" rows={4} placeholder={t('needs.form.descriptionHint')} maxLength={2000} /></Form.Item>
        <Form.Item name="regionCode" label={t('needs.form.region')} rules={required}><Input data-testid="need-region" /></Form.Item>
        {!resident && (
          <Form.Item name="source" label={t('needs.form.source')} rules={required}>
            <Select data-testid="need-source" options={NEED_SOURCES.map((s) => ({ value: s, label: t(`needs.source.${s}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="urgency" label={t('needs.form.urgency')} rules={required}>
          <Select options={NEED_URGENCIES.map((u) => ({ value: u, label: t(`needs.urgency.${u}`) }))} />
        </Form.Item>
        <Form.Item name="peopleAffected" label={t('needs.form.people')} rules={required}><InputNumber min={1} max={100000} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="contactName" label={t('needs.form.contactName')}><Input maxLength={40} /></Form.Item>
        <Form.Item name="contactPhone" label={t('needs.form.contactPhone')}><Input inputMode="tel" maxLength={30} data-testid="need-phone" /></Form.Item>
        <Form.Item label={t('needs.form.photos')}>
          <Upload fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList.slice(0, 6))} accept="image/jpeg,image/png,image/webp,application/pdf" listType="picture">
            <Button icon={<UploadOutlined />}>{t('needs.form.photos')}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block data-testid="need-submit">{t('needs.form.submit')}</Button>
      </Form>
    </>
  );
}
