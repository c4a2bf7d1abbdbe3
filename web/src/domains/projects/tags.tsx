import { Tag } from 'antd';
import { useI18n } from '../../platform/i18n';

const STATUS_COLOR: Record<string, string> = { contracted: 'default', in_delivery: 'processing', delivered: 'cyan', evaluating: 'purple', evaluated: 'green', closed: 'default', terminated: 'red' };
const GRADE_COLOR: Record<string, string> = { excellent: 'red', good: 'orange', pass: 'blue', fail: 'default' };
const SMALL_COLOR: Record<string, string> = { pending: 'default', submitted: 'processing', approved: 'success', returned: 'warning', open: 'warning', answered: 'processing', closed: 'success', reopened: 'error', filed: 'default', handling: 'processing', upheld: 'error', dismissed: 'default' };

export function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOR[status]}>{t(`projects.status.${status}`)}</Tag>;
}
export function GradeTag({ grade }: { grade: string }) {
  const { t } = useI18n();
  return <Tag color={GRADE_COLOR[grade]}>{t(`projects.grade.${grade}`)}</Tag>;
}
/** Milestone, rectification and complaint states; `group` picks the label set. */
export function StepTag({ group, status }: { group: 'milestoneStatus' | 'rectificationStatus' | 'complaintStatus'; status: string }) {
  const { t } = useI18n();
  return <Tag color={SMALL_COLOR[status]}>{t(`projects.${group}.${status}`)}</Tag>;
}
