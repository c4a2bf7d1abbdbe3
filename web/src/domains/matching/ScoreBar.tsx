import { Tooltip } from 'antd';
import type { CandidateList } from '@wushe/common';
import { useI18n } from '../../platform/i18n';

type Term = CandidateList['ranked'][number]['terms'][number];
const COLORS: Record<Term['term'], string> = { domain: '#1677ff', distance: '#13c2c2', capacity: '#52c41a', track: '#faad14', standing: '#722ed1' };

/** The score as stacked contributions, one colour per term, so "why this rank" is visible at a glance. */
export function ScoreBar({ terms, score }: { terms: Term[]; score: number }) {
  const { t } = useI18n();
  return (
    <Tooltip title={terms.map((x) => `${t(`matching.term.${x.term}`)}：+${(x.contribution * 100).toFixed(1)}（${x.reason}）`).join('\n')} styles={{ root: { whiteSpace: 'pre-line' } }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 180 }}>
        <div style={{ display: 'flex', flex: 1, height: 10, background: '#f0f0f0', borderRadius: 5, overflow: 'hidden' }} aria-hidden>
          {terms.map((x) => <div key={x.term} style={{ width: `${x.contribution * 100}%`, background: COLORS[x.term] }} />)}
        </div>
        <span style={{ width: 40, textAlign: 'right' }}>{(score * 100).toFixed(1)}</span>
      </div>
    </Tooltip>
  );
}

export function ScoreLegend() {
  const { t } = useI18n();
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, fontSize: 12 }}>
      {(Object.keys(COLORS) as Term['term'][]).map((k) => (
        <span key={k}><span style={{ display: 'inline-block', width: 10, height: 10, background: COLORS[k], marginRight: 4 }} />{t(`matching.term.${k}`)}</span>
      ))}
    </div>
  );
}

