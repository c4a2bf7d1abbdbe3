import { Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { formatInstant } from '../../platform/format';
import { useIsMobile } from '../../platform/useIsMobile';
import { getEntity, registryKeys } from './registry.api';

const FIELDS = ['name', 'code', 'legalRep', 'phone', 'address', 'founded', 'type', 'industry'] as const;

/** One entry: each field with the department it came from, the values sources disagree on, the rows as they came. */
export function EntityDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const mobile = useIsMobile();
  const q = useQuery({ queryKey: registryKeys.one(id ?? ''), queryFn: () => getEntity(id!), enabled: !!id });
  const e = q.data;
  return (
    <Drawer open={!!id} onClose={onClose} width={mobile ? '100%' : 760} title={e?.name ?? t('registry.detail.title')} destroyOnClose>
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
          <Table size="small" rowKey="id" pagination={false} dataSource={e.rows} scroll={{ x: 600 }} columns={[
            { title: t('registry.detail.department'), dataIndex: 'department' },
            { title: t('registry.detail.file'), dataIndex: 'fileName', render: (v: string, r) => <>{v}{r.current ? null : <Tag style={{ marginLeft: 4 }}>{t('registry.detail.retired')}</Tag>}</> },
            { title: t('registry.detail.row'), dataIndex: 'rowNo', align: 'right' },
            { title: t('registry.field.name'), render: (_, r) => r.cells.name },
            { title: t('registry.detail.importedAt'), dataIndex: 'importedAt', render: (v: string) => formatInstant(v) },
          ]} />
        </>
      ) : null}
    </Drawer>
  );
}
