import { useState } from 'react';
import { App, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { RegistryReviewItem } from '@wushe/common';
import { describeError } from '../../platform/errors';
import { useI18n } from '../../platform/i18n';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { decideReview, listReview, registryKeys } from './registry.api';

/** 待人工确认: each uncertain pair with the fields that agreed (+) or disagreed (−); one click decides. */
export function ReviewList() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState<string | null>(null);
  const q = useQuery({ queryKey: registryKeys.review(page), queryFn: () => listReview(page) });

  const decide = async (item: RegistryReviewItem, decision: 'confirm' | 'reject') => {
    setBusy(item.id);
    try {
      await decideReview(item.id, decision);
      message.success(t(decision === 'confirm' ? 'registry.review.confirmed' : 'registry.review.rejected'));
      await client.invalidateQueries({ queryKey: registryKeys.all });
    } catch (e) {
      message.error(describeError(e, t).title);
    } finally {
      setBusy(null);
    }
  };

  if (q.error) return <ErrorAlert error={q.error} />;
  return (
    <List loading={q.isFetching} dataSource={q.data?.items ?? []} locale={{ emptyText: <Empty description={t('registry.review.empty')} /> }}
      pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, onChange: setPage }}
      renderItem={(item) => (
        <List.Item>
          <Card size="small" style={{ width: '100%' }} data-testid="review-item"
            title={<Space wrap><span>{item.a.rowName}</span><Typography.Text type="secondary">↔</Typography.Text><span>{item.b.rowName}</span></Space>}
            extra={<Tag color="blue">{t('registry.review.score', { score: item.score })}</Tag>}>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{item.a.department} · {item.b.department}</Typography.Paragraph>
            <Space wrap style={{ marginBottom: 8 }}>
              {item.evidence.map((e) => (
                <Tag key={`${e.field}-${e.level}`} color={e.weight > 0 ? 'green' : e.weight < 0 ? 'red' : 'default'}>
                  {t(`registry.review.evidence.${e.field}`)} {e.weight > 0 ? `+${e.weight}` : e.weight}
                </Tag>
              ))}
            </Space>
            <Space wrap>
              <Button type="primary" loading={busy === item.id} onClick={() => decide(item, 'confirm')} data-testid="review-confirm">{t('registry.review.confirm')}</Button>
              <Button loading={busy === item.id} onClick={() => decide(item, 'reject')} data-testid="review-reject">{t('registry.review.reject')}</Button>
            </Space>
          </Card>
        </List.Item>
      )} />
  );
}
