import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Form, Input, InputNumber, Progress, Row, Space, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ProjectDetail } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import { GradeTag } from './tags';
import { downloadReport, getEvaluation, projectKeys, qrPngUrl, qrSvgUrl, scoreProject, transition } from './projects.api';
import { useAct } from './useAct';

/** 考榜: four parties' means against their weights, my own score, the 码上评 QR code, finalising and the report. */
export function EvaluationPanel({ p, canManage, canScore }: { p: ProjectDetail; canManage: boolean; canScore: boolean }) {
  const { t } = useI18n();
  const act = useAct(p.id);
  const ev = useQuery({ queryKey: projectKeys.evaluation(p.id), queryFn: () => getEvaluation(p.id) });
  const e = ev.data;
  if (!e) return null;
  const open = p.status === 'evaluating';
  const done = e.finalised;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card size="small" title={t('projects.evaluation.weights')}>
          {e.parties.map((x) => (
            <div key={x.party} style={{ marginBottom: 8 }}>
              <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                <span>{t(`projects.party.${x.party}`)}（{x.weight}%）</span>
                <span>{x.mean === null ? t('projects.evaluation.notScored') : `${x.mean.toFixed(2)} · ${t('projects.evaluation.count', { count: x.count })}`}</span>
              </Space>
              <Progress percent={x.mean ?? 0} showInfo={false} size="small" />
            </div>
          ))}
          <Space size="large" style={{ marginTop: 8 }}>
            <Statistic title={done ? t('projects.evaluation.total') : t('projects.evaluation.provisional')} value={e.total} precision={2} />
            {done && <div><Typography.Text type="secondary">{t('projects.evaluation.grade')}</Typography.Text><div><GradeTag grade={e.grade} /></div></div>}
          </Space>
          {open && e.missing.length > 0 && <Alert type="info" showIcon style={{ marginTop: 12 }} message={t('projects.evaluation.missing', { parties: e.missing.map((m) => t(`projects.party.${m}`)).join('、') })} />}
          <Space wrap style={{ marginTop: 12 }}>
            {canManage && open && <Button type="primary" data-testid="evaluation-finalise" onClick={() => act(() => transition(p.id, 'finalise'))}>{t('projects.evaluation.finalise')}</Button>}
            {done && <Button icon={<DownloadOutlined />} data-testid="report-download" onClick={() => act(() => downloadReport(p.id, `${p.title}-结项报告.pdf`))}>{t('projects.evaluation.report')}</Button>}
          </Space>
        </Card>
        {canScore && e.myParty && e.myParty !== 'residents' && (
          <Card size="small" style={{ marginTop: 16 }} title={t('projects.evaluation.myScore', { party: t(`projects.party.${e.myParty}`) })}>
            {e.myScore !== null ? <Typography.Text>{t('projects.evaluation.scored', { score: e.myScore })}</Typography.Text> : !open ? <Typography.Text type="secondary">{t('projects.evaluation.notOpen')}</Typography.Text> : (
              <Form layout="inline" onFinish={(v) => act(() => scoreProject(p.id, v))} style={{ rowGap: 8 }}>
                <Form.Item name="score" rules={[{ required: true }]}><InputNumber min={0} max={100} placeholder={t('projects.evaluation.scoreLabel')} style={{ width: 140 }} data-testid="score-input" /></Form.Item>
                <Form.Item name="comment"><Input placeholder={t('projects.evaluation.comment')} maxLength={500} /></Form.Item>
                <Button type="primary" htmlType="submit" data-testid="score-submit">{t('projects.evaluation.submitScore')}</Button>
              </Form>
            )}
          </Card>
        )}
      </Col>
      {p.ratingToken && (
        <Col xs={24} lg={10}>
          <Card size="small" title={t('projects.evaluation.qr')}>
            <Space direction="vertical" align="center" style={{ width: '100%' }}>
              <img src={qrSvgUrl(p.id)} alt={t('projects.evaluation.qr')} width={200} height={200} data-testid="rating-qr" />
              <Typography.Text type="secondary">{t('projects.evaluation.qrHint')}</Typography.Text>
              <Descriptions size="small" column={1} items={[{ key: 'l', label: t('projects.evaluation.link'), children: <Typography.Link href={e.ratingUrl} target="_blank" copyable>{e.ratingUrl}</Typography.Link> }]} />
              <Space>
                <Link to={`/projects/${p.id}/qr`} target="_blank"><Button icon={<PrinterOutlined />}>{t('projects.evaluation.print')}</Button></Link>
                <Button href={qrPngUrl(p.id)} download={`${p.number}-码上评.png`} icon={<DownloadOutlined />}>{t('projects.evaluation.png')}</Button>
              </Space>
            </Space>
          </Card>
        </Col>
      )}
    </Row>
  );
}
