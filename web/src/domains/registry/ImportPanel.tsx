import { useState } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Select, Space, Table, Typography, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { REGISTRY_FIELDS, type RegistryImportPreview, type RegistryImportReport } from '@wushe/common';
import { describeError } from '../../platform/errors';
import { useI18n } from '../../platform/i18n';
import { commitImport, fileToBase64, previewImport, registryKeys } from './registry.api';

type Field = (typeof REGISTRY_FIELDS)[number];

/** The import wizard: pick a file → confirm (and fix) the header mapping → import → the new/changed/gone report. */
export function ImportPanel() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [department, setDepartment] = useState('');
  const [preview, setPreview] = useState<RegistryImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, Field | null>>({});
  const [report, setReport] = useState<RegistryImportReport | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    try {
      return await fn();
    } catch (e) {
      const { title, detail } = describeError(e, t);
      message.error(detail ? `${title}：${detail}` : title);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const input = () => ({ fileName: file!.name, department: department.trim(), contentBase64: file!.base64, mapping });

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Upload accept=".xlsx,.xls,.et,.csv" maxCount={1} showUploadList={false} beforeUpload={async (f) => {
        setFile({ name: f.name, base64: await fileToBase64(f) });
        setDepartment(f.name.replace(/\.[^.]+$/, '').split(/[_\-\s]+/)[0] ?? '');
        setPreview(null); setReport(null); setMapping({});
        return false;
      }}>
        <Button icon={<UploadOutlined />} data-testid="registry-file">{file?.name ?? t('registry.import.pick')}</Button>
      </Upload>
      <Space wrap>
        <Input addonBefore={t('registry.import.department')} value={department} onChange={(e) => setDepartment(e.target.value)} style={{ width: 320 }} data-testid="registry-department" />
        <Button disabled={!file || !department.trim()} loading={busy} onClick={async () => setPreview((await run(() => previewImport(input()))) ?? null)} data-testid="registry-preview">
          {t('registry.import.preview')}
        </Button>
      </Space>
      {preview ? (
        <>
          <Typography.Text>{t('registry.import.headerRow', { row: preview.headerRow, rows: preview.rows, encoding: preview.encoding })}</Typography.Text>
          {preview.unknown.length ? <Alert type="warning" showIcon message={t('registry.import.unknown', { list: preview.unknown.join('、') })} /> : null}
          <Table size="small" rowKey="header" pagination={false} dataSource={preview.columns} scroll={{ x: 600 }} columns={[
            { title: t('registry.import.column'), dataIndex: 'header' },
            {
              title: t('registry.import.field'), render: (_, c) => (
                <Select style={{ width: 170 }} value={(c.header in mapping ? mapping[c.header] : c.field) ?? '__none'}
                  onChange={(v: string) => setMapping((m) => ({ ...m, [c.header]: v === '__none' ? null : (v as Field) }))}
                  options={[{ value: '__none', label: t('registry.import.ignore') }, ...REGISTRY_FIELDS.map((f) => ({ value: f, label: t(`registry.field.${f}`) }))]} />
              ),
            },
            { title: t('registry.import.samples'), render: (_, c) => c.samples.filter(Boolean).join(' / ') },
          ]} />
          {preview.problems.length ? (
            <Alert type="info" showIcon message={t('registry.import.problems')} description={preview.problems.slice(0, 10).map((p) => p.message).join('；')} />
          ) : null}
          <Button type="primary" loading={busy} data-testid="registry-commit" onClick={async () => {
            const r = await run(() => commitImport(input()));
            if (r) { setReport(r); setPreview(null); await client.invalidateQueries({ queryKey: registryKeys.all }); }
          }}>{t('registry.import.commit')}</Button>
        </>
      ) : null}
      {report ? <Alert type="success" showIcon data-testid="registry-report" message={t('registry.import.report', { ...report })} /> : null}
    </Space>
  );
}
