import { toRegionDate } from '@wushe/common';
import type { AppDeps } from '../platform/deps.js';
import type { Executor } from '../platform/db/client.js';
import { insertDemoProject } from '../domains/projects/index.js';

/** A calendar day `n` days from `today` ('YYYY-MM-DD'), so the demo's overdue flags stay true whenever it is loaded. */
function day(today: string, n: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * 平安社区's projects: one finished with its 考榜 (优秀 → 红榜) and final report, two in delivery — one with an
 * overdue milestone, an overdue rectification and a resident's complaint, so officials see what needs attention.
 */
export async function seedDemoProjects(tx: Executor, deps: AppDeps, orgs: { org1: string; org2: string }): Promise<void> {
  const t = toRegionDate(deps.clock.now());
  const d = (n: number) => day(t, n);
  await insertDemoProject(tx, deps, {
    title: '平安社区“银龄相伴”居家养老服务项目', organisationId: orgs.org1, regionCode: '150627100001', budgetFen: 8_000_000, fundingSource: 'government_purchase',
    signedOn: d(-150), serial: 1, status: 'evaluated', evaluatedOn: d(-10),
    milestones: [
      { title: '需求评估与建档', dueOn: d(-120), deliverables: '辖区80户独居、空巢老人需求评估表及服务档案', paymentFen: 2_400_000, status: 'approved', evidence: '完成82户评估建档' },
      { title: '助餐助洁上门服务', dueOn: d(-60), deliverables: '上门助餐助洁服务不少于900人次，服务记录表', paymentFen: 4_000_000, status: 'approved', evidence: '上门服务1,036人次' },
      { title: '总结评估与结项', dueOn: d(-25), deliverables: '服务总结报告、满意度调查、财务决算', paymentFen: 1_600_000, status: 'approved', evidence: '提交总结报告及决算' },
    ],
    activities: [
      { heldOn: d(-115), place: '平安社区党群服务中心', content: '项目启动暨老年人健康义诊', participants: 86, beneficiaries: 72, photos: 2 },
      { heldOn: d(-90), place: '平安社区各居民小区', content: '助餐助洁上门服务（第一轮）', participants: 40, beneficiaries: 40, photos: 1 },
      { heldOn: d(-70), place: '平安社区老年活动室', content: '防诈骗知识讲座与智能手机教学', participants: 55, beneficiaries: 48, photos: 1 },
      { heldOn: d(-40), place: '平安社区党群服务中心', content: '重阳节敬老联欢会', participants: 120, beneficiaries: 95, photos: 1 },
    ],
    spendings: [
      { spentOn: d(-110), item: '助餐配送及食材补贴', amountFen: 3_215_000 },
      { spentOn: d(-80), item: '社工及志愿者服务补贴', amountFen: 2_860_000 },
      { spentOn: d(-45), item: '活动物料与宣传印刷', amountFen: 612_350 },
    ],
    rectifications: [{ requirement: '补充上门服务对象签字确认表', openedOn: d(-85), deadline: d(-78), answer: '已补齐40户签字确认表并上传', closed: true }],
    complaints: [],
    scores: [
      { party: 'party_org', score: 95, username: 'community', comment: '党建引领作用突出，服务扎实' },
      { party: 'departments', score: 92, username: 'street' },
      { party: 'experts', score: 90, username: 'expert', comment: '档案规范，建议加强成效量化' },
      { party: 'residents', score: 100, phone: '13900000001' }, { party: 'residents', score: 95, phone: '13900000002' },
      { party: 'residents', score: 90, phone: '13900000003' }, { party: 'residents', score: 100, phone: '13900000004' },
      { party: 'residents', score: 85, phone: '13900000005' },
    ],
  });
  await insertDemoProject(tx, deps, {
    title: '平安社区“四点半课堂”青少年托管服务项目', organisationId: orgs.org1, regionCode: '150627100001', budgetFen: 6_000_000, fundingSource: 'community_fund',
    signedOn: d(-70), serial: 1, status: 'in_delivery',
    milestones: [
      { title: '招募与开班', dueOn: d(-40), deliverables: '招募学员不少于40名，开班方案', paymentFen: 1_800_000, status: 'approved', evidence: '招募学员46名' },
      { title: '中期服务', dueOn: d(-5), deliverables: '课后托管服务不少于60课时，中期报告', paymentFen: 2_400_000, status: 'pending' },
      { title: '结项评估', dueOn: d(60), deliverables: '结项报告、家长满意度调查', paymentFen: 1_800_000, status: 'pending' },
    ],
    activities: [
      { heldOn: d(-45), place: '平安社区四点半课堂教室', content: '开班仪式与作业辅导', participants: 52, beneficiaries: 46, photos: 1 },
      { heldOn: d(-20), place: '平安社区四点半课堂教室', content: '安全教育与手工课', participants: 44, beneficiaries: 40, photos: 1 },
    ],
    spendings: [{ spentOn: d(-44), item: '学习用品与桌椅', amountFen: 986_000 }],
    rectifications: [{ requirement: '托管期间须有2名以上持证人员在岗，补充排班表', openedOn: d(-12), deadline: d(-2) }],
    complaints: [{ content: '周三下午托管老师临时缺岗，孩子无人看管', filedOn: d(-14), filedBy: 'resident' }],
    scores: [],
  });
  await insertDemoProject(tx, deps, {
    title: '平安社区邻里互助睦邻点建设项目', organisationId: orgs.org2, regionCode: '150627100001', budgetFen: 4_500_000, fundingSource: 'venture_philanthropy',
    signedOn: d(-30), serial: 1, status: 'in_delivery',
    milestones: [
      { title: '睦邻点选址与布置', dueOn: d(10), deliverables: '睦邻点1处，布置方案与照片', paymentFen: 1_500_000, status: 'submitted', evidence: '已在3号楼架空层完成布置' },
      { title: '互助活动开展', dueOn: d(90), deliverables: '互助活动不少于12场，活动记录', paymentFen: 3_000_000, status: 'pending' },
    ],
    activities: [{ heldOn: d(-8), place: '平安社区3号楼架空层', content: '睦邻点揭牌暨邻里茶话会', participants: 38, beneficiaries: 30, photos: 1 }],
    spendings: [], rectifications: [], complaints: [], scores: [],
  });
}
