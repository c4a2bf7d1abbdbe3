import { sql } from 'drizzle-orm';
import { newId } from '@wushe/common';
import { IpThrottle, resolveSession } from '../auth/index.js';
import { callsEnv, type FinalisedAward } from './calls-hooks.js';
import { finaliseAward } from './selection.service.js';
import { createTestContext, queryRows, type Session, type TestContext } from '../../test/harness.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateRelease = ajv.compile(JSON.parse(readFileSync(fileURLToPath(new URL('../../../../standards/ocds-1.1.5-release-schema.json', import.meta.url)), 'utf8')));

/** Inserts needs already accepted by 评榜 (the needs domain's job; here only their rows are needed). */
export async function acceptedNeeds(t: TestContext, regionCode: string, titles: string[]): Promise<string[]> {
  const [region] = await queryRows<{ path: string }>(t, sql`select path from regions where code = ${regionCode}`);
  const ids: string[] = [];
  for (const [i, title] of titles.entries()) {
    const id = newId();
    ids.push(id);
    await t.database.db.execute(sql`insert into needs (id, number, title, description, text_search, category, region_code, region_path, source, urgency, status, priority)
      values (${id}, ${`XQ-T-${id.slice(-8)}-${i}`}, ${title}, ${`${title}（居民反映）`}, ${title}, 'elderly', ${regionCode}, ${region!.path}, 'household_visit', 'high', 'accepted', 1)`);
  }
  return ids;
}

export async function orgId(t: TestContext, name: string): Promise<string> {
  const [r] = await queryRows<{ id: string }>(t, sql`select id from organisations where name = ${name}`);
  return r!.id;
}

export const DAY = 86_400_000;

export function callInput(needIds: string[], deadline: Date, over: Record<string, unknown> = {}) {
  return {
    title: '平安社区高龄独居老人助餐与探访服务', serviceContent: '为辖区80岁以上独居老人提供每日助餐、每周两次上门探访和应急呼叫响应。',
    regionCode: '150627100000', budgetFen: 300_000_00, fundingSource: 'government_purchase', deadline: deadline.toISOString(),
    criteria: [{ key: 'plan', name: '服务方案', weight: 50 }, { key: 'team', name: '团队能力', weight: 30 }, { key: 'budget', name: '预算合理性', weight: 20 }],
    eligibility: { orgTypes: ['social_service'], minGrade: '3A', requireLocal: true, excludeBlackListed: true, excludeAbnormal: true },
    maxConcurrentAwards: 2, noticeDays: 5, documents: [{ name: '榜单公告.pdf', url: '/files/notice.pdf' }], needIds, ...over,
  };
}

export function bidInput(over: Record<string, unknown> = {}) {
  return {
    memberOrganisationIds: [], intentLetter: '我中心自愿揭榜，承诺按榜单要求提供服务。', servicePlan: '一、服务对象摸底；二、助餐配送；三、探访与应急。',
    totalFen: 280_000_00, budgetLines: [{ item: '人员经费', amountFen: 180_000_00 }, { item: '餐费补贴', amountFen: 100_000_00 }],
    team: [{ name: '高娜', role: '项目负责人', certificate: 'intermediate' }, { name: '李强', role: '社工', certificate: 'assistant' }],
    timeline: [{ month: 1, task: '需求摸底与建档' }, { month: 12, task: '结项评估' }], ...over,
  };
}

let t: TestContext;
let street: Session, org1: Session, org2: Session, admin: Session, expert: Session, community: Session, banner: Session, city: Session;
let needIds: string[];
let callId = '';
let bid1 = '';
let bid2 = '';
const anon = (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, ...(payload ? { payload } : {}) });

async function loginAll() {
  const s = await Promise.all(['street', 'org1', 'org2', 'admin', 'expert', 'community', 'banner', 'city'].map((u) => t.login(u)));
  [street, org1, org2, admin, expert, community, banner, city] = s as [Session, Session, Session, Session, Session, Session, Session, Session];
}

/** Moves the clock; sessions time out over days, so everybody logs in again. */
async function advance(ms: number) {
  t.clock.advance(ms);
  await loginAll();
}

beforeAll(async () => {
  t = await createTestContext();
  await loginAll();
  needIds = await acceptedNeeds(t, '150627100001', ['高龄独居老人吃饭难', '独居老人缺少探访']);
});
afterAll(async () => { await t?.close(); });

describe('demo calls and public disclosure', () => {
  it('lists the three seeded calls publicly, each as a valid OCDS release', async () => {
    const list = (await anon('GET', '/api/public/calls?pageSize=10')).json();
    expect(list.items.map((c: { status: string }) => c.status).sort()).toEqual(['evaluating', 'finalised', 'published']);
    for (const c of list.items as { id: string }[]) {
      const pkg = (await anon('GET', `/api/public/calls/${c.id}/ocds`)).json();
      expect(validateRelease(pkg.releases[0]), JSON.stringify(validateRelease.errors)).toBe(true);
    }
    const done = list.items.find((c: { status: string }) => c.status === 'finalised');
    const detail = (await anon('GET', `/api/public/calls/${done.id}`)).json();
    // expert 0.4·90+0.3·92+0.15·85+0.15·88 = 36+27.6+12.75+13.2 = 89.55; banner 0.4·86+0.3·90+0.15·88+0.15·90 = 34.4+27+13.2+13.5 = 88.1; mean 88.825 → 88.83
    expect(detail.scores).toEqual([{ organisationName: '伊金霍洛旗乌兰木伦镇同心矛盾调解服务中心', weightedMean: 88.83, zMean: 0 }]);
    expect(detail.awards[0]).toMatchObject({ status: 'finalised', objectionsOpen: false, amountFen: 142_000_00 });
  });

  it('keeps the seeded open call\'s bid sealed from officials but shows it to its bidder', async () => {
    const open = (await street.get('/api/calls?status=published')).json().items[0];
    expect((await street.get(`/api/calls/${open.id}/bids`)).json()).toEqual([]);
    expect((await org1.get(`/api/calls/${open.id}/bids`)).json()).toHaveLength(1);
    const evaluating = (await street.get('/api/calls?status=evaluating')).json().items[0];
    expect((await street.get(`/api/calls/${evaluating.id}/bids`)).json()).toHaveLength(2);
  });
});

describe('发榜', () => {
  it('refuses weights not summing to 100, needs not accepted, and roles without the permission', async () => {
    const deadline = new Date(t.clock.now().getTime() + 10 * DAY);
    const bad = await street.post('/api/calls', callInput(needIds, deadline, { criteria: [{ key: 'plan', name: '服务方案', weight: 60 }] }));
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'criteria', message: '评审标准权重（criteria）合计须为100，当前为60' }] });
    const unknownNeed = await street.post('/api/calls', callInput([...needIds, '01900000-0000-7000-8000-000000000000'], deadline));
    expect(unknownNeed.json()).toMatchObject({ code: 'CALL_NEEDS_NOT_ACCEPTED', errors: [{ path: 'needIds[2]' }] });
    expect((await community.post('/api/calls', callInput(needIds, deadline))).statusCode).toBe(403);
    expect((await street.post('/api/calls', { ...callInput(needIds, deadline), extra: 1 })).statusCode).toBe(400);
  });

  it('creates a draft that only officials see, then publishes it and moves the needs into the call', async () => {
    const res = await street.post('/api/calls', callInput(needIds, new Date(t.clock.now().getTime() + 10 * DAY)));
    expect(res.statusCode).toBe(200);
    callId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'draft', number: 'FB20261123-001', regionName: '阿勒腾席热镇', canEdit: true });
    expect((await org1.get(`/api/calls/${callId}`)).statusCode).toBe(404);
    expect((await anon('GET', `/api/public/calls/${callId}`)).statusCode).toBe(404);
    const pub = await street.post(`/api/calls/${callId}/publish`);
    expect(pub.json()).toMatchObject({ status: 'published', publishedAt: t.clock.now().toISOString() });
    const rows = await queryRows<{ status: string }>(t, sql`select status from needs where id in (${needIds[0]}, ${needIds[1]})`);
    expect(rows.map((r) => r.status)).toEqual(['in_call', 'in_call']);
    const again = await street.post(`/api/calls/${callId}/publish`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CALL_STATE_INVALID', errors: [{ message: '榜单状态为“揭榜中”，不能发榜' }] });
    expect((await org1.get(`/api/calls/${callId}`)).json().status).toBe('published');
  });

  it('keeps calls of another region out of a street official\'s list and answers 404 for them', async () => {
    const other = await acceptedNeeds(t, '150602001001', ['东胜区社区助餐']);
    const res = await city.post('/api/calls', callInput(other, new Date(t.clock.now().getTime() + 10 * DAY), { regionCode: '150602001001', title: '东胜区助餐服务' }));
    expect(res.statusCode).toBe(200);
    expect((await street.get(`/api/calls/${res.json().id}`)).statusCode).toBe(404);
    const listed = (await street.get('/api/calls')).json().items as { id: string; regionCode: string }[];
    expect(listed.map((c) => c.id)).toContain(callId);
    expect(listed.map((c) => c.id)).not.toContain(res.json().id);
    // The demo seed's finalised call serves 乌兰木伦镇, another street: not listed either.
    expect(listed.every((c) => c.regionCode.startsWith('1506271000'))).toBe(true);
    const outside = await street.post('/api/calls', callInput(other, new Date(t.clock.now().getTime() + 10 * DAY), { regionCode: '150602001001' }));
    expect(outside.json().code).toBe('REGION_OUT_OF_SCOPE');
  });
});

describe('揭榜', () => {
  it('forms a consortium that needs each member\'s confirmation', async () => {
    const o1 = await orgId(t, '伊金霍洛旗阳光社会工作服务中心');
    const res = await org2.post(`/api/calls/${callId}/bids`, bidInput({ memberOrganisationIds: [o1] }));
    expect(res.statusCode).toBe(200);
    const id = res.json().id;
    expect(res.json().members.map((m: { role: string; confirmedAt: string | null }) => [m.role, !!m.confirmedAt])).toEqual([['lead', true], ['member', false]]);
    expect((await org2.post(`/api/calls/${callId}/bids/${id}/submit`)).json().code).toBe('BID_MEMBERS_UNCONFIRMED');
    expect((await org1.get(`/api/calls/${callId}/bids/${id}`)).statusCode).toBe(200);
    expect((await org1.post(`/api/calls/${callId}/bids/${id}/submit`)).statusCode).toBe(403);
    expect((await org1.post(`/api/calls/${callId}/bids`, bidInput())).json().code).toBe('BID_EXISTS');
    const confirmed = await org1.post(`/api/calls/${callId}/bids/${id}/confirm`);
    expect(confirmed.json().members[1].confirmedAt).toBe(t.clock.now().toISOString());
    expect((await org2.post(`/api/calls/${callId}/bids/${id}/withdraw`)).json().status).toBe('withdrawn');
  });

  it('checks the budget breakdown against the total and the call budget', async () => {
    const bad = await org1.post(`/api/calls/${callId}/bids`, bidInput({ totalFen: 290_000_00 }));
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'budgetLines', message: '预算明细（budgetLines）合计¥280,000.00，与申报总额¥290,000.00不一致' }] });
  });

  it('submits an eligible bid and records an ineligible one with every failed rule explained', async () => {
    const a = await org1.post(`/api/calls/${callId}/bids`, bidInput());
    bid1 = a.json().id;
    expect((await org1.post(`/api/calls/${callId}/bids/${bid1}/submit`)).json()).toMatchObject({ status: 'submitted', eligibilityFailures: [] });
    const b = await org2.post(`/api/calls/${callId}/bids`, bidInput({ intentLetter: '春晖养老愿意承接。' }));
    bid2 = b.json().id;
    const sub = await org2.post(`/api/calls/${callId}/bids/${bid2}/submit`);
    // Registered and operating in 东胜区, and on the demo 活动异常名录 (the default standing source, call_exclusions).
    expect(sub.json()).toMatchObject({ status: 'ineligible', eligibilityFailures: [
      { organisationName: '东胜区春晖养老服务中心', rule: 'region', message: '东胜区春晖养老服务中心未在服务区域（阿勒腾席热镇）内登记或运营' },
      { organisationName: '东胜区春晖养老服务中心', rule: 'abnormal', message: '东胜区春晖养老服务中心列入活动异常名录，不能揭榜' },
    ] });
    expect(sub.json().eligibilityFailures).toHaveLength(2);
  });

  it('lets the bidder edit back to draft and resubmit before the deadline', async () => {
    const cur = (await org1.get(`/api/calls/${callId}/bids/${bid1}`)).json();
    const edited = await org1.patch(`/api/calls/${callId}/bids/${bid1}`, { ...bidInput({ servicePlan: '修改后的服务方案：增加夜间应急。' }), version: cur.version });
    expect(edited.json()).toMatchObject({ status: 'draft', servicePlan: '修改后的服务方案：增加夜间应急。' });
    expect((await org1.post(`/api/calls/${callId}/bids/${bid1}/submit`)).json().status).toBe('submitted');
  });

  it('shows nobody but the bidder any bid before the deadline — not officials, not the administrator', async () => {
    for (const s of [street, admin, banner, city, expert]) expect((await s.get(`/api/calls/${callId}/bids`)).json()).toEqual([]);
    for (const s of [street, admin]) expect((await s.get(`/api/calls/${callId}/bids/${bid1}`)).statusCode).toBe(404);
    expect((await org2.get(`/api/calls/${callId}/bids`)).json().map((b: { id: string; status: string }) => b.status).sort()).toEqual(['ineligible', 'withdrawn']);
    expect((await org2.get(`/api/calls/${callId}/bids/${bid1}`)).statusCode).toBe(404);
    expect((await street.get(`/api/calls/${callId}/scores`)).json().code).toBe('CALL_DEADLINE_NOT_REACHED');
    const audit = await admin.get('/api/audit/operations?action=calls.bid.submit');
    // The trail records who acted (the hash chain needs the actor) but names no call and holds no bid content.
    expect(audit.json().items.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit.json())).not.toContain(callId);
    expect(JSON.stringify(audit.json())).not.toContain('平安社区高龄独居老人');
    const ocds = (await anon('GET', `/api/public/calls/${callId}/ocds`)).json();
    expect(ocds.releases[0].tender.numberOfTenderers).toBeUndefined();
    expect((await street.post(`/api/calls/${callId}/close`)).json().code).toBe('CALL_DEADLINE_NOT_REACHED');
  });
});

describe('承榜', () => {
  it('closes after the deadline, refuses late bids and needs a panel before scoring', async () => {
    await advance(11 * DAY);
    expect((await org1.post(`/api/calls/${callId}/bids/${bid1}/withdraw`)).json().code).toBe('CALL_DEADLINE_PASSED');
    expect((await street.post(`/api/calls/${callId}/close`)).json().status).toBe('closed');
    expect((await street.post(`/api/calls/${callId}/start-evaluation`)).json().code).toBe('CALL_PANEL_REQUIRED');
    const bad = await street.post(`/api/calls/${callId}/panel`, { members: [{ username: 'org1', kind: 'expert' }] });
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'members[0].username' }] });
    const panel = await street.post(`/api/calls/${callId}/panel`, { members: [{ username: 'expert', kind: 'expert' }, { username: 'street', kind: 'street' }, { username: 'community', kind: 'community' }] });
    expect(panel.json().panel).toHaveLength(3);
    expect((await org1.get(`/api/calls/${callId}`)).json().panel).toEqual([]);
    expect((await street.post(`/api/calls/${callId}/start-evaluation`)).json().status).toBe('evaluating');
  });

  it('opens submitted bids (never withdrawn or drafts) to officials in scope and panellists, but never to another organisation', async () => {
    expect((await street.get(`/api/calls/${callId}/bids`)).json().map((b: { status: string }) => b.status).sort()).toEqual(['ineligible', 'submitted']);
    expect((await expert.get(`/api/calls/${callId}/bids`)).json()).toHaveLength(2);
    expect((await org2.get(`/api/calls/${callId}/bids/${bid1}`)).statusCode).toBe(404);
    // org1 sees its own bid and the withdrawn consortium it joined as a member, never org2's own bid.
    const mine = (await org1.get(`/api/calls/${callId}/bids`)).json() as { id: string; status: string; leadOrganisationName: string }[];
    expect(mine.map((b) => [b.leadOrganisationName, b.status]).sort()).toEqual([['东胜区春晖养老服务中心', 'withdrawn'], ['伊金霍洛旗阳光社会工作服务中心', 'submitted']]);
    expect(mine.map((b) => b.id)).not.toContain(bid2);
  });

  it('scores every criterion, honours declared conflicts and refuses non-panellists', async () => {
    expect((await expert.post(`/api/calls/${callId}/bids/${bid1}/review`, { conflict: false, scores: { plan: 90, team: 80 } })).json())
      .toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'scores.budget', message: '请为评审标准“预算合理性”（scores.budget）打分' }] });
    expect((await expert.post(`/api/calls/${callId}/bids/${bid1}/review`, { conflict: false, scores: { plan: 90, team: 80, budget: 70 } })).statusCode).toBe(200);
    expect((await street.post(`/api/calls/${callId}/bids/${bid1}/review`, { conflict: false, scores: { plan: 80, team: 70, budget: 90 } })).statusCode).toBe(200);
    expect((await community.post(`/api/calls/${callId}/bids/${bid1}/review`, { conflict: true, conflictReason: '本人亲属在该机构任职' })).statusCode).toBe(200);
    expect((await community.post(`/api/calls/${callId}/bids/${bid1}/review`, { conflict: false, scores: { plan: 100, team: 100, budget: 100 } })).json().code).toBe('REVIEW_CONFLICT_DECLARED');
    expect((await expert.post(`/api/calls/${callId}/bids/${bid2}/review`, { conflict: false, scores: { plan: 90, team: 80, budget: 70 } })).json().code).toBe('BID_STATE_INVALID');
    expect((await banner.post(`/api/calls/${callId}/bids/${bid1}/review`, { conflict: false, scores: { plan: 1, team: 1, budget: 1 } })).json().code).toBe('CALL_NOT_PANELLIST');
    // expert: 0.5·90 + 0.3·80 + 0.2·70 = 83; street: 0.5·80 + 0.3·70 + 0.2·90 = 79; mean 81. One bid each → z = 0.
    const board = (await street.get(`/api/calls/${callId}/scores`)).json();
    expect(board.bids).toEqual([{ bidId: bid1, organisationName: '伊金霍洛旗阳光社会工作服务中心', status: 'submitted', panellists: 2, conflicts: 1, weightedMean: 81, zMean: 0, rankWeighted: 1, rankZ: 1 }]);
    expect(board.reviewsMissing).toBe(0);
  });

  it('records a roadshow and awards, starting a 5-day public notice', async () => {
    expect((await street.post(`/api/calls/${callId}/roadshow`, { heldAt: t.clock.now().toISOString(), place: '阿勒腾席热镇党群服务中心', notes: '两家机构现场陈述，评审组提问。' })).json().roadshow.place).toBe('阿勒腾席热镇党群服务中心');
    expect((await street.post(`/api/calls/${callId}/award`, { bidId: bid2, reason: '综合得分' })).json().code).toBe('BID_STATE_INVALID');
    const res = await street.post(`/api/calls/${callId}/award`, { bidId: bid1, reason: '综合得分第一' });
    expect(res.json()).toMatchObject({ status: 'awarded', awards: [{ organisationName: '伊金霍洛旗阳光社会工作服务中心', status: 'noticed', amountFen: 280_000_00, noticeEndsAt: new Date(t.clock.now().getTime() + 5 * DAY).toISOString() }] });
  });

  it('takes public objections during the notice, answers them, and finalises only after the period', async () => {
    const pub = (await anon('GET', `/api/public/calls/${callId}`)).json();
    expect(pub.scores).toEqual([{ organisationName: '伊金霍洛旗阳光社会工作服务中心', weightedMean: 81, zMean: 0 }]);
    expect(pub.awards[0].objectionsOpen).toBe(true);
    expect(JSON.stringify(pub)).not.toContain('春晖养老愿意承接');
    const awardId = pub.awards[0].id;
    expect((await anon('POST', `/api/public/calls/${callId}/objections`, { awardId, text: '该机构去年服务中存在人员不足问题，请核查。', contact: '13800001111' })).statusCode).toBe(200);
    expect((await street.post(`/api/calls/${callId}/finalise`)).json().code).toBe('AWARD_OBJECTION_OPEN');
    const detail = (await street.get(`/api/calls/${callId}`)).json();
    expect(detail.awards[0].status).toBe('objected');
    expect(JSON.stringify((await anon('GET', `/api/public/calls/${callId}`)).json())).not.toContain('13800001111');
    const answered = await street.post(`/api/calls/${callId}/objections/${detail.objections[0].id}/answer`, { upheld: false, answer: '经核查，该机构已补足人员，异议不成立。' });
    expect(answered.json().awards[0].status).toBe('noticed');
    expect((await street.post(`/api/calls/${callId}/finalise`)).json().code).toBe('AWARD_NOTICE_RUNNING');
    await advance(5 * DAY);
    expect((await anon('POST', `/api/public/calls/${callId}/objections`, { awardId, text: '公示期后才提出的异议。' })).json().code).toBe('AWARD_NOTICE_OVER');
    const fin = await street.post(`/api/calls/${callId}/finalise`);
    expect(fin.json()).toMatchObject({ status: 'finalised', awards: [{ status: 'finalised' }] });
    expect(fin.json().events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'publish', 'close', 'panel', 'startEvaluation', 'roadshow', 'award', 'objection', 'objection_answer', 'finalise']);
    const audit = (await street.get(`/api/audit/operations?action=calls.finalise`)).json();
    expect(audit.items[0].entityId).toBe(callId);
    // The award became a project in the same transaction: one milestone per timeline step, paying the award in full.
    const [project] = await queryRows<{ id: string; status: string; budget_fen: string }>(t, sql`select id, status, budget_fen from projects where call_id = ${callId}`);
    expect(project).toMatchObject({ status: 'contracted' });
    const milestones = await queryRows<{ payment_fen: string }>(t, sql`select payment_fen from project_milestones where project_id = ${project!.id}`);
    expect(milestones).toHaveLength(2);
    expect(milestones.reduce((s, m) => s + Number(m.payment_fen), 0)).toBe(Number(project!.budget_fen));
  });

  it('cancels an award when an objection is upheld, and enforces 资源限流', async () => {
    const more = await acceptedNeeds(t, '150627100001', ['社区儿童课后托管']);
    const c = (await street.post('/api/calls', callInput(more, new Date(t.clock.now().getTime() + 3 * DAY), { title: '儿童课后托管服务', maxConcurrentAwards: 1 }))).json();
    await street.post(`/api/calls/${c.id}/publish`);
    const b = (await org1.post(`/api/calls/${c.id}/bids`, bidInput())).json();
    await org1.post(`/api/calls/${c.id}/bids/${b.id}/submit`);
    await advance(4 * DAY);
    await street.post(`/api/calls/${c.id}/close`);
    await street.post(`/api/calls/${c.id}/panel`, { members: [{ username: 'expert', kind: 'expert' }] });
    await street.post(`/api/calls/${c.id}/start-evaluation`);
    const capped = await street.post(`/api/calls/${c.id}/award`, { bidId: b.id, reason: '唯一有效申报' });
    // Open projects: 四点半课堂 from the demo seed, and the project the award finalised above became.
    expect(capped.json()).toMatchObject({ code: 'AWARD_CAP_REACHED', errors: [{ message: '伊金霍洛旗阳光社会工作服务中心当前承接中的项目已有2个，达到本榜“每个组织同时承接不超过1个”的限制（资源限流）' }] });
    await t.database.db.execute(sql`update calls set max_concurrent_awards = 3 where id = ${c.id}`);
    const awarded = (await street.post(`/api/calls/${c.id}/award`, { bidId: b.id, reason: '唯一有效申报' })).json();
    await anon('POST', `/api/public/calls/${c.id}/objections`, { awardId: awarded.awards[0].id, text: '该机构不具备儿童服务经验。' });
    const obj = (await street.get(`/api/calls/${c.id}`)).json().objections[0];
    const upheld = await street.post(`/api/calls/${c.id}/objections/${obj.id}/answer`, { upheld: true, answer: '经核查异议成立，撤销中标。' });
    expect(upheld.json()).toMatchObject({ status: 'evaluating', awards: [{ status: 'cancelled' }] });
    expect((await street.get(`/api/calls/${c.id}/bids/${b.id}`)).json().status).toBe('disqualified');
  });
});

describe('database guards (migration calls_custom)', () => {
  it('refuses a status outside the state machine and a second live award for one call', async () => {
    await expect(t.database.db.execute(sql`update calls set status = 'bogus' where id = ${callId}`)).rejects.toThrow();
    const [award] = await queryRows<{ bid_id: string; organisation_id: string }>(t, sql`select bid_id, organisation_id from call_awards where call_id = ${callId}`);
    await expect(t.database.db.execute(sql`insert into call_awards (id, call_id, bid_id, organisation_id, status, amount_fen, reason, awarded_at, notice_ends_at)
      values (${newId()}, ${callId}, ${award!.bid_id}, ${award!.organisation_id}, 'noticed', 100, '重复', now(), now())`)).rejects.toThrow();
  });
});

describe('finalisation hook (where the projects domain creates the project)', () => {
  it('hands the finalised award to onAwardFinalised in the same transaction; a failing hook rolls everything back', async () => {
    const more = await acceptedNeeds(t, '150627100001', ['社区助浴服务']);
    const c = (await street.post('/api/calls', callInput(more, new Date(t.clock.now().getTime() + 3 * DAY), { title: '助浴服务', maxConcurrentAwards: 5 }))).json();
    await street.post(`/api/calls/${c.id}/publish`);
    const b = (await org1.post(`/api/calls/${c.id}/bids`, bidInput())).json();
    await org1.post(`/api/calls/${c.id}/bids/${b.id}/submit`);
    await advance(4 * DAY);
    await street.post(`/api/calls/${c.id}/close`);
    await street.post(`/api/calls/${c.id}/panel`, { members: [{ username: 'expert', kind: 'expert' }] });
    await street.post(`/api/calls/${c.id}/start-evaluation`);
    expect((await street.post(`/api/calls/${c.id}/award`, { bidId: b.id, reason: '唯一有效申报' })).json().status).toBe('awarded');
    await advance(6 * DAY);
    const session = await resolveSession({ db: t.deps.db, clock: t.clock, ipThrottle: new IpThrottle() }, street.cookie.split('=')[1]!);
    const ctx = { actor: session!.actor, ip: '127.0.0.1', requestId: 'hook-test' };

    const failing = callsEnv(t.deps, { onAwardFinalised: async () => { throw new Error('project creation failed'); } });
    await expect(finaliseAward(failing, ctx, session!.actor, c.id)).rejects.toThrow('project creation failed');
    expect((await street.get(`/api/calls/${c.id}`)).json()).toMatchObject({ status: 'awarded', awards: [{ status: 'noticed' }] });

    const seen: FinalisedAward[] = [];
    const env = callsEnv(t.deps, { onAwardFinalised: async (_tx, a) => { seen.push(a); } });
    const { detail, finalised } = await finaliseAward(env, ctx, session!.actor, c.id);
    expect(detail.status).toBe('finalised');
    expect(seen).toEqual([finalised]);
    expect(finalised).toMatchObject({ callId: c.id, bidId: b.id, needIds: more, amountFen: 280_000_00, memberOrganisationIds: [], regionCode: '150627100000',
      leadOrganisationId: await orgId(t, '伊金霍洛旗阳光社会工作服务中心'), timeline: [{ month: 1, task: '需求摸底与建档' }, { month: 12, task: '结项评估' }] });
  });
});

describe('the loop closes (承榜 → 考榜 → 办结)', () => {
  it('moves the call\'s needs into the project on finalising, and closes them when the project is closed after 考榜', async () => {
    const needStatus = async () => (await queryRows<{ status: string }>(t, sql`select status from needs where id in (${needIds[0]}, ${needIds[1]})`)).map((r) => r.status);
    const [project] = await queryRows<{ id: string; need_ids: string[] }>(t, sql`select id, need_ids from projects where call_id = ${callId}`);
    expect([...project!.need_ids].sort()).toEqual([...needIds].sort());
    expect(await needStatus()).toEqual(['in_project', 'in_project']);
    // Delivery and 考榜 are exercised in projects.api.test.ts; here the project is put at 'evaluated' directly.
    expect((await street.post(`/api/projects/${project!.id}/transition`, { action: 'close' })).json().code).toBe('PROJECT_ILLEGAL_TRANSITION');
    expect(await needStatus()).toEqual(['in_project', 'in_project']);
    await t.database.db.execute(sql`update projects set status = 'evaluated' where id = ${project!.id}`);
    const closed = await street.post(`/api/projects/${project!.id}/transition`, { action: 'close' });
    expect(closed.statusCode).toBe(200);
    expect(await needStatus()).toEqual(['closed', 'closed']);
    const notes = await queryRows<{ note: string }>(t, sql`select note from need_events where need_id = ${needIds[0]} and action = 'close'`);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.note).toMatch(/^考榜结项：/);
  });
});
