import { useEffect } from 'react';
import { App, Button, Card, Form, InputNumber, Space } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { RANKING_TERM_KEYS, type RankingWeights } from '@wushe/common';
import { describeError } from '../../platform/errors';
import { useI18n } from '../../platform/i18n';
import { getWeights, matchingKeys, saveWeights } from './matching.api';

/** A city's ranking weights; any non-negative numbers, shown as they are and used as shares of their sum. */
export function WeightsCard({ cityCode }: { cityCode: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<RankingWeights>();
  const q = useQuery({ queryKey: matchingKeys.weights(cityCode), queryFn: () => getWeights(cityCode) });
  useEffect(() => { if (q.data) form.setFieldsValue(q.data); }, [q.data, form]);
  const onSave = async (w: RankingWeights) => {
    try {
      await saveWeights(cityCode, w);
      await client.invalidateQueries({ queryKey: ['matching'] });
      message.success(t('common.saved'));
    } catch (e) {
      message.error(describeError(e, t).title);
    }
  };
  return (
    <Card size="small" title={t('matching.weights.title')} loading={q.isLoading}>
      <Form form={form} layout="inline" onFinish={onSave}>
        <Space wrap>
          {RANKING_TERM_KEYS.map((k) => (
            <Form.Item key={k} name={k} label={t(`matching.term.${k}`)} rules={[{ required: true }]}><InputNumber min={0} max={100} style={{ width: 72 }} /></Form.Item>
          ))}
          <Button type="primary" htmlType="submit" data-testid="matching-weights-save">{t('common.save')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
