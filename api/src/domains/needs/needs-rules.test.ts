import { NEED_STATUSES, type NeedStatus } from '@wushe/common';
import { describe, expect, it } from 'vitest';
import { checkDecision, canReceiveMerge, NEED_ACTIONS, nextAssessmentStatus, nextNeedStatus, suggestPriority, type NeedAction } from './needs-rules.js';

// Written out by hand from issue 4 and the needs table comment, not derived from the code.
const LEGAL: Record<string, NeedStatus> = {
  'submitted/assign': 'assessing', 'assessing/assign': 'assessing',
  'submitted/accept': 'accepted', 'assessing/accept': 'accepted',
  'submitted/reject': 'rejected', 'assessing/reject': 'rejected',
  'submitted/answer': 'answered', 'assessing/answer': 'answered',
  'submitted/merge': 'merged', 'assessing/merge': 'merged',
  'accepted/call': 'in_call', 'in_call/release': 'accepted', 'in_call/project': 'in_project', 'in_project/close': 'closed',
};

describe('need state machine', () => {
  for (const from of NEED_STATUSES) {
    for (const action of NEED_ACTIONS) {
      const key = `${from}/${action}`;
      it(`${key} → ${LEGAL[key] ?? 'refused'}`, () => {
        expect(nextNeedStatus(from, action as NeedAction)).toBe(LEGAL[key] ?? null);
      });
    }
  }
  it('counts 14 legal transitions out of 81 pairs', () => {
    expect(NEED_STATUSES.length * NEED_ACTIONS.length).toBe(81);
    expect(Object.keys(LEGAL)).toHaveLength(14);
  });
  it('receives merges only while open', () => {
    expect(NEED_STATUSES.filter(canReceiveMerge)).toEqual(['submitted', 'assessing', 'accepted']);
  });
});

describe('assessment state machine', () => {
  it('assigned → submitted, and never again', () => {
    expect(nextAssessmentStatus('assigned', 'submit')).toBe('submitted');
    expect(nextAssessmentStatus('submitted', 'submit')).toBeNull();
  });
});

describe('priority suggestion', () => {
  it('is null without scores', () => expect(suggestPriority([])).toBeNull());
  it('averages and weighs 40/40/20', () => {
    // means 4.5, 4, 2 → 0.4·4.5 + 0.4·4 + 0.2·2 = 1.8 + 1.6 + 0.4 = 3.8 → priority 2
    expect(suggestPriority([{ importance: 5, urgency: 4, feasibility: 2 }, { importance: 4, urgency: 4, feasibility: 2 }]))
      .toEqual({ importance: 4.5, urgency: 4, feasibility: 2, priority: 2, count: 2 });
  });
  it('maps the composite bands', () => {
    expect(suggestPriority([{ importance: 4, urgency: 4, feasibility: 4 }])!.priority).toBe(1); // 4.0
    expect(suggestPriority([{ importance: 2, urgency: 2, feasibility: 2 }])!.priority).toBe(3); // 2.0
    expect(suggestPriority([{ importance: 1, urgency: 2, feasibility: 2 }])!.priority).toBe(4); // 0.4+0.8+0.4 = 1.6
  });
});

describe('decision fields', () => {
  it('needs a reason to reject or answer, a target to merge, a priority to accept', () => {
    expect(checkDecision({ decision: 'reject' })).toEqual([{ path: 'reason', message: '不采纳须填写理由（reason），将告知提出需求的居民' }]);
    expect(checkDecision({ decision: 'answer', reason: ' ' })[0]!.path).toBe('reason');
    expect(checkDecision({ decision: 'merge' })[0]!.path).toBe('mergeIntoId');
    expect(checkDecision({ decision: 'accept' })[0]!.path).toBe('priority');
    expect(checkDecision({ decision: 'accept', priority: 2 })).toEqual([]);
    expect(checkDecision({ decision: 'reject', reason: '已纳入市政计划' })).toEqual([]);
  });
});
