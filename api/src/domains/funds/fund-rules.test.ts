import { describe, expect, it } from 'vitest';
import {
  canMoveCampaign, canMoveDisbursement, canMoveMilestone, canMoveProject, CAMPAIGN_STATUSES, decideVote, DISBURSEMENT_STATUSES, MILESTONE_STATUSES,
  PROJECT_STATUSES, publicDonorName, receiptNumber,
} from './fund-rules.js';

/** Every (from, to) pair: the legal ones listed by hand from the lifecycle in docs/funds.md, all others refused. */
function table<S extends string>(all: readonly S[], legal: [S, S][], can: (a: S, b: S) => boolean) {
  for (const from of all) for (const to of all) {
    const expected = legal.some(([a, b]) => a === from && b === to);
    expect([from, to, can(from, to)]).toEqual([from, to, expected]);
  }
}

describe('lifecycles', () => {
  it('project', () => table(PROJECT_STATUSES, [
    ['proposed', 'approved'], ['proposed', 'rejected'], ['proposed', 'cancelled'], ['approved', 'fundraising'], ['approved', 'in_progress'], ['approved', 'cancelled'],
    ['fundraising', 'in_progress'], ['fundraising', 'cancelled'], ['in_progress', 'completed'],
  ], canMoveProject));
  it('campaign', () => table(CAMPAIGN_STATUSES, [['open', 'closed'], ['open', 'cancelled']], canMoveCampaign));
  it('disbursement: approve holds, pay posts, cancel releases; paid is final', () => table(DISBURSEMENT_STATUSES, [
    ['requested', 'approved'], ['requested', 'rejected'], ['requested', 'cancelled'], ['approved', 'paid'], ['approved', 'cancelled'],
  ], canMoveDisbursement));
  it('milestone', () => table(MILESTONE_STATUSES, [['scheduled', 'requested'], ['requested', 'paid'], ['requested', 'scheduled']], canMoveMilestone));
});

describe('committee vote', () => {
  const seven = ['甲', '乙', '丙', '丁', '戊', '己', '庚'];
  it('needs two thirds present (7 → 5) and more than half of all members for', () => {
    expect(decideVote({ committee: seven, present: seven.slice(0, 5), for: 4, against: 1, abstain: 0 })).toEqual({ quorum: 5, passed: true, errors: [] });
    // 3 for of 5 present is a majority of those present but not of the 7 members: rejected, not invalid.
    expect(decideVote({ committee: seven, present: seven.slice(0, 5), for: 3, against: 1, abstain: 1 })).toEqual({ quorum: 5, passed: false, errors: [] });
  });
  it('refuses a meeting without quorum, strangers, duplicates and votes that do not add up', () => {
    const r = decideVote({ committee: seven, present: ['甲', '乙', '丙', '丁'], for: 4, against: 0, abstain: 0 });
    expect(r.passed).toBe(false);
    expect(r.errors.map((e) => e.message)).toEqual(['出席人数4人，未达法定人数5人（管委会7人的三分之二）']);
    const s = decideVote({ committee: seven.slice(0, 5), present: ['甲', '乙', '丙', '辛', '辛'], for: 5, against: 1, abstain: 0 });
    expect(s.errors.map((e) => e.path)).toEqual(['present', 'present', 'for']);
  });
});

describe('receipts and public names', () => {
  it('numbers receipts per fund and year with six digits', () => {
    expect(receiptNumber('TJ-C01', 2026, 12)).toBe('JZ-TJ-C01-2026-000012');
  });
  it('shows anonymous donors as 爱心人士 and masks personal names, not organisations', () => {
    expect(publicDonorName('张三丰', true)).toBe('爱心人士（匿名）');
    expect(publicDonorName(null, false)).toBe('爱心人士（匿名）');
    expect(publicDonorName('张三丰', false)).toBe('张**');
    expect(publicDonorName('欧阳娜娜', false)).toBe('欧**');
    expect(publicDonorName('鄂尔多斯市伊泰集团', false)).toBe('鄂尔多斯市伊泰集团');
  });
});
