import { AutoComplete, Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditListQuery } from '@wushe/common';
import { useI18n } from '../../platform/i18n';
import type { AuditKind } from './audit.api';

const ACTIONS: Record<AuditKind, string[]> = {
  logins: ['auth.login', 'auth.login_failed', 'auth.logout', 'auth.password_changed'],
  operations: [
    'organisations.create', 'organisations.update', 'organisations.deactivate', 'organisations.export', 'organisations.import',
    'regions.grid.create', 'regions.grid.update', 'regions.import', 'pii.view',
  ],
};
const ENTITY_TYPES = ['organisation', 'region', 'user'] as const;

type Filters = Omit<AuditListQuery, 'page' | 'pageSize'>;
interface Values { actor?: string; action?: string; entityType?: string; range?: [Dayjs | null, Dayjs | null] | null }

/** Actor, action, (record type for operations) and a date range; applied with the search button or Enter. */
export function AuditFilters({ kind, onChange }: { kind: AuditKind; onChange: (f: Filters) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const col = { xs: 24, sm: 12, lg: 6 };
  // The server matches the action as a prefix ("organisations." finds all of them), so free text stays allowed.
  const actionOptions = ACTIONS[kind].map((a) => ({ value: a, label: t(`enums.auditAction.${a}`) }));

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
          <Form.Item name="action">
            <AutoComplete data-testid="audit-filter-action" allowClear placeholder={t('audit.filters.action')} options={actionOptions}
              showSearch={{ filterOption: (input, o) => !!o && `${o.value} ${o.label}`.toLowerCase().includes(input.toLowerCase()) }} />
          </Form.Item>
        </Col>
        {kind === 'operations' && (
          <Col {...col}>
            <Form.Item name="entityType">
              <Select data-testid="audit-filter-entity" allowClear placeholder={t('audit.filters.entityType')}
                options={ENTITY_TYPES.map((e) => ({ value: e, label: t(`enums.entityType.${e}`) }))} />
            </Form.Item>
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
