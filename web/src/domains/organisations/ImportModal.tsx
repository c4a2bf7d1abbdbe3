import { useState } from 'react';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Modal, Space, Statistic, Table, Tag, Typography, Upload, Row, Col } from 'antd';
import type { ImportResult } from '@wushe/common';
import { describeError } from '../../platform/errors';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { downloadImportTemplate, importOrganisations, type ImportMode } from './organisations.api';

type Row = ImportResult['rows'][number];

/**
 * Excel import in three steps: template, preview (nothing written), commit all-or-nothing or valid rows only.
 * Changing "update existing" re-runs the preview, because it decides whether a known credit code is an error.
 */
export function ImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [updateExisting, setUpdateExisting] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState<ImportMode | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (mode: ImportMode, f = file, update = updateExisting) => {
    if (!f) return;
    setBusy(mode);
    setError(null);
    try {
      const r = await importOrganisations(f, mode, update);
      setResult(r);
      if (r.committed) {
        message.success(t('organisations.import.done', { created: r.created, updated: r.updated }));
        onImported();
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const reset = () => { setFile(null); setResult(null); setError(null); };
  const close = () => { reset(); onClose(); };
  const template = () => downloadImportTemplate(t('organisations.import.templateFileName')).catch((e) => message.error(describeError(e, t).title));

  const committed = !!result?.committed;
  const preview = result && !committed ? result : null;

  return (
    <Modal open={open} onCancel={close} title={t('organisations.import.title')} width={900} footer={null} destroyOnHidden>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div>
          <Typography.Text strong>{t('organisations.import.step1')}</Typography.Text>
          <div style={{ marginTop: 8 }}>
            <Button data-testid="org-import-template" icon={<DownloadOutlined />} onClick={template}>{t('organisations.import.downloadTemplate')}</Button>
          </div>
        </div>
        <div>
          <Typography.Text strong>{t('organisations.import.step2')}</Typography.Text>
          <Space wrap style={{ marginTop: 8, display: 'flex' }}>
            <Upload
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              showUploadList={false}
              // Keep the file in the browser; it is sent by our own call with the CSRF header.
              beforeUpload={(f) => { setFile(f); setResult(null); void run('preview', f); return false; }}
            >
              <Button data-testid="org-import-file" icon={<UploadOutlined />}>{file ? t('organisations.import.changeFile') : t('organisations.import.choose')}</Button>
            </Upload>
            {file && <Tag>{file.name}</Tag>}
            <Checkbox data-testid="org-import-update" checked={updateExisting} disabled={committed}
              onChange={(e) => { setUpdateExisting(e.target.checked); if (file && !committed) void run('preview', file, e.target.checked); }}>
              {t('organisations.import.updateExisting')}
            </Checkbox>
          </Space>
        </div>
        <ErrorAlert error={error} testId="org-import-error" />
        {result && <ImportSummary result={result} />}
        {preview && (
          <div>
            <Typography.Text strong>{t('organisations.import.step3')}</Typography.Text>
            <Space wrap style={{ marginTop: 8, display: 'flex' }}>
              <Button data-testid="org-import-all" type="primary" disabled={preview.invalid > 0 || preview.total === 0} loading={busy === 'all'} onClick={() => run('all')}>
                {t('organisations.import.importAll')}
              </Button>
              <Button data-testid="org-import-valid" disabled={preview.valid === 0} loading={busy === 'validOnly'} onClick={() => run('validOnly')}>
                {t('organisations.import.importValid')}
              </Button>
            </Space>
          </div>
        )}
        {committed && <Button onClick={close}>{t('common.close')}</Button>}
      </Space>
    </Modal>
  );
}

/** Counts, server messages and the per-row table of what would happen (or did). */
function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  const rows: Row[] = result.invalid > 0 ? [...result.rows].sort((a, b) => Number(b.action === 'error') - Number(a.action === 'error') || a.row - b.row) : result.rows;
  return (
    <div data-testid="org-import-result">
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={6}><Statistic title={t('organisations.import.statTotal')} value={result.total} /></Col>
        <Col span={6}><Statistic title={t('organisations.import.statValid')} value={result.valid} styles={{ content: { color: '#3f8600' } }} /></Col>
        <Col span={6}><Statistic title={t('organisations.import.statInvalid')} value={result.invalid} styles={{ content: { color: result.invalid ? '#cf1322' : undefined } }} /></Col>
        <Col span={6}><Statistic title={t('organisations.import.statCreatedUpdated')} value={`${result.created} / ${result.updated}`} /></Col>
      </Row>
      {result.committed
        ? <Alert type="success" showIcon title={t('organisations.import.done', { created: result.created, updated: result.updated })} />
        : <Alert type={result.invalid || !result.total ? 'warning' : 'success'} showIcon
            title={!result.total ? t('organisations.import.noRows')
              : result.invalid ? t('organisations.import.summary', { total: result.total, valid: result.valid, invalid: result.invalid }) : t('organisations.import.allValid')}
            description={result.messages.length ? <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 120, overflow: 'auto' }}>{result.messages.map((m, i) => <li key={i}>{m}</li>)}</ul> : undefined} />}
      <Table<Row>
        style={{ marginTop: 12 }}
        size="small"
        rowKey="row"
        dataSource={rows}
        scroll={{ x: 700, y: 320 }}
        pagination={false}
        columns={[
          { title: t('organisations.import.row'), dataIndex: 'row', width: 70 },
          { title: t('organisations.import.name'), dataIndex: 'name', width: 200 },
          { title: t('organisations.import.creditCode'), dataIndex: 'creditCode', width: 190, render: (c: string | null) => c ?? t('common.empty') },
          {
            title: t('organisations.import.action'), dataIndex: 'action', width: 80,
            render: (a: Row['action']) => <Tag color={a === 'error' ? 'red' : a === 'update' ? 'blue' : 'green'}>{t(`enums.importAction.${a}`)}</Tag>,
          },
          {
            title: t('organisations.import.errors'), dataIndex: 'errors',
            render: (errs: Row['errors']) => errs.map((e, i) => (
              <div key={i}><Typography.Text type="danger">
                {/* The server's messages usually name the column already; prefix it only when they do not. */}
                {e.message.includes(e.column) ? e.message : t('organisations.import.column', { column: e.column, message: e.message })}
              </Typography.Text></div>
            )),
          },
        ]}
      />
    </div>
  );
}
