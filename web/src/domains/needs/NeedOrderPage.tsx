import { App, Card, List, Space, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { NeedForm } from './NeedForm';
import { listNeeds, needKeys } from './needs.api';
import { StatusTag } from './StatusTag';

/** 我要点单: the phone page where a resident describes a need and follows the answers to the needs they sent. */
export default function NeedOrderPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const mine = useQuery({ queryKey: needKeys.list({}), queryFn: () => listNeeds({ pageSize: 50 }) });
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 640 }} data-testid="need-order-page">
      <Card title={t('needs.order.title')} size="small">
        <Typography.Paragraph type="secondary">{t('needs.order.intro')}</Typography.Paragraph>
        <NeedForm resident onDone={(number) => { message.success(t('needs.form.submitted', { number })); client.invalidateQueries({ queryKey: needKeys.all }); }} />
      </Card>
      <Card title={t('needs.order.mine')} size="small">
        <List data-testid="my-needs" locale={{ emptyText: t('needs.order.none') }} dataSource={mine.data?.items ?? []} renderItem={(n) => (
          <List.Item>
            <List.Item.Meta
              title={<Space wrap><Link to={`/needs/${n.id}`}>{n.title}</Link><StatusTag status={n.status} /></Space>}
              description={<>
                <div>{n.number} · {formatInstant(n.createdAt)}</div>
                {n.decisionReason && <div>{t('needs.order.reason')}：{n.decisionReason}</div>}
              </>} />
          </List.Item>
        )} />
      </Card>
    </Space>
  );
}
