import { describe, expect, it } from 'vitest';
import { awardCapMessage, checkEligibility, type OrganisationFacts } from './eligibility-rules.js';
import { checkBid, checkCall, noticeEndsAt } from './call-rules.js';

const org: OrganisationFacts = {
  id: 'o1', name: '阳光社工', type: 'social_service', grade: '4A', gradeValidUntil: '2027-12-31', status: 'active',
  registrationRegionPath: '/150000/150600/150627/', operatingRegionPath: '/150000/150600/150627/150627100/150627100001/', blackListed: false, abnormal: false,
};
const rules = { orgTypes: ['social_service' as const], minGrade: '3A' as const, requireLocal: true, excludeBlackListed: true, excludeAbnormal: true };
const callPath = '/150000/150600/150627/150627100/';
const today = '2026-11-23';

describe('eligibility', () => {
  it('passes an organisation meeting every rule', () => {
    expect(checkEligibility(org, rules, callPath, '阿勒腾席热镇', today)).toEqual([]);
  });
  it('explains each failed rule in Chinese', () => {
    const bad = { ...org, type: 'foundation', grade: '2A', operatingRegionPath: '/150000/150600/150602/', registrationRegionPath: '/150000/150600/150602/', blackListed: true, abnormal: true, status: 'inactive' };
    expect(checkEligibility(bad, rules, callPath, '阿勒腾席热镇', today)).toEqual([
      { rule: 'status', message: '阳光社工已注销，不能揭榜' },
      { rule: 'orgType', message: '阳光社工的组织类型为“基金会”，本榜仅限社会服务机构(民办非企业单位)' },
      { rule: 'grade', message: '本榜要求评估等级3A及以上，阳光社工为2A' },
      { rule: 'region', message: '阳光社工未在服务区域（阿勒腾席热镇）内登记或运营' },
      { rule: 'blackList', message: '阳光社工列入黑榜（严重违法失信名单），不能揭榜' },
      { rule: 'abnormal', message: '阳光社工列入活动异常名录，不能揭榜' },
    ]);
  });
  it('treats a missing grade as below any minimum and an expired grade as not held', () => {
    expect(checkEligibility({ ...org, grade: null }, rules, callPath, 'x', today)[0]?.message).toBe('本榜要求评估等级3A及以上，阳光社工未参加等级评估');
    expect(checkEligibility({ ...org, gradeValidUntil: '2026-11-22' }, rules, callPath, 'x', today)).toEqual([{ rule: 'gradeExpired', message: '阳光社工的评估等级4A已于2026-11-22到期' }]);
    expect(checkEligibility({ ...org, gradeValidUntil: '2026-11-23' }, rules, callPath, 'x', today)).toEqual([]);
  });
  it('accepts registration in the region when operating elsewhere, and ignores rules switched off', () => {
    expect(checkEligibility({ ...org, operatingRegionPath: '/150000/150600/150602/', registrationRegionPath: '/150000/150600/150627/150627100/' }, rules, callPath, 'x', today)).toEqual([]);
    const open = { orgTypes: [], minGrade: null, requireLocal: false, excludeBlackListed: false, excludeAbnormal: false };
    expect(checkEligibility({ ...org, type: 'foundation', grade: null, blackListed: true, operatingRegionPath: '/x/', registrationRegionPath: '/x/' }, open, callPath, 'x', today)).toEqual([]);
  });
  it('limits concurrent awards (资源限流)', () => {
    expect(awardCapMessage('阳光社工', 1, 2)).toBeNull();
    expect(awardCapMessage('阳光社工', 2, 2)).toBe('阳光社工当前承接中的项目已有2个，达到本榜“每个组织同时承接不超过2个”的限制（资源限流）');
  });
});

describe('call and bid checks', () => {
  const now = new Date('2026-11-23T02:00:00Z');
  it('requires weights summing to 100, unique keys and a future deadline at publication', () => {
    const c = { criteria: [{ key: 'a', name: '方案', weight: 50 }, { key: 'a', name: '团队', weight: 40 }], deadline: '2026-11-23T01:00:00Z' };
    expect(checkCall(c, now, false).map((e) => e.message)).toEqual(['评审标准权重（criteria）合计须为100，当前为90', '评审标准编码（criteria[1].key）“a”重复']);
    expect(checkCall(c, now, true).map((e) => e.path)).toEqual(['criteria', 'criteria[1].key', 'deadline']);
    expect(checkCall({ criteria: [{ key: 'a', name: '方案', weight: 100 }], deadline: '2026-12-01T00:00:00Z' }, now, true)).toEqual([]);
  });
  it('requires budget lines to add up, the total within budget and a certified social worker', () => {
    const team = [{ name: '王', role: '督导', certificate: 'none' as const }];
    const errors = checkBid({ budgetLines: [{ item: '人员', amountFen: 100_00 }, { item: '物料', amountFen: 50_00 }], totalFen: 200_00, team }, 180_00);
    expect(errors.map((e) => e.message)).toEqual([
      '预算明细（budgetLines）合计¥150.00，与申报总额¥200.00不一致', '申报总额（totalFen）¥200.00超过榜单预算¥180.00', '服务团队（team）须至少有一名持证社会工作者',
    ]);
  });
  it('ends the notice period the same clock time N days later', () => {
    expect(noticeEndsAt(now, 5).toISOString()).toBe('2026-11-28T02:00:00.000Z');
  });
});
