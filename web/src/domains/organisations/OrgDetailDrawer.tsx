import { useState, type ReactNode } from 'react';
import { EyeOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Space, Tooltip, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Organisation } from '@wushe/common';
import { formatDate, formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';
import { useIsMobile } from '../../platform/useIsMobile';
import { ErrorAlert } from '../../platform/ErrorAlert';
import { useCan } from '../auth';
import { getOrganisation, orgKeys, revealPhone } from './organisations.api';
import { DomainTags, OrgFlagTags, OrgStatusTag } from './OrgTags';

interface Props {
  id: string | null;
  onClose: () => void;
  onEdit: (org: Organisation) => void;
}

/** Everything recorded about one organisation; the full phone only on request, for roles with pii:view. */
export function OrgDetailDrawer({ id, onClose, onEdit }: Props) {
  const { t, locale } = useI18n();
  const can = useCan();
  const mobile = useIsMobile();
  const query = useQuery({ queryKey: orgKeys.one(id ?? ''), queryFn: () => getOrganisation(id!), enabled: !!id });
  const phone = useMutation({ mutationFn: (orgId: string) => revealPhone(orgId) });
  // Keyed by organisation, so a number revealed for one is never shown on the next one opened.
  const [revealedFor, setRevealedFor] = useState<{ id: string; value: string | null } | null>(null);
  const org = query.data;
  const revealed = org && revealedFor?.id === org.id ? revealedFor.value : null;

  const show = () => org && phone.mutate(org.id, { onSuccess: (r) => setRevealedFor({ id: org.id, value: r.value }) });
  const dash = t('common.empty');
  const item = (labelKey: string, children: ReactNode) => ({ key: labelKey, label: t(labelKey), children });

  return (
    <Drawer open={!!id} onClose={onClose} size={mobile ? '100%' : 720} title={org?.name ?? t('organisations.detail.title')} loading={query.isLoading}
      extra={org && org.status === 'active' && can('organisations:org:edit') && (
        <Button data-testid="org-detail-edit" onClick={() => onEdit(org)}>{t('organisations.actions.edit')}</Button>
      )}
    >
      <ErrorAlert error={query.error ?? (phone.variables === org?.id ? phone.error : null)} />
      {org && (
        <Descriptions column={1} bordered size="small" items={[
          item('organisations.columns.status', <OrgStatusTag status={org.status} />),
          item('organisations.form.creditCode', org.creditCode ? <Typography.Text copyable>{org.creditCode}</Typography.Text> : dash),
          item('organisations.form.type', t(`enums.orgType.${org.type}`)),
          item('organisations.form.serviceDomains', <DomainTags domains={org.serviceDomains} />),
          item('organisations.columns.tags', <OrgFlagTags org={org} />),
          item('organisations.form.registrationRegion', org.registrationRegionName),
          item('organisations.form.operatingRegion', org.operatingRegionName),
          item('organisations.form.legalRepresentative', org.legalRepresentative ?? dash),
          item('organisations.form.phone', (
            <Space wrap>
              <span data-testid="org-detail-phone">{revealed ?? org.phone ?? dash}</span>
              {org.phone && !revealed && can('pii:view') && (
                <Tooltip title={t('organisations.detail.phoneAudited')}>
                  <Button data-testid="org-show-phone" size="small" icon={<EyeOutlined />} loading={phone.isPending} onClick={show}>
                    {t('organisations.detail.showPhone')}
                  </Button>
                </Tooltip>
              )}
            </Space>
          )),
          item('organisations.form.address', org.address ?? dash),
          item('organisations.form.foundedOn', formatDate(org.foundedOn, locale)),
          item('organisations.form.grade', org.grade ?? t('organisations.form.gradeNone')),
          item('organisations.form.gradeValidUntil', formatDate(org.gradeValidUntil, locale)),
          item('organisations.detail.createdAt', formatInstant(org.createdAt)),
          item('organisations.detail.updatedAt', formatInstant(org.updatedAt)),
        ]} />
      )}
    </Drawer>
  );
}
