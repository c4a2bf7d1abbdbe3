import { Button, Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditListQuery } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import type { AuditKind } from './audit.api';

type Filters = Omit<AuditListQuery, 'page' | 'pageSize'>;
interface Values { actor?: string; action?: string; entityType?: string; range?: [Dayjs | null, Dayjs | null] | null }

/** Actor, action, (record type for operations) and a date range; applied with the search button or Enter. */
export function AuditFilters({ kind, onChange }: { kind: AuditKind; onChange: (f: Filters) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const col = { xs: 24, sm: 12, lg: 6 };

  const apply = (v: Values) => {
    const [from, to] = v.range ?? [];
    const f: Filters = {
      actor: v.actor?.trim() || undefined,
      action: v.action?.trim() || undefined,
      entityType: v.entityType?.trim() || undefined,
      from: from ? from.format('YYYY-MM-DD') : undefined,
      to: to ? to.format('YYYY-MM-DD') : undefined,
    };
    onChange(Object.fromEntries(Object.entries(f).filter(([, x]) => x !== undefined)) as Filters);
  };

  return (
    <Form form={form} className="filters" onFinish={apply}>
      <Row gutter={12}>
        <Col {...col}>
          <Form.Item name="actor"><Input data-testid="audit-filter-actor" allowClear placeholder={t('audit.filters.actor')} /></Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="action"><Input data-testid="audit-filter-action" allowClear placeholder={t('audit.filters.action')} /></Form.Item>
        </Col>
        {kind === 'operations' && (
          <Col {...col}>
            <Form.Item name="entityType"><Input data-testid="audit-filter-entity" allowClear placeholder={t('audit.filters.entityType')} /></Form.Item>
          </Col>
        )}
        <Col {...col}>
          <Form.Item name="range">
            <DatePicker.RangePicker data-testid="audit-filter-range" style={{ width: '100%' }} allowEmpty={[true, true]} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item>
            <Button data-testid="audit-search" type="primary" htmlType="submit" style={{ marginRight: 8 }}>{t('common.search')}</Button>
            <Button onClick={() => { form.resetFields(); onChange({}); }}>{t('common.reset')}</Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
