import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@wushe/common';
import { createTestContext, queryRows, type Session, type TestContext } from '../../test/harness.js';

// 承榜 → 政府购买服务合同付款计划: an awarded government-purchase call becomes a project whose payment schedule is
// created in the same transaction, from the region's 政府购买服务 budget line (GOV-YJ-PS, 伊金霍洛旗), through the API.

const DAY = 86_400_000;
let t: TestContext;
let street: Session, org1: Session, banner: Session, expert: Session;

async function loginAll() {
  [street, org1, banner, expert] = await Promise.all(['street', 'org1', 'banner', 'expert'].map((u) => t.login(u))) as [Session, Session, Session, Session];
}

/** Needs already accepted by 评榜 (the needs domain's job; only their rows are needed here). */
async function acceptedNeed(title: string): Promise<string> {
  const id = newId();
  const [region] = await queryRows<{ path: string }>(t, sql`select path from regions where code = '150627100001'`);
  await t.database.db.execute(sql`insert into needs (id, number, title, description, text_search, category, region_code, region_path, source, urgency, status, priority)
    values (${id}, ${`XQ-F-${id.slice(-8)}`}, ${title}, ${`${title}（居民反映）`}, ${title}, 'elderly', '150627100001', ${region!.path}, 'household_visit', 'high', 'accepted', 1)`);
  return id;
}

const callInput = (needId: string, title: string, fundingSource: string) => ({
  title, serviceContent: '为辖区80岁以上独居老人提供每日助餐、每周两次上门探访和应急呼叫响应。', regionCode: '150627100000', budgetFen: 300_000_00, fundingSource,
  deadline: new Date(t.clock.now().getTime() + 3 * DAY).toISOString(),
  criteria: [{ key: 'plan', name: '服务方案', weight: 50 }, { key: 'team', name: '团队能力', weight: 30 }, { key: 'budget', name: '预算合理性', weight: 20 }],
  eligibility: { orgTypes: ['social_service'], minGrade: '3A', requireLocal: true, excludeBlackListed: true, excludeAbnormal: true },
  maxConcurrentAwards: 5, noticeDays: 5, documents: [{ name: '榜单公告.pdf', url: '/files/notice.pdf' }], needIds: [needId],
});

const bidInput = {
  memberOrganisationIds: [], intentLetter: '我中心自愿揭榜，承诺按榜单要求提供服务。', servicePlan: '一、服务对象摸底；二、助餐配送；三、探访与应急。',
  totalFen: 280_000_00, budgetLines: [{ item: '人员经费', amountFen: 180_000_00 }, { item: '餐费补贴', amountFen: 100_000_00 }],
  team: [{ name: '高娜', role: '项目负责人', certificate: 'intermediate' }, { name: '李强', role: '社工', certificate: 'assistant' }],
  timeline: [{ month: 1, task: '需求摸底与建档' }, { month: 12, task: '结项评估' }],
};

/** Runs one call from draft to a finalised award through the API; answers the project made from it and the finalisation instant. */
async function awardCall(fundingSource: string, title: string): Promise<{ projectId: string; finalisedAt: Date }> {
  const call = (await street.post('/api/calls', callInput(await acceptedNeed(`${title}：需求`), title, fundingSource))).json();
  expect((await street.post(`/api/calls/${call.id}/publish`)).statusCode).toBe(200);
  const bid = (await org1.post(`/api/calls/${call.id}/bids`, bidInput)).json();
  expect((await org1.post(`/api/calls/${call.id}/bids/${bid.id}/submit`)).json().status).toBe('submitted');
  t.clock.advance(4 * DAY);
  await loginAll();
  expect((await street.post(`/api/calls/${call.id}/close`)).json().status).toBe('closed');
  expect((await street.post(`/api/calls/${call.id}/panel`, { members: [{ username: 'expert', kind: 'expert' }] })).statusCode).toBe(200);
  expect((await street.post(`/api/calls/${call.id}/start-evaluation`)).json().status).toBe('evaluating');
  expect((await expert.post(`/api/calls/${call.id}/bids/${bid.id}/review`, { conflict: false, scores: { plan: 90, team: 80, budget: 70 } })).statusCode).toBe(200);
  expect((await street.post(`/api/calls/${call.id}/award`, { bidId: bid.id, reason: '综合得分第一' })).statusCode).toBe(200);
  t.clock.advance(6 * DAY); // past the 5-day notice period
  await loginAll();
  const finalisedAt = t.clock.now();
  expect((await street.post(`/api/calls/${call.id}/finalise`)).json().status).toBe('finalised');
  const [p] = await queryRows<{ id: string }>(t, sql`select id from projects where call_id = ${call.id}`);
  return { projectId: p!.id, finalisedAt };
}

/** The calendar date in 北京时间 (UTC+8, no daylight saving), computed independently of the code under test. */
function beijingDate(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = await createTestContext();
  await loginAll();
});
afterAll(async () => { await t?.close(); });

describe('payment schedule from a government-purchase award', () => {
  it('schedules one instalment per contract milestone on the banner budget line, visible to the banner official', async () => {
    const { projectId, finalisedAt } = await awardCall('government_purchase', '阿勒腾席热镇老年助餐服务（政府购买）');
    const res = await banner.get(`/api/funds/schedules/${projectId}`);
    expect(res.statusCode).toBe(200);
    const schedule = res.json() as { fundId: string; seq: number; milestone: string; payeeName: string; amountFen: number; dueOn: string; status: string; contractRef: string }[];
    // bidInput: ¥280,000.00 over a two-step timeline (month 1 and month 12): ¥140,000.00 each.
    expect(schedule.map((m) => [m.seq, m.milestone, m.amountFen, m.status, m.contractRef])).toEqual([
      [1, '第1个月：需求摸底与建档', 140_000_00, 'scheduled', projectId],
      [2, '第12个月：结项评估', 140_000_00, 'scheduled', projectId],
    ]);
    expect(schedule.map((m) => m.dueOn)).toEqual([beijingDate(finalisedAt.getTime() + 30 * DAY), beijingDate(finalisedAt.getTime() + 360 * DAY)]);
    expect(new Set(schedule.map((m) => m.payeeName))).toEqual(new Set(['伊金霍洛旗阳光社会工作服务中心']));
    const [fund] = await queryRows<{ code: string }>(t, sql`select code from funds where id = ${schedule[0]!.fundId}`);
    expect(fund!.code).toBe('GOV-YJ-PS');
    // The budget line's own schedule view lists the same instalments.
    const ofFund = (await banner.get(`/api/funds/${schedule[0]!.fundId}/schedule`)).json() as { contractRef: string }[];
    expect(ofFund.filter((m) => m.contractRef === projectId)).toHaveLength(2);
    expect((await street.get(`/api/funds/${schedule[0]!.fundId}/schedule`)).statusCode).toBe(404);
    // The budget line is a banner fund: the street official who ran the call does not see its schedule.
    expect((await street.get(`/api/funds/schedules/${projectId}`)).json()).toEqual([]);
  });

  it('the first instalment becomes a disbursement request on that budget line', async () => {
    const [m] = await queryRows<{ id: string; contract_ref: string }>(t, sql`select id, contract_ref from fund_payment_milestones where seq = 1 order by created_at desc limit 1`);
    const req = await banner.post(`/api/funds/milestones/${m!.id}/request`, undefined, { 'idempotency-key': `milestone-${m!.id}` });
    expect(req.statusCode).toBe(200);
    expect(req.json()).toMatchObject({ amountFen: 140_000_00, status: 'requested', milestoneId: m!.id, payeeName: '伊金霍洛旗阳光社会工作服务中心' });
    const after = (await banner.get(`/api/funds/schedules/${m!.contract_ref}`)).json() as { seq: number; status: string }[];
    expect(after.map((x) => [x.seq, x.status])).toEqual([[1, 'requested'], [2, 'scheduled']]);
  });

  it('a community-fund call gets no government payment schedule', async () => {
    const { projectId } = await awardCall('community_fund', '阿勒腾席热镇邻里互助服务（社区基金）');
    expect((await banner.get(`/api/funds/schedules/${projectId}`)).json()).toEqual([]);
    const [n] = await queryRows<{ n: number }>(t, sql`select count(*)::int as n from fund_payment_milestones where contract_ref = ${projectId}`);
    expect(n!.n).toBe(0);
  });
});
