import { describe, expect, it } from 'vitest';
import {
  checkContract, COMPLAINT_ACTIONS, COMPLAINT_MOVES, COMPLAINT_STATUSES, isMilestoneOverdue, isRectificationOverdue, MILESTONE_ACTIONS, MILESTONE_MOVES,
  MILESTONE_STATUSES, nextState, PROJECT_ACTIONS, PROJECT_MOVES, PROJECT_STATUSES, RECTIFICATION_ACTIONS, RECTIFICATION_MOVES, RECTIFICATION_STATUSES, sniffImage,
} from './project-rules.js';

/**
 * Every (state, action) pair, against tables written out by hand from the state diagrams — not read back
 * from the code's own tables. A pair listed here is legal with the given target; every other pair must be refused.
 */
function walk(name: string, states: readonly string[], actions: readonly string[], table: Parameters<typeof nextState>[0], legal: Record<string, string>) {
  describe(name, () => {
    for (const s of states) {
      for (const a of actions) {
        const expected = legal[`${s}:${a}`] ?? null;
        it(`${s} —${a}→ ${expected ?? 'refused'}`, () => expect(nextState(table, s, a)).toBe(expected));
      }
    }
  });
}

walk('project', PROJECT_STATUSES, PROJECT_ACTIONS, PROJECT_MOVES, {
  'contracted:start': 'in_delivery', 'in_delivery:deliver': 'delivered', 'delivered:open_evaluation': 'evaluating', 'evaluating:finalise': 'evaluated',
  'evaluated:close': 'closed', 'contracted:terminate': 'terminated', 'in_delivery:terminate': 'terminated', 'delivered:terminate': 'terminated',
});
walk('milestone', MILESTONE_STATUSES, MILESTONE_ACTIONS, MILESTONE_MOVES, {
  'pending:submit': 'submitted', 'returned:submit': 'submitted', 'submitted:approve': 'approved', 'submitted:return': 'returned',
});
walk('rectification', RECTIFICATION_STATUSES, RECTIFICATION_ACTIONS, RECTIFICATION_MOVES, {
  'open:answer': 'answered', 'reopened:answer': 'answered', 'answered:close': 'closed', 'answered:reopen': 'reopened',
});
walk('complaint', COMPLAINT_STATUSES, COMPLAINT_ACTIONS, COMPLAINT_MOVES, {
  'filed:handle': 'handling', 'handling:uphold': 'upheld', 'handling:dismiss': 'dismissed',
});

describe('the walk covers every pair', () => {
  it('has 7×6 + 4×3 + 4×3 + 4×3 cases', () => {
    expect(PROJECT_STATUSES.length * PROJECT_ACTIONS.length + MILESTONE_STATUSES.length * MILESTONE_ACTIONS.length
      + RECTIFICATION_STATUSES.length * RECTIFICATION_ACTIONS.length + COMPLAINT_STATUSES.length * COMPLAINT_ACTIONS.length).toBe(42 + 12 + 12 + 12);
  });
});

describe('overdue flags', () => {
  it('flags a milestone still owed after its due date, not on the day itself, and never an approved one', () => {
    expect(isMilestoneOverdue({ status: 'pending', dueOn: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isMilestoneOverdue({ status: 'returned', dueOn: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isMilestoneOverdue({ status: 'pending', dueOn: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isMilestoneOverdue({ status: 'submitted', dueOn: '2026-01-01' }, '2026-11-23')).toBe(false);
    expect(isMilestoneOverdue({ status: 'approved', dueOn: '2026-01-01' }, '2026-11-23')).toBe(false);
  });
  it('flags an unanswered rectification past its deadline', () => {
    expect(isRectificationOverdue({ status: 'open', deadline: '2026-11-20' }, '2026-11-23')).toBe(true);
    expect(isRectificationOverdue({ status: 'reopened', deadline: '2026-11-20' }, '2026-11-23')).toBe(true);
    expect(isRectificationOverdue({ status: 'answered', deadline: '2026-11-20' }, '2026-11-23')).toBe(false);
    expect(isRectificationOverdue({ status: 'open', deadline: '2026-11-30' }, '2026-11-23')).toBe(false);
  });
});

describe('contract check', () => {
  it('accepts payments that add up to the budget in date order', () => {
    expect(checkContract(10000000, [{ paymentFen: 3000000, dueOn: '2026-12-01' }, { paymentFen: 7000000, dueOn: '2027-03-01' }])).toEqual([]);
  });
  it('names the sum and the budget when they differ (¥99,999.99 vs ¥100,000.00)', () => {
    expect(checkContract(10000000, [{ paymentFen: 9999999, dueOn: '2026-12-01' }])).toEqual([
      { path: 'milestones', message: '各里程碑付款（paymentFen）合计应等于预算（budgetFen）：合计9999999分，预算10000000分' },
    ]);
  });
  it('refuses an empty schedule and milestones out of date order', () => {
    expect(checkContract(0, [])[0]!.path).toBe('milestones');
    expect(checkContract(2, [{ paymentFen: 1, dueOn: '2027-01-01' }, { paymentFen: 1, dueOn: '2026-12-01' }])).toEqual([
      { path: 'milestones[1].dueOn', message: '第2个里程碑的截止日期（dueOn）早于上一个' },
    ]);
  });
});

describe('photo sniffing', () => {
  it('recognises JPEG and PNG by their first bytes and nothing else', () => {
    expect(sniffImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('image/jpeg');
    expect(sniffImage(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffImage(Buffer.from('GIF89a'))).toBe(null);
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(null);
    expect(sniffImage(Uint8Array.from([0xff, 0xd8]))).toBe(null);
  });
});
