import { Button, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useI18n } from '../../platform/i18n';
import { getProject, projectKeys, qrSvgUrl } from './projects.api';

/** The printable 码上评 notice for a service site: project, provider, a large QR code and three steps. */
export default function QrPrintPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const q = useQuery({ queryKey: projectKeys.one(id), queryFn: () => getProject(id) });
  const p = q.data;
  if (!p) return null;
  return (
    <div style={{ maxWidth: 560, margin: '24px auto', textAlign: 'center', padding: 24, border: '2px solid #c0392b', borderRadius: 12, background: '#fff' }}>
      <Typography.Title level={2} style={{ color: '#c0392b' }}>{t('projects.print.title')}</Typography.Title>
      <Typography.Title level={4}>{p.title}</Typography.Title>
      <Typography.Paragraph>{p.organisationName} · {p.regionName}</Typography.Paragraph>
      <img src={qrSvgUrl(p.id)} alt="QR" width={320} height={320} data-testid="print-qr" />
      <Typography.Paragraph style={{ fontSize: 16 }}>{t('projects.print.steps')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('projects.print.footer')} · {p.number}</Typography.Paragraph>
      <Button className="no-print" onClick={() => window.print()}>{t('projects.print.button')}</Button>
      <style>{'@media print { .no-print, .ant-layout-sider, .ant-layout-header { display: none !important; } }'}</style>
    </div>
  );
}
