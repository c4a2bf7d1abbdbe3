import { Descriptions, Tag, Timeline } from 'antd';
import { useI18n } from '../../platform/i18n';
import { formatFen, formatInstant } from '../../platform/format';

interface CallFacts {
  number: string; regionName: string | null; budgetFen: number; fundingSource: string; deadline: string; publishedAt: string | null; serviceContent: string;
  criteria: { key: string; name: string; weight: number }[]; maxConcurrentAwards: number; noticeDays: number;
  eligibility: { orgTypes: string[]; minGrade: string | null; requireLocal: boolean; excludeBlackListed: boolean; excludeAbnormal: boolean };
  documents: { name: string; url: string }[];
}

/** The call's facts, shared by the back office and the public page. */
export function CallFacts({ call }: { call: CallFacts }) {
  const { t } = useI18n();
  const e = call.eligibility;
  const rules = [
    e.orgTypes.length ? e.orgTypes.map((o) => t(`enums.orgType.${o}`)).join('、') : null, e.minGrade ? `${e.minGrade}+` : null,
    e.requireLocal ? t('calls.form.requireLocal') : null, e.excludeBlackListed ? t('calls.form.excludeBlack') : null, e.excludeAbnormal ? t('calls.form.excludeAbnormal') : null,
  ].filter(Boolean);
  return (
    <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }}>
      <Descriptions.Item label={t('calls.col.number')}>{call.number}</Descriptions.Item>
      <Descriptions.Item label={t('calls.col.region')}>{call.regionName}</Descriptions.Item>
      <Descriptions.Item label={t('calls.col.budget')}>{formatFen(call.budgetFen)}</Descriptions.Item>
      <Descriptions.Item label={t('calls.col.funding')}>{t(`calls.funding.${call.fundingSource}`)}</Descriptions.Item>
      <Descriptions.Item label={t('calls.col.deadline')}>{formatInstant(call.deadline)}</Descriptions.Item>
      <Descriptions.Item label={t('calls.form.maxAwards')}>{call.maxConcurrentAwards} · {t('calls.form.noticeDays')} {call.noticeDays}</Descriptions.Item>
      <Descriptions.Item label={t('calls.form.content')} span={2}>{call.serviceContent}</Descriptions.Item>
      <Descriptions.Item label={t('calls.detail.criteria')} span={2}>{call.criteria.map((c) => <Tag key={c.key}>{c.name} {c.weight}%</Tag>)}</Descriptions.Item>
      <Descriptions.Item label={t('calls.detail.eligibility')} span={2}>{rules.join('；') || '—'}</Descriptions.Item>
      {call.documents.length > 0 && <Descriptions.Item label={t('calls.form.documents')} span={2}>{call.documents.map((d) => <a key={d.url} href={d.url} style={{ marginRight: 12 }}>{d.name}</a>)}</Descriptions.Item>}
    </Descriptions>
  );
}

/** 过程留痕: every step of the call, oldest first. */
export function CallTimeline({ events }: { events: { at: string; kind: string; summary: string }[] }) {
  return <Timeline data-testid="call-timeline" items={events.map((e) => ({ key: `${e.at}-${e.kind}`, children: <><div>{e.summary}</div><small style={{ color: '#888' }}>{formatInstant(e.at)}</small></> }))} />;
}
