import { Tag } from 'antd';
import type { NeedStatus } from '@wushe/common';
import { useI18n } from '../../platform/i18n';

const COLOR: Record<NeedStatus, string> = {
  submitted: 'default', assessing: 'processing', accepted: 'green', rejected: 'red', answered: 'cyan', merged: 'default', in_call: 'blue', in_project: 'geekblue', closed: 'purple',
};

export function StatusTag({ status }: { status: NeedStatus }) {
  const { t } = useI18n();
  return <Tag color={COLOR[status]} data-testid="need-status">{t(`needs.status.${status}`)}</Tag>;
}
