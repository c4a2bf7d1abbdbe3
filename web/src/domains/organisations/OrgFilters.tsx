import { SearchOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { useI18n } from '../../platform/i18n';
import { ORG_STATUSES, ORG_TYPES, SERVICE_DOMAINS } from '../../platform/kernel';
import { RegionPicker } from '../regions';
import type { OrgFilters as Filters } from './organisations.api';

/**
 * The list filters. Pickers apply at once; the text box applies on Enter or the search button, so the list
 * is not re-queried on every keystroke.
 */
export function OrgFilters({ onChange }: { onChange: (f: Filters) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Filters>();
  const apply = () => onChange(clean(form.getFieldsValue()));
  const options = <T extends string>(values: readonly T[], enumName: string) => values.map((v) => ({ value: v, label: t(`enums.${enumName}.${v}`) }));
  const col = { xs: 24, sm: 12, lg: 6 };

  return (
    <Form form={form} className="filters" onValuesChange={(changed: Filters) => { if (!('q' in changed) || !changed.q) apply(); }}>
      <Row gutter={12}>
        <Col xs={24} lg={12}>
          {/* A plain Input (not Input.Search) so the test id lands on the <input> itself. */}
          <Form.Item>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="q" noStyle>
                <Input data-testid="org-search" allowClear placeholder={t('organisations.list.searchPlaceholder')} onPressEnter={apply} />
              </Form.Item>
              <Button data-testid="org-search-submit" type="primary" icon={<SearchOutlined />} onClick={apply}>{t('common.search')}</Button>
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="regionCode">
            <RegionPicker testId="org-filter-region" placeholder={t('organisations.list.region')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="type">
            <Select data-testid="org-filter-type" allowClear placeholder={t('organisations.list.type')} options={options(ORG_TYPES, 'orgType')} popupMatchSelectWidth={false} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="status">
            <Select data-testid="org-filter-status" allowClear placeholder={t('organisations.list.status')} options={options(ORG_STATUSES, 'orgStatus')} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="domain">
            <Select data-testid="org-filter-domain" allowClear placeholder={t('organisations.list.domain')} options={options(SERVICE_DOMAINS, 'serviceDomain')} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item>
            <Button data-testid="org-filter-reset" onClick={() => { form.resetFields(); onChange({}); }}>{t('common.reset')}</Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

/** Drops empty values so URLs and query keys only carry the filters actually set. */
function clean(f: Filters): Filters {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Filters;
}
