import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatInstant } from '../../platform/format';
import { useIsMobile } from '../../platform/useIsMobile';
import { useCan } from '../auth';
import { CorrectionModal } from './CorrectionModal';
import { errorText } from './errorText';
import { getEntity, registryKeys, splitEntity } from './registry.api';
import { TaskModal } from './TaskModal';

const FIELDS = ['name', 'code', 'legalRep', 'phone', 'address', 'founded', 'type', 'industry', 'party'] as const;

/** One entry: each field with the department it came from, the values sources disagree on, the rows as they came. */
export function EntityDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const mobile = useIsMobile();
  const can = useCan();
  const { message } = App.useApp();
  const client = useQueryClient();
  const q = useQuery({ queryKey: registryKeys.one(id ?? ''), queryFn: () => getEntity(id!), enabled: !!id });
  const e = q.data;
  const [dialog, setDialog] = useState<'correct' | 'task' | null>(null);
  const [splitting, setSplitting] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const current = e?.rows.filter((r) => r.current) ?? [];
  const split = async () => {
    if (!e) return;
    setBusy(true);
    try {
      await splitEntity(e.id, splitting, e.version);
      message.success(t('registry.split.done', { n: splitting.length }));
      setSplitting([]);
      await client.invalidateQueries({ queryKey: registryKeys.all });
    } catch (err) {
      message.error(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };
  const canEdit = can('registry:entity:edit');
  return (
    <Drawer open={!!id} onClose={onClose} width={mobile ? '100%' : 760} title={e?.name ?? t('registry.detail.title')} destroyOnClose
      extra={e ? (
        <Space wrap>
          {canEdit ? <Button onClick={() => setDialog('correct')} data-testid="entity-correct">{t('registry.correct.open')}</Button> : null}
          {can('registry:task:create') ? <Button type="primary" onClick={() => setDialog('task')} data-testid="entity-task">{t('registry.task.open')}</Button> : null}
        </Space>
      ) : null}>
      {q.error ? <ErrorAlert error={q.error} /> : null}
      {e ? (
        <>
          <Descriptions size="small" column={mobile ? 1 : 2} bordered>
            <Descriptions.Item label={t('registry.columns.ledger')}>{t(`registry.ledger.${e.ledger}`)}</Descriptions.Item>
            <Descriptions.Item label={t('registry.columns.committee')}>{e.committee}</Descriptions.Item>
            <Descriptions.Item label={t('registry.columns.region')}>{e.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('registry.columns.coverage')}>{t(`registry.coverage.${e.partyCoverage}`)}</Descriptions.Item>
            <Descriptions.Item label={t('registry.columns.verification')}>{t(`registry.verification.${e.verification}`)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('registry.detail.provenance')}</Typography.Title>
          <Descriptions size="small" column={1} bordered>
            {FIELDS.filter((f) => e.provenance[f]).map((f) => (
              <Descriptions.Item key={f} label={t(`registry.field.${f}`)}>
                {e.provenance[f]!.value} <Tag style={{ marginLeft: 8 }}>{e.provenance[f]!.department}</Tag>
                {e.conflicts[f] ? (
                  <div data-testid={`conflict-${f}`} style={{ color: '#d46b08', marginTop: 4 }}>
                    {t('registry.detail.conflicts')}：{e.conflicts[f]!.map((v) => `${v.value}（${v.department}）`).join('；')}
                  </div>
                ) : null}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('registry.detail.rows')}</Typography.Title>
          {canEdit && current.length > 1 ? (
            <Space style={{ marginBottom: 8 }} wrap>
              <Typography.Text type="secondary">{t('registry.split.hint')}</Typography.Text>
              <Button danger disabled={splitting.length === 0 || splitting.length >= current.length} loading={busy} onClick={split} data-testid="entity-split">
                {t('registry.split.submit', { n: splitting.length })}
              </Button>
            </Space>
          ) : null}
          <Table size="small" rowKey="id" pagination={false} dataSource={e.rows} scroll={{ x: 600 }}
            rowSelection={canEdit && current.length > 1 ? {
              selectedRowKeys: splitting, onChange: (keys) => setSplitting(keys as string[]),
              getCheckboxProps: (r) => ({ disabled: !r.current, 'data-testid': `split-row-${r.department}-${r.rowNo}` } as object),
            } : undefined}
            columns={[
            { title: t('registry.detail.department'), dataIndex: 'department' },
            { title: t('registry.detail.file'), dataIndex: 'fileName', render: (v: string, r) => <>{v}{r.current ? null : <Tag style={{ marginLeft: 4 }}>{t('registry.detail.retired')}</Tag>}</> },
            { title: t('registry.detail.row'), dataIndex: 'rowNo', align: 'right' },
            { title: t('registry.field.name'), render: (_, r) => r.cells.name },
            { title: t('registry.detail.importedAt'), dataIndex: 'importedAt', render: (v: string) => formatInstant(v) },
          ]} />
          {dialog === 'correct' ? <CorrectionModal entity={e} open onClose={() => setDialog(null)} /> : null}
          {dialog === 'task' ? <TaskModal open target={{ entityId: e.id, regionCode: e.regionCode }} onClose={() => setDialog(null)} /> : null}
        </>
      ) : null}
    </Drawer>
  );
}
