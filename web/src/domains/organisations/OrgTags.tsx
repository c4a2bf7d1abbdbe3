import { Space, Tag } from 'antd';
import type { Organisation } from '@wushe/common';
import { useI18n } from '../../platform/i18n';

/** Status as a coloured tag: green in operation, grey once deactivated. */
export function OrgStatusTag({ status }: { status: Organisation['status'] }) {
  const { t } = useI18n();
  return <Tag color={status === 'active' ? 'green' : 'default'}>{t(`enums.orgStatus.${status}`)}</Tag>;
}

/** 枢纽型 / 品牌 markers. */
export function OrgFlagTags({ org }: { org: Pick<Organisation, 'isHub' | 'isBrand'> }) {
  const { t } = useI18n();
  if (!org.isHub && !org.isBrand) return <>{t('common.empty')}</>;
  return (
    <Space size={4} wrap>
      {org.isHub && <Tag color="volcano">{t('organisations.tags.hub')}</Tag>}
      {org.isBrand && <Tag color="gold">{t('organisations.tags.brand')}</Tag>}
    </Space>
  );
}

/** Service domains as small tags. */
export function DomainTags({ domains }: { domains: Organisation['serviceDomains'] }) {
  const { t } = useI18n();
  if (!domains.length) return <>{t('common.empty')}</>;
  return (
    <Space size={[4, 4]} wrap>
      {domains.map((d) => <Tag key={d} color="blue">{t(`enums.serviceDomain.${d}`)}</Tag>)}
    </Space>
  );
}
