import { Timeline } from 'antd';
import type { NeedTimelineEvent } from '@wushe/common';
import { formatInstant } from '../../platform/format';
import { useI18n } from '../../platform/i18n';

/** 过程留痕: every step of a need or an order, who took it and when. `prefix` names the events' i18n group. */
export function ProcessTimeline({ events, prefix }: { events: NeedTimelineEvent[]; prefix: 'needs.events' | 'catalogue.events' }) {
  const { t, has } = useI18n();
  return (
    <Timeline data-testid="process-timeline" items={events.map((e) => ({
      content: (
        <div>
          <strong>{has(`${prefix}.${e.action}`) ? t(`${prefix}.${e.action}`) : e.action}</strong>
          <span style={{ color: '#888', marginLeft: 8 }}>{formatInstant(e.at)}{e.actorName ? ` · ${e.actorName}` : ''}</span>
          {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
        </div>
      ),
    }))} />
  );
}
