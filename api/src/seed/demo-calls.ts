import { newId, type CallInput } from '@wushe/common';
import type { Executor } from '../platform/db/client.js';
import type { AppDeps } from '../platform/deps.js';
import { findRegion } from '../domains/regions/index.js';
import {
  findOrganisationIdsByName, findUsersByName, insertAward, insertBid, insertCall, insertEvent, insertExclusion, replaceMembers, replacePanel, upsertReview,
} from '../domains/calls/index.js';

const DAY = 86_400_000;
const CRITERIA = [{ key: 'plan', name: '服务方案', weight: 40 }, { key: 'team', name: '团队能力', weight: 30 }, { key: 'budget', name: '预算合理性', weight: 15 }, { key: 'record', name: '既往绩效', weight: 15 }];
const ELIGIBILITY = { orgTypes: ['social_service', 'social_group'] as CallInput['eligibility']['orgTypes'], minGrade: '3A' as const, requireLocal: true, excludeBlackListed: true, excludeAbnormal: true };
const TEAM = [{ name: '高娜', role: '项目负责人', certificate: 'intermediate' }, { name: '李强', role: '一线社工', certificate: 'assistant' }, { name: '乌云', role: '督导', certificate: 'senior' }];
const ORG1 = '伊金霍洛旗阳光社会工作服务中心';
const ORG_MEDIATION = '伊金霍洛旗乌兰木伦镇同心矛盾调解服务中心';

/**
 * Three calls at different stages: one open for bids (揭榜中), one being scored (评审中), one finalised with its
 * timeline. `needIds` lets the integrator link the needs list's seeded needs; without it the calls cite none.
 */
export async function seedDemoCalls(tx: Executor, deps: AppDeps, opts: { needIds?: string[][] } = {}) {
  const now = deps.clock.now();
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const users = new Map((await findUsersByName(tx, ['street', 'community', 'expert', 'banner'])).map((u) => [u.username, u.id]));
  const orgs = new Map((await findOrganisationIdsByName(tx, [ORG1, ORG_MEDIATION])).map((o) => [o.name, o.id]));
  const org1 = orgs.get(ORG1)!;
  const mediation = orgs.get(ORG_MEDIATION)!;
  let n = 0;
  async function call(title: string, content: string, regionCode: string, budgetFen: number, status: string, publishedDays: number, deadlineDays: number, fundingSource: string) {
    const region = (await findRegion(tx, regionCode))!;
    const id = newId(at(publishedDays - 1).getTime());
    n++;
    await insertCall(tx, {
      id, number: `FB${at(publishedDays).toISOString().slice(0, 10).replaceAll('-', '')}-${String(n).padStart(3, '0')}`, title, serviceContent: content, regionCode, regionPath: region.path,
      budgetFen, fundingSource, deadline: at(deadlineDays), criteria: CRITERIA, eligibility: ELIGIBILITY, maxConcurrentAwards: 2, noticeDays: 5,
      documents: [{ name: '榜单公告.pdf', url: '/files/calls/notice.pdf' }], needIds: opts.needIds?.[n - 1] ?? [], status, publishedAt: at(publishedDays),
      createdBy: users.get('street'), createdAt: at(publishedDays - 1), updatedAt: now,
    });
    return id;
  }
  const ev = (callId: string, days: number, kind: string, summary: string) => insertEvent(tx, { id: newId(at(days).getTime()), callId, at: at(days), kind, summary });
  async function bid(callId: string, lead: string, totalFen: number, status: string, submittedDays: number, plan: string) {
    const id = newId(at(submittedDays).getTime());
    await insertBid(tx, {
      id, callId, leadOrganisationId: lead, status, intentLetter: '我单位自愿揭榜，承诺按榜单要求组织专业社工团队提供服务，接受全过程监督和考榜评估。', servicePlan: plan, totalFen,
      budgetLines: [{ item: '人员经费', amountFen: Math.round(totalFen * 0.6) }, { item: '活动物料', amountFen: totalFen - Math.round(totalFen * 0.6) }],
      team: TEAM, timeline: [{ month: 1, task: '需求摸底与服务对象建档' }, { month: 6, task: '中期评估' }, { month: 12, task: '结项与考榜' }],
      submittedAt: at(submittedDays), createdBy: null, createdAt: at(submittedDays), updatedAt: at(submittedDays),
    });
    await replaceMembers(tx, id, callId, [{ organisationId: lead, role: 'lead', confirmedAt: at(submittedDays) }]);
    return id;
  }

  // 1. Open for bids: org1 has a sealed bid nobody else can see before the deadline.
  const open = await call('平安社区高龄独居老人助餐与探访服务', '为平安社区80岁以上独居老人提供每日助餐配送、每周两次上门探访、智能呼叫应急响应，建立“一人一档”。',
    '150627100001', 180_000_00, 'published', -2, 12, 'government_purchase');
  await ev(open, -3, 'created', '编制榜单草稿');
  await ev(open, -2, 'publish', '发榜');
  await bid(open, org1, 168_000_00, 'submitted', -1, '一、摸底建档；二、中央厨房配送；三、志愿者结对探访；四、应急呼叫。');

  // 2. Being scored: deadline passed, panel formed, the expert has scored, the street official has not yet.
  const scoring = await call('阿勒腾席热镇青少年四点半课堂', '为双职工家庭小学生提供放学后托管、课业辅导、心理支持和安全教育，覆盖镇内3个社区。',
    '150627100000', 260_000_00, 'evaluating', -20, -3, 'community_fund');
  await ev(scoring, -21, 'created', '编制榜单草稿');
  await ev(scoring, -20, 'publish', '发榜');
  await ev(scoring, -3, 'close', '揭榜截止');
  await ev(scoring, -2, 'panel', '组建评审组（3人）');
  await ev(scoring, -2, 'startEvaluation', '开始承榜评审');
  const b1 = await bid(scoring, org1, 240_000_00, 'submitted', -5, '四点半课堂：作业辅导、绘本阅读、心理小组与家长课堂。');
  const b2 = await bid(scoring, mediation, 255_000_00, 'submitted', -4, '以社区调解员为骨干，开设法治与安全课堂。');
  await replacePanel(tx, scoring, [{ userId: users.get('expert')!, kind: 'expert' }, { userId: users.get('street')!, kind: 'street' }, { userId: users.get('community')!, kind: 'community' }]);
  await upsertReview(tx, { callId: scoring, bidId: b1, userId: users.get('expert')!, conflict: false, conflictReason: null, scores: { plan: 88, team: 85, budget: 80, record: 90 }, comment: '方案完整，团队持证率高。', updatedAt: at(-1) });
  await upsertReview(tx, { callId: scoring, bidId: b2, userId: users.get('expert')!, conflict: false, conflictReason: null, scores: { plan: 72, team: 70, budget: 75, record: 80 }, comment: '儿童服务经验不足。', updatedAt: at(-1) });
  await upsertReview(tx, { callId: scoring, bidId: b2, userId: users.get('community')!, conflict: true, conflictReason: '本人曾在该中心兼职', scores: null, comment: null, updatedAt: at(-1) });

  // 3. Finalised: awarded to the mediation centre, noticed for 5 days without objection.
  const done = await call('乌兰木伦镇邻里矛盾纠纷多元化解服务', '在乌兰木伦镇各社区设立调解工作室，开展矛盾排查、专业调解、法律咨询和回访。',
    '150627102000', 150_000_00, 'finalised', -60, -40, 'government_purchase');
  await ev(done, -61, 'created', '编制榜单草稿');
  await ev(done, -60, 'publish', '发榜');
  await ev(done, -40, 'close', '揭榜截止');
  await ev(done, -39, 'panel', '组建评审组（3人）');
  await ev(done, -39, 'startEvaluation', '开始承榜评审');
  await ev(done, -36, 'roadshow', '路演：乌兰木伦镇党群服务中心');
  const win = await bid(done, mediation, 142_000_00, 'awarded', -45, '“老娘舅”调解队+律师坐班+回访闭环。');
  await replacePanel(tx, done, [{ userId: users.get('expert')!, kind: 'expert' }, { userId: users.get('banner')!, kind: 'department' }]);
  await upsertReview(tx, { callId: done, bidId: win, userId: users.get('expert')!, conflict: false, conflictReason: null, scores: { plan: 90, team: 92, budget: 85, record: 88 }, comment: '调解经验丰富。', updatedAt: at(-36) });
  await upsertReview(tx, { callId: done, bidId: win, userId: users.get('banner')!, conflict: false, conflictReason: null, scores: { plan: 86, team: 90, budget: 88, record: 90 }, comment: null, updatedAt: at(-36) });
  await insertAward(tx, { id: newId(at(-35).getTime()), callId: done, bidId: win, organisationId: mediation, status: 'finalised', amountFen: 142_000_00, reason: '综合得分第一', awardedAt: at(-35), noticeEndsAt: at(-30), finalisedAt: at(-29) });
  await ev(done, -35, 'award', `拟定承接方：${ORG_MEDIATION}，金额¥142,000.00，公示5天`);
  await ev(done, -29, 'finalise', `公示期满无异议，确定承接方：${ORG_MEDIATION}`);

  // The default standing source: one organisation on the 活动异常名录, so eligibility has something to refuse.
  const [abnormal] = await findOrganisationIdsByName(tx, ['东胜区春晖养老服务中心']);
  if (abnormal) await insertExclusion(tx, { organisationId: abnormal.id, kind: 'abnormal', reason: '未按时报送年度工作报告（示范数据）', until: at(180) });
  return { callIds: [open, scoring, done] };
}
